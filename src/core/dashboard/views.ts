/**
 * The view models of the dashboard's timeline and matrix: plain data from a check report (the
 * same evaluation as `upkeep check` and `status`), worded and drawn by src/web/site. Pure: the
 * use case src/app/site.ts gathers them, the pages only read them.
 */
import type { CheckReport } from '../check/check.js';
import type { ResolvedPin } from '../check/resolve.js';
import { addDays, daysBetween, type PlainDate } from '../dates.js';
import { resolveEnd } from '../lifecycle/phases.js';
import { PHASES, type PhaseName } from '../lifecycle/types.js';

/** A cycle in one phase: from `start` to `end` (absent: no end announced). */
export interface PhaseSpan {
  readonly phase: PhaseName;
  readonly start: PlainDate;
  readonly end?: PlainDate | undefined;
}

/** Where a pinned cycle leaves the phase the policy checks before its release ends: the picture's point. */
export interface Crossing {
  readonly release: string;
  readonly component: string;
  readonly product: string;
  readonly cycle: string;
  readonly codename?: string | undefined;
  /** The phase whose end crosses (the policy's horizon phase). */
  readonly phase: PhaseName;
  readonly date: PlainDate;
  readonly releaseEnd: PlainDate;
  /** Days from the crossing to the release's end (positive: the release outlives the phase). */
  readonly daysBeforeEnd: number;
  /** Already past on the as-of date. */
  readonly past: boolean;
}

/** One component of a release with the phases of its pinned cycle. */
export interface TimelineRow {
  readonly component: string;
  readonly alternative: boolean;
  /** The product's display name. */
  readonly product: string;
  readonly cycle: string;
  readonly codename?: string | undefined;
  readonly version: string;
  readonly spans: readonly PhaseSpan[];
  readonly crossing?: Crossing | undefined;
}

export interface TimelineReleaseView {
  readonly id: string;
  readonly version?: string | undefined;
  readonly date: PlainDate;
  readonly end: PlainDate;
  readonly rows: readonly TimelineRow[];
  readonly crossings: readonly Crossing[];
}

export interface TimelineView {
  readonly asOf: PlainDate;
  readonly today: PlainDate;
  /** The time axis, the same for every release. Phases without an announced end run to `to`. */
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly releases: readonly TimelineReleaseView[];
}

export type ProductName = (id: string) => string | undefined;

const productOf = (p: ResolvedPin, names: ProductName) => (p.product ? (names(p.product) ?? p.product) : p.pin.component);

/** Each release's pins with a known cycle, their phases as known on the as-of date, and the crossings. */
export function timelineView(report: CheckReport, names: ProductName, today: PlainDate): TimelineView {
  let last = report.asOf > today ? report.asOf : today;
  for (const r of report.releases) if (r.end > last) last = r.end;
  const to = addDays(last, 180);
  let from = to;
  const releases = report.releases.map((release) => {
    const rows: TimelineRow[] = [];
    for (const p of report.pins) {
      if (p.release !== release || !p.cycle?.released) continue;
      const spans = phaseSpans(p);
      if (!spans.length) continue;
      for (const s of spans) if (s.start < from) from = s.start;
      const crossing = crossingOf(p, names, report.asOf);
      rows.push({
        component: p.pin.component,
        alternative: p.alternative,
        product: productOf(p, names),
        cycle: p.cycle.id,
        codename: p.cycle.codename,
        version: p.pin.version,
        spans,
        crossing,
      });
    }
    if (release.date < from) from = release.date;
    const crossings = rows.flatMap((r) => r.crossing ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { id: release.id, version: release.version, date: release.date, end: release.end, rows, crossings };
  });
  return { asOf: report.asOf, today, from, to, releases };
}

/** The cycle's phases one after the other, from its release; a phase announced as ended without a date is left out. */
function phaseSpans(p: ResolvedPin): PhaseSpan[] {
  const cycle = p.cycle;
  if (!cycle?.released) return [];
  const spans: PhaseSpan[] = [];
  let start = cycle.released;
  for (const phase of PHASES) {
    const end = resolveEnd(cycle, phase);
    if (end.basis === 'none' || (end.ended && !end.date)) continue;
    if (end.date !== undefined && end.date <= start) continue;
    spans.push({ phase, start, end: end.date });
    if (!end.date) break;
    start = end.date;
  }
  return spans;
}

/** The pin's checked phase ends before its release does (or has ended by the release's date). */
function crossingOf(p: ResolvedPin, names: ProductName, asOf: PlainDate): Crossing | undefined {
  const end = p.end;
  if (!end?.date || !p.cycle || end.date >= p.release.end) return undefined;
  return {
    release: p.release.id,
    component: `${p.pin.component}${p.alternative ? ' (alt)' : ''}`,
    product: productOf(p, names),
    cycle: p.cycle.id,
    codename: p.cycle.codename,
    phase: end.phase,
    date: end.date,
    releaseEnd: p.release.end,
    daysBeforeEnd: daysBetween(end.date, p.release.end),
    past: end.date <= asOf,
  };
}

/** A pin's state in the matrix: the phase on the as-of date or why there is none. */
export type MatrixState = ResolvedPin['state'];

export interface MatrixCell {
  readonly state: MatrixState;
  readonly version: string;
  readonly cycle?: string | undefined;
  readonly codename?: string | undefined;
  /** The end of the checked phase, where known. */
  readonly end?: PlainDate | undefined;
  /** That end falls before the release's end. */
  readonly crosses: boolean;
}

export interface MatrixRow {
  readonly component: string;
  readonly product: string;
  /** By release id; absent where the release does not pin the component. */
  readonly cells: Readonly<Record<string, MatrixCell>>;
}

export interface MatrixView {
  readonly asOf: PlainDate;
  readonly releases: readonly { readonly id: string; readonly date: PlainDate; readonly end: PlainDate }[];
  /** Components with a lifecycle in at least one release, in the order of the releases' pins. */
  readonly rows: readonly MatrixRow[];
  /** Pins left out (no lifecycle data, unversioned): their number. */
  readonly omitted: number;
  /** The states present, for the legend (in a fixed order). */
  readonly states: readonly MatrixState[];
}

const WITHOUT_LIFECYCLE = new Set<MatrixState>(['no-lifecycle', 'unversioned']);
const STATE_ORDER: readonly MatrixState[] = [
  'future',
  'maintained',
  'security',
  'extended',
  'ended',
  'unknown',
  'unknown-cycle',
  'bad-version',
  'unversioned',
  'no-lifecycle',
];

/** Release × component, each default pin's state on the as-of date (alternatives stay on the timeline). */
export function matrixView(report: CheckReport, names: ProductName): MatrixView {
  const rows = new Map<string, { component: string; product: string; cells: Record<string, MatrixCell> }>();
  let omitted = 0;
  const states = new Set<MatrixState>();
  for (const p of report.pins) {
    if (p.alternative) continue;
    let row = rows.get(p.pin.component);
    if (!row) {
      row = { component: p.pin.component, product: productOf(p, names), cells: {} };
      rows.set(p.pin.component, row);
    }
    row.cells[p.release.id] = {
      state: p.state,
      version: p.pin.version,
      cycle: p.cycle?.id,
      codename: p.cycle?.codename,
      end: p.end?.date,
      crosses: p.end?.date !== undefined && p.end.date < p.release.end,
    };
  }
  const shown = [...rows.values()].filter((r) => {
    const cells = Object.values(r.cells);
    const keep = cells.some((c) => !WITHOUT_LIFECYCLE.has(c.state));
    if (!keep) omitted += cells.length;
    else for (const c of cells) states.add(c.state);
    return keep;
  });
  return {
    asOf: report.asOf,
    releases: report.releases.map((r) => ({ id: r.id, date: r.date, end: r.end })),
    rows: shown,
    omitted,
    states: STATE_ORDER.filter((s) => states.has(s)),
  };
}

/** Dates worth a matrix of their own: every release's date and end, and the as-of date, in order. */
export function matrixDates(report: CheckReport): PlainDate[] {
  const dates = new Set<PlainDate>([report.asOf]);
  for (const r of report.releases) {
    dates.add(r.date);
    dates.add(r.end);
  }
  return [...dates].sort();
}
