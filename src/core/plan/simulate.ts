import { PinResolver } from '../check/resolve.js';
import { selectReleases } from '../check/select.js';
import { addDays, daysBetween, epochDay, type PlainDate } from '../dates.js';
import { UpkeepError } from '../errors.js';
import type { Release, Workspace } from '../workspace.js';
import type { PlanQuery } from './plan.js';
import type { ChangeKind, Plan } from './types.js';

/** A length of time: `6m`, `12m`, `1y`, `2w`, `90d`. */
export interface Duration {
  readonly count: number;
  readonly unit: 'd' | 'w' | 'm' | 'y';
  readonly text: string;
}

/** The planner, injected (src/app/simulate.ts passes `planRelease` with HiGHS). */
export type Planner = (ws: Workspace, query: PlanQuery) => Plan;

export interface SimulateQuery {
  readonly cadences: readonly Duration[];
  /** How long each simulated release lives (its planned end is its date plus this). */
  readonly lifetime: Duration;
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** The workspace release the simulation starts from; default the latest. */
  readonly release?: string;
}

/** One simulated release: what the planner chose on its date, with what was known then. */
export interface SimulatedRelease {
  readonly id: string;
  readonly date: PlainDate;
  readonly end: PlainDate;
  readonly base: string;
  readonly status: Plan['status'];
  readonly counts: Plan['counts'];
  /** Mean age in days of the shipped cycles at the release date (components with a known age). */
  readonly meanAgeDays?: number;
  /** Components whose cycle (as known at the end of the window) left maintenance while this release lived, with the upstream end. */
  readonly outOfMaintenance: readonly { readonly component: string; readonly version: string; readonly end: PlainDate }[];
}

export interface CadenceOutcome {
  readonly cadence: string;
  readonly releases: readonly SimulatedRelease[];
  readonly upgrades: { readonly patch: number; readonly minor: number; readonly major: number };
  /** Plans whose best choice still broke a rule at error when it was made. */
  readonly plansWithGaps: number;
  /** Days of the window on which any live simulated release ran a component outside maintenance (as known at the window's end). */
  readonly daysOutOfMaintenance: number;
  /** The same per component, most first. */
  readonly componentDays: readonly { readonly component: string; readonly days: number }[];
  /** Mean age in days of shipped cycles at their release date, over every release and component with a known age. */
  readonly meanAgeDays?: number;
}

export interface Simulation {
  readonly workspace: string;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly lifetime: string;
  readonly start: { readonly id: string; readonly date: PlainDate };
  /** The phase counted as maintenance (the policy's horizon phase). */
  readonly phase: string;
  readonly cadences: readonly CadenceOutcome[];
}

/** `6m` → six months; refused (UPK_USAGE) unless a positive whole number with d, w, m or y. */
export function parseDuration(text: string, option: string): Duration {
  const m = /^\s*([1-9]\d{0,3})\s*([dwmy])\s*$/.exec(text);
  if (!m) throw new UpkeepError('UPK_USAGE', `${option} "${text}" is not a duration`, 'write a positive number with d, w, m or y: 6m, 12m, 1y, 90d');
  return { count: Number(m[1]), unit: m[2] as Duration['unit'], text: `${m[1]}${m[2]}` };
}

/** `date` plus `times` × `duration`; months and years keep the day of month where it exists (Jan 31 + 1m → Feb 28). */
export function addDuration(date: PlainDate, duration: Duration, times = 1): PlainDate {
  const n = duration.count * times;
  if (duration.unit === 'd') return addDays(date, n);
  if (duration.unit === 'w') return addDays(date, 7 * n);
  const months = duration.unit === 'y' ? 12 * n : n;
  const [y, mo, day] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (mo - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}` as PlainDate;
}

const MAX_RELEASES = 1000;

/**
 * Replays the planner for each cadence: a release every cadence from `from` to `to`, each planned
 * on its date with what was known then (as-of = the release date), each replacing the previous
 * simulated one (the first replaces the workspace's `release`). The outcome is judged with the
 * lifecycles as known at `to`: what really happened to the cycles the plans chose.
 */
export function simulate(ws: Workspace, query: SimulateQuery, plan: Planner, onPlanned?: (done: number, total: number) => void): Simulation {
  if (query.to < query.from)
    throw new UpkeepError('UPK_USAGE', `--to ${query.to} is before --from ${query.from}`, 'give a window whose end is on or after its start');
  const start = query.release ? (selectReleases(ws, [query.release])[0] as Release) : latestRelease(ws);
  const outcome = new PinResolver(ws, query.to, ws.policy.horizon.phase);
  const schedules = query.cadences.map((cadence) => {
    const dates: PlainDate[] = [];
    for (let i = 0; ; i++) {
      const date = addDuration(query.from, cadence, i);
      if (date > query.to) break;
      if (dates.length >= MAX_RELEASES)
        throw new UpkeepError(
          'UPK_USAGE',
          `--cadence ${cadence.text} makes more than ${MAX_RELEASES} releases between ${query.from} and ${query.to}`,
          'choose a longer cadence or a shorter window',
        );
      dates.push(date);
    }
    return { cadence, dates };
  });
  const total = schedules.reduce((n, s) => n + s.dates.length, 0);
  let done = 0;
  const counted: Planner = onPlanned
    ? (w, q) => {
        const p = plan(w, q);
        onPlanned(++done, total);
        return p;
      }
    : plan;
  const cadences = schedules.map(({ cadence, dates }) => runCadence(ws, start, cadence, dates, query.lifetime, counted, outcome, query));
  return {
    workspace: ws.name,
    from: query.from,
    to: query.to,
    lifetime: query.lifetime.text,
    start: { id: start.id, date: start.date },
    phase: ws.policy.horizon.phase,
    cadences,
  };
}

function runCadence(
  ws: Workspace,
  start: Release,
  cadence: Duration,
  dates: readonly PlainDate[],
  lifetime: Duration,
  plan: Planner,
  outcome: PinResolver,
  window: { readonly from: PlainDate; readonly to: PlainDate },
): CadenceOutcome {
  let base = start;
  const releases: SimulatedRelease[] = [];
  const upgrades = { patch: 0, minor: 0, major: 0 };
  let plansWithGaps = 0;
  const ages: number[] = [];
  // epoch days out of maintenance: for the whole cadence and per component
  const allDays = new Set<number>();
  const perComponent = new Map<string, Set<number>>();

  for (const [i, date] of dates.entries()) {
    const id = `${cadence.text}-${i + 1}`;
    const end = addDuration(date, lifetime);
    const known: Workspace = base === start ? ws : { ...ws, releases: [...ws.releases, base] };
    const p = plan(known, { release: id, date, end, from: base.id, point: false, asOf: date });
    const pins = base.pins.map((pin, k) => ({ ...pin, version: p.components[k]?.to.version ?? pin.version }));
    const release: Release = { id, date, end, pins, alternatives: [] };
    for (const kind of ['patch', 'minor', 'major'] as const satisfies readonly ChangeKind[]) upgrades[kind] += p.counts[kind];
    if (p.status === 'gaps') plansWithGaps++;
    const releaseAges = p.components.flatMap((c) => (c.to.ageDays !== undefined ? [c.to.ageDays] : []));
    ages.push(...releaseAges);

    const out: { component: string; version: string; end: PlainDate }[] = [];
    const lastDay = epochDay(end < window.to ? end : window.to);
    for (const pin of pins) {
      const upstreamEnd = outcome.resolve(release, pin, false).end?.date;
      if (!upstreamEnd || upstreamEnd >= end) continue;
      out.push({ component: pin.component, version: pin.version, end: upstreamEnd });
      const first = Math.max(epochDay(date), epochDay(upstreamEnd) + 1);
      let days = perComponent.get(pin.component);
      if (!days) perComponent.set(pin.component, (days = new Set()));
      for (let day = first; day <= lastDay; day++) {
        allDays.add(day);
        days.add(day);
      }
    }
    releases.push({
      id,
      date,
      end,
      base: base.id,
      status: p.status,
      counts: p.counts,
      ...(releaseAges.length ? { meanAgeDays: mean(releaseAges) } : {}),
      outOfMaintenance: out,
    });
    base = release;
  }
  const componentDays = [...perComponent]
    .map(([component, days]) => ({ component, days: days.size }))
    .filter((c) => c.days > 0)
    .sort((a, b) => b.days - a.days || a.component.localeCompare(b.component));
  return {
    cadence: cadence.text,
    releases,
    upgrades,
    plansWithGaps,
    daysOutOfMaintenance: allDays.size,
    componentDays,
    ...(ages.length ? { meanAgeDays: mean(ages) } : {}),
  };
}

const mean = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

function latestRelease(ws: Workspace): Release {
  const all = selectReleases(ws, undefined);
  return all.reduce((a, b) => (b.date > a.date ? b : a));
}

/** The days of a window, both ends included. */
export const windowDays = (from: PlainDate, to: PlainDate) => daysBetween(from, to) + 1;
