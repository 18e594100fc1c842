/**
 * The dashboard's data: what `upkeep site` exports and `upkeep serve` shows, from a workspace, an
 * as-of date and today (the caller's clock). One check report feeds the timeline and the matrix;
 * the plans and the upgrade paths come from the planner and the paths graph, as `plan` and `paths`
 * compute them. Each page asks only for the parts it shows (`SitePart`).
 */
import { check } from '../core/check/check.js';
import type { SiteData, SitePlan } from '../core/dashboard/types.js';
import { type MatrixView, matrixDates, matrixView, type ProductName, timelineView } from '../core/dashboard/views.js';
import type { PlainDate } from '../core/dates.js';
import { type UpgradePaths, upgradePaths } from '../core/paths/paths.js';
import { planRelease } from '../core/plan/plan.js';
import type { Release, Workspace } from '../core/workspace.js';
import { openWorkspace } from '../workspace/index.js';
import { highsSolver } from './plan.js';

export type { SiteData, SitePlan } from '../core/dashboard/types.js';

export interface SiteInput {
  /** The workspace folder (holds upkeep.yaml). */
  readonly workspace: string;
  /** As known on this date. */
  readonly asOf: PlainDate;
  /** The reader's today (marked on the timeline when it differs from the as-of date). */
  readonly today: PlainDate;
}

/** Parts beyond the check report that a page needs. */
export type SitePart = 'plans' | 'paths';

/** The dashboard's data as known on `asOf`. */
export async function siteData(input: SiteInput, parts: readonly SitePart[] = ['plans', 'paths']): Promise<SiteData> {
  const ws = await openWorkspace(input.workspace).load();
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
  };
}

/** The matrix alone on another date (the matrix page's as-of control). */
export async function siteMatrix(input: Omit<SiteInput, 'today'>): Promise<MatrixView> {
  const ws = await openWorkspace(input.workspace).load();
  return matrixView(check(ws, { asOf: input.asOf }), (id) => ws.products.get(id)?.name);
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
