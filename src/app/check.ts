import { type CheckReport, check as checkWorkspace } from '../core/check/check.js';
import { severityAtLeast } from '../core/check/finding.js';
import type { PlainDate } from '../core/dates.js';
import type { Severity } from '../core/policy/types.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

export type { CheckReport } from '../core/check/check.js';

export interface CheckInput {
  /** The workspace folder (holds upkeep.yaml), or a source held open (the server). */
  readonly workspace: WorkspaceInput;
  /** As known on this date. */
  readonly asOf: PlainDate;
  /** Only these releases; all when empty. */
  readonly releases: readonly string[];
}

export interface CheckResult {
  readonly report: CheckReport;
  /** The display name of a product id, as the workspace declares it. */
  readonly productName: (id: string) => string | undefined;
}

/** Each stack release of the workspace against its policy, as known on a date. */
export async function check(input: CheckInput): Promise<CheckResult> {
  const ws = await loadInput(input.workspace);
  const report = checkWorkspace(ws, { asOf: input.asOf, releases: input.releases });
  return { report, productName: (id) => ws.products.get(id)?.name };
}

/**
 * Each release's pins with their lifecycle phase on a date. The same report as `check`: status
 * is another view of it (a matrix, a page), not another evaluation.
 */
export const status: (input: CheckInput) => Promise<CheckResult> = check;

/** Whether a finding is at or above `failOn` (never with `never`): the CLI's exit 1, CI's red. */
export function failsAt(report: CheckReport, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && report.findings.some((f) => !f.waived && severityAtLeast(f.severity, failOn));
}
