import { check } from '../check/check.js';
import { isJudged } from '../check/coverage.js';
import type { Finding } from '../check/finding.js';
import { PinResolver, type ResolvedPin } from '../check/resolve.js';
import { appliesToPin, appliesToRelease } from '../commitments/match.js';
import type { Commitment } from '../commitments/types.js';
import type { PlainDate } from '../dates.js';
import { resolveEnd } from '../lifecycle/phases.js';
import type { Plan } from '../plan/types.js';
import type { Release, Workspace } from '../workspace.js';
import { endMoves, lastFact } from './history.js';
import type {
  CalendarEvent,
  EndChange,
  FeedEntry,
  MaintenanceEnd,
  NoticeQuery,
  NoticeVerdict,
  NoticeView,
  PinnedCycle,
  PlannedUpgrade,
  PromiseRow,
} from './types.js';

export interface NoticeInputs {
  /** The planner's plan of the next point release, by release id (internal and operators notices). */
  readonly plans?: ReadonlyMap<string, Plan>;
  /** Stability verdicts (issue 16): a hook, empty until then. */
  readonly verdicts?: readonly NoticeVerdict[];
}

/** The releases a notice speaks of: those asked for, else every release not ended on the as-of date (all when each has). */
export function noticeReleases(ws: Workspace, asOf: PlainDate, ids?: readonly string[]): readonly Release[] {
  if (ids?.length) return ids.map((id) => ws.releases.find((r) => r.id === id)).filter((r): r is Release => r !== undefined);
  const live = ws.releases.filter((r) => r.end >= asOf);
  return live.length ? live : ws.releases;
}

/**
 * What a notice says, as data: the maintenance-promise table, the ends of upstream maintenance and
 * who takes over, the changed dates of the lifecycle history, the upgrades later releases make, the
 * findings, and the feed entries and calendar events made of them (with stable ids). Pure: the
 * plans are computed by the caller (the solver is I/O-free but heavy), today is `asOf`.
 */
export function noticeOf(ws: Workspace, query: NoticeQuery, inputs: NoticeInputs = {}): NoticeView {
  const { asOf, audience } = query;
  const releases = noticeReleases(ws, asOf, query.releases);
  const report = check(ws, { asOf, releases: releases.map((r) => r.id) });
  const wanted = query.products?.length ? new Set(query.products) : undefined;
  const inScope = (product: string | undefined): product is string => product !== undefined && (!wanted || wanted.has(product));
  const name = (product: string) => ws.products.get(product)?.name ?? product;
  const pins = report.pins.filter((p) => !p.alternative && isJudged(p) && inScope(p.product));
  const resolver = new PinResolver(ws, asOf, ws.policy.horizon.phase);

  const pinned = (r: ResolvedPin): PinnedCycle => ({
    release: r.release.id,
    component: r.pin.component,
    product: r.product as string,
    productName: name(r.product as string),
    version: r.pin.version,
    cycle: r.cycle?.id as string,
    ...(r.cycle?.codename ? { codename: r.cycle.codename } : {}),
  });

  const promises = pins.flatMap((r) => promiseRows(ws, r, pinned(r)));
  // who takes over, as the check's horizon rule judged it (one chain of commitments, covered or not)
  const takeovers = new Map<string, { commitment?: Commitment; covered?: boolean }>();
  for (const f of report.findings)
    if ((f.rule === 'horizon' || f.rule === 'ended') && !f.alternative && f.commitment)
      takeovers.set(`${f.release}\0${f.component}`, { commitment: f.commitment, covered: Boolean(f.covered) });
  const ends = pins.flatMap((r) => maintenanceEnd(ws, r, pinned(r), asOf, resolver, inputs.plans, takeovers.get(`${r.release.id}\0${r.pin.component}`)) ?? []);
  const moves = changes(ws, pins, asOf, name);
  const upgrades = releases.flatMap((r) => upgradesAfter(ws, r, resolver, inScope, name));
  const shown = (f: Finding) => inScope(f.product ?? ws.components.get(f.component)?.product);
  const findings =
    audience === 'internal' ? report.findings.filter(shown) : audience === 'operators' ? report.findings.filter((f) => f.severity !== 'info' && shown(f)) : [];
  const waivers = audience === 'internal' ? (ws.waivers ?? []).filter((w) => releases.some((r) => appliesToRelease(w.release, r.id))) : [];
  const view = {
    workspace: ws.name,
    audience,
    asOf,
    releases: releases.map((r) => ({ id: r.id, ...(r.version ? { version: r.version } : {}), date: r.date, end: r.end })),
    ...(query.products?.length ? { products: [...query.products] } : {}),
    names: Object.fromEntries([...ws.products].map(([id, p]) => [id, p.name])),
    promises,
    ends,
    moves,
    upgrades: dedupe(upgrades, (u) => `${u.release}\0${u.component}`),
    findings,
    waivers,
    verdicts: inputs.verdicts ?? [],
  };
  return { ...view, feed: feedOf(ws, view, releases), events: eventsOf(ws, view) };
}

/** Upstream's promise (bug fixes until the end of `maintained`, security fixes until the end of `security`), then commitments.yaml's. */
function promiseRows(ws: Workspace, r: ResolvedPin, p: PinnedCycle): PromiseRow[] {
  const cycle = r.cycle;
  if (!cycle) return [];
  const rows: PromiseRow[] = [];
  const releaseEnd = r.release.end;
  const maintained = resolveEnd(cycle, 'maintained');
  const security = resolveEnd(cycle, 'security');
  const upstream = (scope: PromiseRow['scope'], end: ReturnType<typeof resolveEnd>): PromiseRow => ({
    ...p,
    by: 'upstream',
    scope,
    ...(end.date ? { until: end.date } : {}),
    ...(end.open ? { open: true } : {}),
    coversRelease: end.date ? end.date >= releaseEnd : Boolean(end.open),
  });
  rows.push(upstream('bug-fixes', maintained));
  if (security.from === 'security' && security.date && (!maintained.date || security.date > maintained.date)) rows.push(upstream('security', security));
  for (const c of ws.commitments ?? []) {
    if (!appliesToPin(c, r.release.id, r.pin.component, cycle.id)) continue;
    rows.push({
      ...p,
      by: c.by,
      ...(c.partner ? { partner: c.partner } : {}),
      scope: c.scope,
      until: c.until,
      coversRelease: c.until >= releaseEnd,
      ...(c.link ? { link: c.link } : {}),
      ...(c.note ? { note: c.note } : {}),
    });
  }
  return rows;
}

function maintenanceEnd(
  ws: Workspace,
  r: ResolvedPin,
  p: PinnedCycle,
  asOf: PlainDate,
  resolver: PinResolver,
  plans: ReadonlyMap<string, Plan> | undefined,
  takeover: { commitment?: Commitment; covered?: boolean } | undefined,
): MaintenanceEnd | undefined {
  const end = r.end;
  const product = r.product ? ws.products.get(r.product) : undefined;
  if (!end || !product || !r.cycle || (!end.date && !end.ended)) return undefined;
  const fact = end.basis === 'none' ? undefined : lastFact(product, r.cycle.id, `${end.from}.${end.basis}`, asOf);
  const releaseEnd = r.release.end;
  const beforeReleaseEnd = end.ended || (end.date !== undefined && end.date < releaseEnd);
  const commitment = takeover?.commitment;
  const upgrade = nextCycle(ws, r, resolver);
  const planned = plans?.get(r.release.id)?.components.find((c) => c.component === r.pin.component && c.to.cycle !== r.cycle?.id);
  return {
    ...p,
    phase: end.phase,
    ...(end.date ? { end: end.date } : {}),
    basis: end.basis,
    releaseEnd,
    beforeReleaseEnd: Boolean(beforeReleaseEnd),
    knownSince: fact?.recorded ?? r.release.date,
    ...(fact?.source ? { source: fact.source } : {}),
    ...(commitment ? { commitment } : {}),
    covered: Boolean(takeover?.covered),
    ...(upgrade ? { upgradeIn: upgrade } : {}),
    ...(planned
      ? {
          plan: {
            version: planned.to.version,
            ...(planned.to.cycle ? { cycle: planned.to.cycle } : {}),
            ...(planned.to.codename ? { codename: planned.to.codename } : {}),
            change: planned.change,
          },
        }
      : {}),
  };
}

/** The point releases of a release, by date. */
function pointReleases(ws: Workspace, release: Release): Release[] {
  return ws.releases.filter((x) => x.id !== release.id && appliesToRelease(release.id, x.id) && x.date >= release.date);
}

/** The first point release that moves the pin's component to another cycle. */
function nextCycle(ws: Workspace, r: ResolvedPin, resolver: PinResolver): MaintenanceEnd['upgradeIn'] {
  for (const later of pointReleases(ws, r.release)) {
    const pin = later.pins.find((p) => p.component === r.pin.component);
    if (!pin) continue;
    const resolved = resolver.resolve(later, pin, false);
    if (resolved.cycle && resolved.cycle.id !== r.cycle?.id) return { release: later.id, date: later.date, version: pin.version };
  }
  return undefined;
}

/** What each point release of the release changes, against the release before it. */
function upgradesAfter(
  ws: Workspace,
  release: Release,
  resolver: PinResolver,
  inScope: (product: string | undefined) => product is string,
  name: (product: string) => string,
): PlannedUpgrade[] {
  const out: PlannedUpgrade[] = [];
  let before = release;
  for (const later of pointReleases(ws, release)) {
    for (const pin of later.pins) {
      const was = before.pins.find((p) => p.component === pin.component);
      if (!was || was.version === pin.version) continue;
      const to = resolver.resolve(later, pin, false);
      if (!isJudged(to) || !inScope(to.product)) continue;
      const from = resolver.resolve(before, was, false);
      out.push({
        release: later.id,
        date: later.date,
        fromRelease: before.id,
        component: pin.component,
        product: to.product,
        productName: name(to.product),
        fromVersion: was.version,
        toVersion: pin.version,
        ...(from.cycle ? { fromCycle: from.cycle.id } : {}),
        ...(to.cycle ? { toCycle: to.cycle.id } : {}),
      });
    }
    before = later;
  }
  return out;
}

/** The changed ends of the pinned cycles, from the lifecycle history. */
function changes(ws: Workspace, pins: readonly ResolvedPin[], asOf: PlainDate, name: (product: string) => string): EndChange[] {
  const byProduct = new Map<string, Map<string, Set<string>>>();
  for (const r of pins) {
    if (!r.product || !r.cycle) continue;
    let cycles = byProduct.get(r.product);
    if (!cycles) byProduct.set(r.product, (cycles = new Map()));
    let rel = cycles.get(r.cycle.id);
    if (!rel) cycles.set(r.cycle.id, (rel = new Set()));
    rel.add(r.release.id);
  }
  const out: EndChange[] = [];
  for (const [productId, cycles] of [...byProduct].sort((a, b) => a[0].localeCompare(b[0]))) {
    const product = ws.products.get(productId);
    if (!product) continue;
    for (const m of endMoves(product, new Set(cycles.keys()), asOf)) {
      const codename = product.cycles.find((c) => c.id === m.cycle)?.codename;
      out.push({ product: productId, productName: name(productId), ...(codename ? { codename } : {}), ...m, releases: [...(cycles.get(m.cycle) ?? [])] });
    }
  }
  return out.sort((a, b) => (a.recorded < b.recorded ? 1 : a.recorded > b.recorded ? -1 : a.product.localeCompare(b.product)));
}

function dedupe<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A URN part: the workspace's words kept readable, anything else percent-encoded. */
const part = (s: string) => encodeURIComponent(s).replace(/%2F/gi, '/');

function feedOf(ws: Workspace, view: Omit<NoticeView, 'feed' | 'events'>, releases: readonly Release[]): FeedEntry[] {
  const urn = (...parts: string[]) => `urn:upkeep:${part(ws.name)}:${parts.map(part).join(':')}`;
  const releaseDate = (id: string) => releases.find((r) => r.id === id)?.date ?? ws.releases.find((r) => r.id === id)?.date;
  const entries: FeedEntry[] = [];
  for (const e of view.ends) {
    if (!e.beforeReleaseEnd) continue;
    const by = e.commitment ? [e.commitment.by, e.commitment.partner ?? '', e.commitment.until] : [];
    entries.push({ id: urn('end', e.release, e.component, e.cycle, e.phase, e.end ?? 'ended', ...by), updated: e.knownSince, item: { kind: 'end', end: e } });
  }
  for (const c of view.moves)
    entries.push({ id: urn('moved', c.product, c.cycle, c.phase, c.basis, c.from, c.to), updated: c.recorded, item: { kind: 'moved', change: c } });
  for (const u of view.upgrades)
    entries.push({ id: urn('upgrade', u.release, u.component, u.toVersion), updated: u.date, item: { kind: 'upgrade', upgrade: u } });
  for (const row of view.promises) {
    if (row.by === 'upstream') continue;
    const c = ws.commitments?.find((x) => appliesToPin(x, row.release, row.component, row.cycle) && x.until === row.until && x.by === row.by);
    entries.push({
      id: urn('commitment', row.release, row.component, row.cycle, row.by, row.partner ?? '', row.scope, row.until ?? ''),
      updated: c?.from ?? releaseDate(c?.release ?? row.release) ?? (row.until as PlainDate),
      item: { kind: 'commitment', row },
    });
  }
  if (view.audience === 'internal')
    for (const f of view.findings) {
      if (f.severity === 'info') continue;
      entries.push({
        id: urn('finding', f.release, f.component, f.version, f.rule, f.date ?? ''),
        updated: f.evidence?.history?.recorded ?? releaseDate(f.release) ?? view.asOf,
        item: { kind: 'finding', finding: f },
      });
    }
  const unique = dedupe(entries, (e) => e.id);
  return unique.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function eventsOf(ws: Workspace, view: Omit<NoticeView, 'feed' | 'events'>): CalendarEvent[] {
  const domain = `${ws.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.upkeep`;
  const uid = (...parts: string[]) => `${parts.map((p) => p.toLowerCase().replace(/[^a-z0-9.]+/g, '-')).join('-')}@${domain}`;
  const ends = new Map<string, MaintenanceEnd[]>();
  for (const e of view.ends) {
    if (!e.end) continue;
    const key = `${e.product}\0${e.cycle}\0${e.phase}`;
    const list = ends.get(key);
    if (list) list.push(e);
    else ends.set(key, [e]);
  }
  const events: CalendarEvent[] = [];
  for (const list of ends.values()) {
    const e = list[0] as MaintenanceEnd;
    events.push({ uid: uid('end', e.product, e.cycle, e.phase), date: e.end as PlainDate, item: { kind: 'end', ends: list } });
  }
  const byRelease = new Map<string, PlannedUpgrade[]>();
  for (const u of view.upgrades) {
    const list = byRelease.get(u.release);
    if (list) list.push(u);
    else byRelease.set(u.release, [u]);
  }
  for (const [release, list] of byRelease)
    events.push({ uid: uid('upgrade', release), date: (list[0] as PlannedUpgrade).date, item: { kind: 'upgrade', release, upgrades: list } });
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
