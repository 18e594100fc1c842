import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { type ExperienceReport, REPORT_OUTCOMES, type ReportOutcome } from '../core/stability/types.js';
import type { Store, StoredReport } from '../store/types.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

export type { ExperienceReport, ReportOutcome, ReportSeverity } from '../core/stability/types.js';
export { REPORT_OUTCOMES, REPORT_SEVERITIES } from '../core/stability/types.js';
export type { StoredReport } from '../store/types.js';

/**
 * Records an operator's experience with a version (the board's "collect experience with
 * versions"), after checking that the workspace knows the product, and audits who did it.
 * The text is kept as given: it is data, escaped by whatever renders it.
 */
export async function submitReport(input: {
  readonly store: Store;
  readonly workspace: WorkspaceInput;
  readonly report: ExperienceReport;
  readonly actor: string;
}): Promise<StoredReport> {
  const ws = await loadInput(input.workspace);
  const { product } = input.report;
  if (!ws.products.has(product))
    throw new UpkeepError(
      'UPK_UNKNOWN_PRODUCT',
      `the workspace has no lifecycle of product "${product}"`,
      `report on one of: ${[...ws.products.keys()].join(', ')}`,
    );
  // the report and its audit entry together, or neither
  return input.store.transaction(async (store) => {
    const stored = await store.addReport(input.report, input.actor);
    await store.audit({ actor: input.actor, action: 'report.add', target: `report/${stored.id}` });
    return stored;
  });
}

export function listReports(input: {
  readonly store: Store;
  readonly product?: string | undefined;
  readonly version?: string | undefined;
}): Promise<StoredReport[]> {
  const filter: { product?: string; version?: string } = {};
  if (input.product !== undefined) filter.product = input.product;
  if (input.version !== undefined) filter.version = input.version;
  return input.store.listReports(filter);
}

export interface VersionReportCount {
  readonly product: string;
  readonly version: string;
  readonly reports: number;
  readonly outcomes: Readonly<Record<ReportOutcome, number>>;
  /** The newest report's date. */
  readonly latest: PlainDate;
}

/** How many reports each version has, by outcome (product, then version order). Counted by the store, not by reading every report. */
export async function countReports(input: { readonly store: Store; readonly product?: string | undefined }): Promise<VersionReportCount[]> {
  const groups = await input.store.countReports(input.product !== undefined ? { product: input.product } : {});
  const counts = new Map<string, { product: string; version: string; reports: number; outcomes: Record<ReportOutcome, number>; latest: PlainDate }>();
  for (const g of groups) {
    const key = `${g.product}\u0000${g.version}`;
    let c = counts.get(key);
    if (!c) {
      c = {
        product: g.product,
        version: g.version,
        reports: 0,
        outcomes: Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, 0])) as Record<ReportOutcome, number>,
        latest: g.latest,
      };
      counts.set(key, c);
    }
    c.reports += g.count;
    c.outcomes[g.outcome] += g.count;
    if (g.latest > c.latest) c.latest = g.latest;
  }
  return [...counts.values()].sort((a, b) => a.product.localeCompare(b.product) || a.version.localeCompare(b.version, undefined, { numeric: true }));
}
