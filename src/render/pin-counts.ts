import type { CheckReport, PinCounts } from '../core/check/check.js';
import { isJudged } from '../core/check/coverage.js';
import type { ResolvedPin } from '../core/check/resolve.js';
import { STATE_LABEL } from './labels.js';

/**
 * "27 of 109 pins judged; not judged: 70 no-lifecycle, 12 unversioned": what every format says
 * of the pins a check could not judge, so a clean run over some pins never reads as one over all.
 */
export function pinCountsText(c: PinCounts): string {
  const parts = [`${c.noLifecycle} ${STATE_LABEL['no-lifecycle']}`, `${c.unversioned} ${STATE_LABEL.unversioned}`];
  if (c.unknownCycle) parts.push(`${c.unknownCycle} ${STATE_LABEL['unknown-cycle']}`);
  return `${c.judged} of ${c.total} pin${c.total === 1 ? '' : 's'} judged; not judged: ${parts.join(', ')}`;
}

/** The line a report with no findings ends with: clean, and over how many pins. */
export function noFindingsText(c: PinCounts): string {
  if (c.judged === c.total) return `No findings: all ${c.total} pin${c.total === 1 ? '' : 's'} judged stay inside the policy.`;
  const rest = c.total - c.judged;
  return `No findings among the ${c.judged} of ${c.total} pins judged; the other ${rest} ${rest === 1 ? 'was' : 'were'} not judged (\`check --long\` lists them).`;
}

/** The pins a check could not judge, by release (`check --long`). */
export function unjudgedPins(report: CheckReport): ResolvedPin[] {
  return report.pins.filter((p) => !isJudged(p));
}

/** Why a pin was not judged, in a few words. */
export function unjudgedReason(p: ResolvedPin): string {
  if (p.state === 'no-lifecycle') return p.product ? `no lifecycle for product "${p.product}" in products/` : 'no product named for the component';
  if (p.state === 'unversioned') return 'not a version (a commit or a moving ref)';
  return p.product ? `no known cycle of ${p.product}` : STATE_LABEL[p.state];
}
