/**
 * The dashboard's data: what `upkeep site` exports and `upkeep serve` shows, from a workspace, an
 * as-of date and today (the caller's clock). One check report feeds the timeline and the matrix;
 * the plans and the upgrade paths come from the planner and the paths graph, as `plan` and `paths`
 * compute them. Each page asks only for the parts it shows (`SitePart`).
 */
import { check } from '../core/check/check.js';
import type { SiteAssessment, SiteData, SitePlan, SiteStability } from '../core/dashboard/types.js';
import { type MatrixView, matrixDates, matrixView, type ProductName, timelineView } from '../core/dashboard/views.js';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import type { Audience, NoticeView } from '../core/notice/types.js';
import { type UpgradePaths, upgradePaths } from '../core/paths/paths.js';
import { planRelease } from '../core/plan/plan.js';
import type { Release, Workspace } from '../core/workspace.js';
import type { Store } from '../store/types.js';
import { openWorkspace } from '../workspace/index.js';
import type { Progress } from './evidence.js';
import { highsSolver } from './plan.js';

export type { SiteAssessment, SiteData, SitePlan, SiteStability } from '../core/dashboard/types.js';

export interface SiteInput {
  /** The workspace folder (holds upkeep.yaml). */
  readonly workspace: string;
  /** As known on this date. */
  readonly asOf: PlainDate;
  /** The reader's today (marked on the timeline when it differs from the as-of date). */
  readonly today: PlainDate;
  /** The evidence store's PostgreSQL URL (`--database`); absent: DATABASE_URL, else the workspace's embedded store. */
  readonly database?: string | undefined;
  /** A store kept open by the caller (the server); used instead of opening one. */
  readonly store?: Store | undefined;
  /** Bytes read of each evidence file stored before the assessments. */
  readonly onProgress?: Progress | undefined;
  /** The notices' audiences (default PUBLISHED_AUDIENCES: public and operators). */
  readonly audiences?: readonly Audience[] | undefined;
  /** Told the workspace as soon as it is loaded (the stability thread waits for it). */
  readonly onWorkspace?: ((ws: Workspace) => void) | undefined;
  /** The stability section, being built already (`startStabilityThread`); built here when absent. */
  readonly stability?: Promise<SiteStability> | undefined;
}

/** Parts beyond the check report that a page needs. */
export type SitePart = 'plans' | 'paths' | 'notices' | 'stability' | 'matrices';

/** The dashboard's data as known on `asOf`. */
export async function siteData(input: SiteInput, parts: readonly SitePart[] = ['plans', 'paths']): Promise<SiteData> {
  const ws = await openWorkspace(input.workspace).load();
  input.onWorkspace?.(ws);
  // the stability section is built while the pages' other data is computed: started already (on a worker thread, by
  // `upkeep site`), or here, between this thread's steps (the server's open store; running from sources)
  const stability = parts.includes('stability') ? (input.stability ?? siteStability(ws, input)) : undefined;
  stability?.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const report = check(ws, { asOf: input.asOf });
  const productName: ProductName = (id) => ws.products.get(id)?.name;
  return {
    workspace: ws.name,
    asOf: input.asOf,
    today: input.today,
    report,
    productName,
    timeline: timelineView(report, productName, input.today),
    matrix: matrixView(report, productName),
    matrixDates: matrixDates(report),
    ...(parts.includes('plans') ? { plans: await sitePlans(ws, input.asOf) } : {}),
    ...(parts.includes('paths') ? { paths: sitePaths(ws, input.asOf) } : {}),
    ...(parts.includes('notices') ? { notices: await siteNotices(ws, input.asOf, input.audiences ?? PUBLISHED_AUDIENCES) } : {}),
    ...(parts.includes('matrices')
      ? {
          matrices: matricesOn(
            ws,
            matrixDates(report).filter((d) => d !== input.asOf),
            productName,
          ),
        }
      : {}),
    ...(stability ? { stability: await stability } : {}),
  };
}

/** The audiences of the notices page, the page's own first: the public, then the operators and internal readers (pages of their own). */
export const SITE_AUDIENCES = ['public', 'operators', 'internal'] as const;

/**
 * The audiences a dashboard shows unless told otherwise: the internal notice (everything, with
 * the findings and evidence behind it) is for the team, so a static export includes it only when
 * asked (`upkeep site --internal`) and a server only when its reads need a token (`--private`).
 */
export const PUBLISHED_AUDIENCES: readonly Audience[] = ['public', 'operators'];

/** The notice of each audience, as `upkeep notice` makes it (every release not ended on the as-of date), in SITE_AUDIENCES order. */
async function siteNotices(ws: Workspace, asOf: PlainDate, audiences: readonly Audience[]): Promise<NoticeView[]> {
  const { buildNotices } = await import('./notice.js');
  const views: NoticeView[] = [];
  for (const audience of SITE_AUDIENCES) if (audiences.includes(audience)) views.push(await buildNotices(ws, { audience, asOf }));
  return views;
}

/**
 * The assessments of the stability page. Only a workspace with an evidence.yaml opens the store
 * (opening PGlite costs 0.4 s, creating it 2-3 s). The store syncs evidence.yaml, then for each
 * product and environment with evidence: the version pinned by the latest release (by date, planned
 * ones included) that pins a version with evidence is the baseline, each other version with evidence
 * a candidate (as the planner's `stable_enough` rule pairs them). A store that cannot be opened or
 * synced makes the page say why; a bad `--database` is an error of the command.
 */
export async function siteStability(
  loading: Workspace | Promise<Workspace>,
  input: Omit<SiteInput, 'today'>,
  /** The store being opened already (the worker thread starts it first); closed here like one opened here. */
  opening?: Promise<Store>,
): Promise<SiteStability> {
  const { MANIFEST_FILE, readManifest } = await import('../formats/evidence/manifest.js');
  let manifest: ReturnType<typeof readManifest>;
  try {
    manifest = readManifest(input.workspace);
  } catch (e) {
    return unavailable(e, `fix ${MANIFEST_FILE} (docs/evidence.md)`);
  }
  if (!manifest) return { kind: 'none' };
  const { databaseUrlOf, openStore } = await import('../store/index.js');
  const databaseUrl = input.store ? undefined : databaseUrlOf(input.database); // a bad URL: the command's error (exit 2)
  let store: Store;
  try {
    store = input.store ?? (await (opening ?? openStore({ workspaceDir: input.workspace, databaseUrl })));
  } catch (e) {
    return unavailable(e);
  }
  try {
    // the workspace may still be loading while the store opened (the worker thread starts both at once)
    const [ws, { syncManifest }, { assessCandidate }] = await Promise.all([loading, import('./evidence.js'), import('./assess.js')]);
    const sync = await syncManifest(input.workspace, store, { products: ws.products, ...(input.onProgress ? { onProgress: input.onProgress } : {}) });
    const rows = await store.listEvidence();
    const versions = new Map<string, { product: string; env: string; versions: Set<string> }>();
    for (const r of rows) {
      const key = `${r.tag.product}\u0000${r.tag.env}`;
      const entry = versions.get(key) ?? { product: r.tag.product, env: r.tag.env, versions: new Set<string>() };
      entry.versions.add(r.tag.version);
      versions.set(key, entry);
    }
    const releases = [...ws.releases].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
    const assessments: SiteAssessment[] = [];
    const unpaired: string[] = [];
    const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
    for (const { product, env, versions: set } of [...versions.values()].sort((a, b) => `${a.product} ${a.env}`.localeCompare(`${b.product} ${b.env}`))) {
      const name = ws.products.get(product)?.name ?? product;
      const listed = [...set].sort(byVersion);
      let baseline: { version: string; release: string } | undefined;
      for (const r of releases) {
        const pin = r.pins.find((p) => ws.components.get(p.component)?.product === product && set.has(p.version));
        if (pin) {
          baseline = { version: pin.version, release: r.id };
          break;
        }
      }
      if (!baseline) {
        unpaired.push(`${name} (${env}): evidence on ${listed.join(', ')}, but no release pins one of these versions to compare against`);
        continue;
      }
      const candidates = listed.filter((v) => v !== baseline.version);
      if (!candidates.length) {
        unpaired.push(`${name} (${env}): evidence on ${baseline.version} only, the version ${baseline.release} pins; no other version to assess`);
        continue;
      }
      for (const candidate of candidates) {
        const r = await assessCandidate(
          { workspace: input.workspace, product, candidate, baseline: baseline.version, env, asOf: input.asOf, synced: true, loaded: ws },
          store,
        );
        assessments.push({ assessment: r.assessment, productName: r.productName, baselineRelease: baseline.release });
      }
    }
    return { kind: 'assessed', backend: store.backend, assessments, unpaired, warnings: sync.warnings };
  } catch (e) {
    return unavailable(e);
  } finally {
    if (!input.store) await store.close().catch(() => undefined);
  }
}

function unavailable(e: unknown, hint = 'fix the cause, or run upkeep assess for the same error in full'): SiteStability {
  if (e instanceof UpkeepError) return { kind: 'unavailable', problems: e.problems };
  // not an UpkeepError: a driver's or the file system's error; its message, never a stack trace
  return { kind: 'unavailable', problems: [{ code: 'UPK_DATABASE', message: e instanceof Error ? e.message : String(e), hint }] };
}

/** The matrix alone on another date (the matrix page's as-of control). */
export async function siteMatrix(input: Omit<SiteInput, 'today'>): Promise<MatrixView> {
  const ws = await openWorkspace(input.workspace).load();
  return matrixView(check(ws, { asOf: input.asOf }), (id) => ws.products.get(id)?.name);
}

/** The matrix on each of `dates` (the static site's as-of control). */
function matricesOn(ws: Workspace, dates: readonly PlainDate[], name: ProductName): Map<PlainDate, MatrixView> {
  return new Map(dates.map((d) => [d, matrixView(check(ws, { asOf: d }), name)] as const));
}

const byDate = (a: Release, b: Release) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The releases dated after the as-of date, each planned afresh from the one before it (a point
 * release when its id extends that one's); when none is, the next release after the latest, built
 * on the as-of date with the latest's lifetime.
 */
async function sitePlans(ws: Workspace, asOf: PlainDate): Promise<SitePlan[]> {
  const releases = [...ws.releases].sort(byDate);
  const solver = await highsSolver();
  const upcoming = releases.flatMap((r, i) => (r.date > asOf && i > 0 ? [[releases[i - 1] as Release, r] as const] : []));
  if (upcoming.length)
    return upcoming.map(([from, r]) => ({ kind: 'upcoming', plan: planRelease(ws, { release: r.id, date: r.date, end: r.end, from: from.id, asOf }, solver) }));
  const latest = releases.at(-1);
  if (!latest) return [];
  return [{ kind: 'next', plan: planRelease(ws, { release: 'next', date: asOf, from: latest.id, point: false, asOf }, solver) }];
}

/** From each release to the latest: how an operator on an old release gets there. */
function sitePaths(ws: Workspace, asOf: PlainDate): UpgradePaths[] {
  const releases = [...ws.releases].sort(byDate);
  const latest = releases.at(-1);
  if (!latest) return [];
  return releases.filter((r) => r !== latest).map((r) => upgradePaths(ws, { from: r.id, to: latest.id, asOf }));
}
