import { daysBetween, type PlainDate } from '../dates.js';
import type { VersionScheme } from '../versions/types.js';
import { type Cycle, type EndValue, PHASES, type PhaseName, type PointRelease } from './types.js';

/** The end of a phase as the checks use it. */
export interface ResolvedEnd {
  readonly phase: PhaseName;
  /** The phase whose published date was used (a product without a `security` end uses `maintained`). */
  readonly from: PhaseName;
  /** The date used: the actual end where known, else the announced one; absent if none. */
  readonly date?: PlainDate;
  /** True: the phase has ended but no date is given. False: no end announced. */
  readonly open?: boolean;
  readonly ended?: boolean;
  /** Which date was used. */
  readonly basis: 'actual' | 'announced' | 'none';
  readonly announced?: EndValue;
  readonly actual?: PlainDate;
  /** actual − announced in days, when both are dates and differ. */
  readonly differenceDays?: number;
  /**
   * Stable point releases published after an announced end that has passed, by the as-of date: the
   * end did not hold, or not yet (Ceph Quincy, announced 2024-06-01, had 17.2.8 on 2024-11-25).
   */
  readonly pointsAfter?: { readonly count: number; readonly latest: PointRelease };
}

/** Where a phase's end is not published, the nearest published neighbour stands in. */
const FALLBACK: Record<PhaseName, readonly PhaseName[]> = {
  maintained: ['maintained', 'security', 'extended'],
  security: ['security', 'maintained', 'extended'],
  extended: ['extended', 'security', 'maintained'],
};

/** The phase's own published end, reported as the end of `phase`. */
function ownEnd(cycle: Cycle, from: PhaseName, phase: PhaseName): ResolvedEnd | undefined {
  const end = cycle.ends[from];
  if (!end || (end.announced === undefined && end.actual === undefined)) return undefined;
  // Built field by field, not spread: the planner resolves tens of thousands of cycles (spreads are slow on Node 20).
  // (the field order stays that of the written form: phase, from, announced, actual, date, basis)
  const r: Partial<{ -readonly [K in keyof ResolvedEnd]: ResolvedEnd[K] }> = { phase, from };
  if (end.announced !== undefined) r.announced = end.announced;
  if (end.actual) r.actual = end.actual;
  if (end.actual) {
    const diff = typeof end.announced === 'string' ? daysBetween(end.announced, end.actual) : undefined;
    r.date = end.actual;
    r.basis = 'actual';
    if (diff) r.differenceDays = diff;
    return r as ResolvedEnd;
  }
  const a = end.announced as EndValue;
  if (typeof a === 'string') r.date = a;
  else if (a) r.ended = true;
  else r.open = true;
  r.basis = 'announced';
  return r as ResolvedEnd;
}

/**
 * The end of a phase. Where the phase publishes no end, the nearest published neighbour stands in
 * (Ceph publishes one end for all phases). A phase announced as ongoing stays ongoing: no later
 * phase's end replaces "not ended". One bound only: a dated end of life (`security`) ends an
 * ongoing maintenance with it (Grafana 13.2, `eoas: false` and `eol: 2027-05-18`, is maintained
 * until 2027-05-18). An extended phase bounds nothing: it is a separate, often paid offer that may
 * end while the community still supports the cycle (Kong 3.9: `eol: false`, Enterprise Support
 * `eoes: 2025-12-12`; Struts 7: `eol: false`, Commercial Support `eoes: true`).
 */
export function resolveEnd(cycle: Cycle, phase: PhaseName): ResolvedEnd {
  for (const from of FALLBACK[phase]) {
    const r = ownEnd(cycle, from, phase);
    if (!r) continue;
    if (!r.open || from !== 'maintained') return r;
    const eol = ownEnd(cycle, 'security', phase);
    return eol?.date ? eol : r;
  }
  return { phase, from: phase, basis: 'none' };
}

/**
 * The end with the stable point releases published after it and after every later phase's end,
 * where it is an announced date that has passed by `asOf` (`withPointsAfter(resolveEnd(quincy, 'maintained'), quincy, 2024-12-01)`:
 * one, 17.2.8). Dated point releases count where known, else the published `latest` and its date.
 */
export function withPointsAfter(end: ResolvedEnd, cycle: Cycle, asOf: PlainDate, scheme: VersionScheme): ResolvedEnd {
  if (end.basis !== 'announced' || !end.date || end.date > asOf) return end;
  // point releases in a later phase are that phase's (Redis 7.0's security fixes after its maintenance)
  let date = end.date;
  for (const later of PHASES.slice(PHASES.indexOf(end.from) + 1)) {
    const own = cycle.ends[later];
    const v = own?.actual ?? own?.announced;
    if (v === false) return end;
    if (typeof v === 'string' && v > date) date = v as PlainDate;
  }
  const points = cycle.points?.length ? cycle.points : cycle.latest && cycle.latestDate ? [{ version: cycle.latest, date: cycle.latestDate }] : [];
  let count = 0;
  let latest: PointRelease | undefined;
  for (const p of points) {
    if (p.date <= date || p.date > asOf || scheme.parse(p.version)?.stable === false) continue;
    count++;
    if (!latest || p.date > latest.date) latest = p;
  }
  return latest ? { ...end, pointsAfter: { count, latest } } : end;
}

export type PhaseState = 'future' | 'maintained' | 'security' | 'extended' | 'ended' | 'unknown';

/**
 * The phase a cycle is in on `date`: the first phase whose end (with the fallback of
 * `resolveEnd`) is after the date. A product that publishes only an end of life (`eol`) is thus
 * maintained until then; one that publishes maintained and security ends passes through both.
 */
export function phaseOn(cycle: Cycle, date: PlainDate): PhaseState {
  if (cycle.released && cycle.released > date) return 'future';
  let anyKnown = false;
  for (const phase of PHASES) {
    const end = resolveEnd(cycle, phase);
    if (end.basis === 'none') continue;
    anyKnown = true;
    if (end.open || (end.date && end.date > date)) return phase;
  }
  return anyKnown ? 'ended' : 'unknown';
}

export interface PointReleaseSummary {
  /** Stable point releases published on or before the date. */
  readonly count: number;
  readonly first?: PointRelease;
  readonly latest?: PointRelease;
  /** True when dated point releases are known; false when only the `latest` field is. */
  readonly dated: boolean;
}

/** Stable point releases of the cycle published by `asOf` (Quincy on 2023-03-20: 17.2.0 … 17.2.5). */
export function pointReleasesAsOf(cycle: Cycle, asOf: PlainDate, scheme: VersionScheme): PointReleaseSummary {
  const points = cycle.points;
  if (!points || points.length === 0) {
    if (cycle.latest && (!cycle.latestDate || cycle.latestDate <= asOf))
      return { count: 0, dated: false, latest: { version: cycle.latest, date: (cycle.latestDate ?? cycle.released ?? asOf) as PlainDate } };
    return { count: 0, dated: false };
  }
  let count = 0;
  let first: PointRelease | undefined;
  let latest: PointRelease | undefined;
  for (const p of points) {
    if (p.date > asOf) continue;
    const parsed = scheme.parse(p.version);
    if (parsed && !parsed.stable) continue;
    count++;
    if (!first || p.date < first.date) first = p;
    if (!latest || scheme.compare(p.version, latest.version) > 0) latest = p;
  }
  return { count, dated: true, ...(first ? { first } : {}), ...(latest ? { latest } : {}) };
}
