import { check as checkWorkspace } from '../core/check/check.js';
import { daysBetween, type PlainDate } from '../core/dates.js';
import type { Product } from '../core/lifecycle/types.js';
import type { Severity } from '../core/policy/types.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

/** One pin of a release, as a monitoring system watches it. */
export interface PinFigure {
  readonly release: string;
  readonly component: string;
  readonly product: string;
  readonly version: string;
  readonly cycle: string;
  readonly alternative: boolean;
  /** The pin's state on the date: a phase (`maintained`, `security`, `extended`, `ended`, `future`, `unknown`) or why it has none. */
  readonly state: string;
  /** The phase the policy's horizon requires (`horizon.phase`). */
  readonly required: string;
  /** Days from the date until the cycle leaves the required phase (negative: left that many days ago); null when no end is known. */
  readonly daysLeft: number | null;
}

export interface MaintenanceFigures {
  readonly asOf: PlainDate;
  readonly workspace: string;
  readonly pins: readonly PinFigure[];
  /** Findings of `check` per release and severity (every severity present, zeros included). */
  readonly findings: readonly { readonly release: string; readonly severity: Severity; readonly count: number }[];
  /** Per product: days from the newest date its lifecycle data records (a history entry, a release, a point release) to the date. */
  readonly lifecycleAge: readonly { readonly product: string; readonly newest: PlainDate | null; readonly days: number | null }[];
}

/** The newest date a product's lifecycle data records, up to `asOf` (what was known then). */
function newestDate(p: Product, asOf: PlainDate): PlainDate | null {
  let newest: PlainDate | null = null;
  const see = (d: PlainDate | undefined) => {
    if (d && d <= asOf && (!newest || d > newest)) newest = d;
  };
  for (const f of p.history) see(f.recorded);
  for (const c of p.cycles) {
    see(c.released);
    see(c.latestDate);
    for (const point of c.points ?? []) see(point.date);
  }
  return newest;
}

/** What `/metrics` exposes, as data: the same check as `upkeep check` on every release, as of a date. */
export async function maintenanceFigures(input: { readonly workspace: WorkspaceInput; readonly asOf: PlainDate }): Promise<MaintenanceFigures> {
  const ws = await loadInput(input.workspace);
  const report = checkWorkspace(ws, { asOf: input.asOf });
  const required = ws.policy.horizon.phase;
  const pins: PinFigure[] = report.pins.map((p) => ({
    release: p.release.id,
    component: p.pin.component,
    product: p.product ?? '',
    version: p.pin.version,
    cycle: p.cycle?.id ?? '',
    alternative: p.alternative,
    state: p.state,
    required,
    daysLeft: p.end?.date ? daysBetween(input.asOf, p.end.date) : null,
  }));
  const findings = report.releases.flatMap((r) =>
    (['error', 'warning', 'info'] as const).map((severity) => ({
      release: r.id,
      severity,
      count: report.findings.filter((f) => f.release === r.id && f.severity === severity).length,
    })),
  );
  const lifecycleAge = [...ws.products.values()].map((p) => {
    const newest = newestDate(p, input.asOf);
    return { product: p.id, newest, days: newest ? daysBetween(newest, input.asOf) : null };
  });
  return { asOf: input.asOf, workspace: ws.name, pins, findings, lifecycleAge };
}
