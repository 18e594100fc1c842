import type { Waived } from '../commitments/types.js';
import { daysBetween, type PlainDate } from '../dates.js';
import type { Severity } from '../policy/severity.js';
import type { SourceRef } from '../workspace.js';
import type { Evidence } from './evidence.js';
import type { ResolvedPin } from './resolve.js';

/**
 * What every finding carries, as data: the facts a renderer needs to word it for its audience.
 * Each rule adds its `rule` (stable: docs/policy.md) and its own facts.
 */
export interface FindingBase {
  readonly release: string;
  readonly component: string;
  readonly product?: string | undefined;
  readonly version: string;
  readonly cycle?: string | undefined;
  readonly codename?: string | undefined;
  readonly severity: Severity;
  /** True when the pin is an alternative of the release, not its default. */
  readonly alternative: boolean;
  /** The date the finding is about (an end, a release date). */
  readonly date?: PlainDate | undefined;
  /** Days from asOf to the end the finding is about (negative: ended); absent when `date` is no end (a first release). */
  readonly daysLeft?: number | undefined;
  /** The pin's place in the workspace (file, line). */
  readonly at?: SourceRef | undefined;
  /** Where the finding's date comes from (lifecycle file, history entry, source); added after the rules ran. */
  readonly evidence?: Evidence | undefined;
  /** A live waiver of commitments.yaml accepts this finding: shown as waived, not counted for the exit code. */
  readonly waived?: Waived | undefined;
}

/**
 * The fields every finding of a pin shares, as one object literal. Findings are built with
 * `Object.assign(pinFinding(…), {…})`, not object spread: on Node 20 spreading these objects is
 * about a hundred times slower, which 10,000 pins notice.
 */
export function pinFinding(r: ResolvedPin, severity: Severity, end: PlainDate | undefined, asOf: PlainDate) {
  return eventFinding(r, severity, end, end === undefined ? undefined : daysBetween(asOf, end));
}

/**
 * The same fields for a finding about a date that is no end (a first release, a release date):
 * it has no days left, so none is counted down to it.
 */
export function eventFinding(r: ResolvedPin, severity: Severity, date: PlainDate | undefined, daysLeft?: number) {
  return {
    release: r.release.id,
    component: r.pin.component,
    product: r.product,
    version: r.pin.version,
    cycle: r.cycle?.id,
    codename: r.cycle?.codename,
    alternative: r.alternative,
    at: r.pin.at,
    severity,
    date,
    daysLeft,
    evidence: undefined as Evidence | undefined,
  };
}
