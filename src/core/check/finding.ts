import type { PlainDate } from '../dates.js';
import type { ResolvedEnd } from '../lifecycle/phases.js';
import type { PhaseName, PointRelease } from '../lifecycle/types.js';
import type { Severity } from '../policy/types.js';
import type { SourceRef } from '../workspace.js';

/**
 * One result of a check, as data: the facts a renderer needs to word it for its audience.
 * `rule` is stable (it names the policy rule, see docs/policy.md).
 */
interface FindingBase {
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
  /** `date − asOf` in days (negative: in the past). */
  readonly daysLeft?: number | undefined;
  /** The pin's place in the workspace (file, line). */
  readonly at?: SourceRef | undefined;
}

export type Finding =
  | (FindingBase & {
      /** The phase ends before the release's planned end plus the margin (or has already ended). */
      readonly rule: 'horizon' | 'ended';
      readonly phase: PhaseName;
      readonly end: ResolvedEnd;
      readonly releaseEnd: PlainDate;
      readonly marginDays: number;
      /** How many days before the release's planned end the phase ends (negative: after). */
      readonly daysBeforeReleaseEnd: number;
    })
  | (FindingBase & {
      /** The phase ends soon after the release's end (within warnWithinDays after the margin). */
      readonly rule: 'horizon-close';
      readonly phase: PhaseName;
      readonly end: ResolvedEnd;
      readonly releaseEnd: PlainDate;
      readonly daysAfterReleaseEnd: number;
    })
  | (FindingBase & { readonly rule: 'unknown-end'; readonly phase: PhaseName })
  | (FindingBase & {
      /** The end now known differs from the one published on the release date. */
      readonly rule: 'end-moved';
      readonly phase: PhaseName;
      readonly end: ResolvedEnd;
      readonly atRelease: ResolvedEnd;
      readonly releaseDate: PlainDate;
      /** end − end at release, in days. */
      readonly movedDays: number;
    })
  | (FindingBase & {
      readonly rule: 'maturity-age';
      readonly releaseDate: PlainDate;
      readonly firstRelease: PlainDate;
      readonly ageDays: number;
      readonly minAgeDays: number;
    })
  | (FindingBase & {
      readonly rule: 'maturity-point-releases';
      readonly releaseDate: PlainDate;
      readonly pointReleases: number;
      readonly minPointReleases: number;
    })
  | (FindingBase & { readonly rule: 'maturity-first-point-release'; readonly releaseDate: PlainDate })
  | (FindingBase & {
      readonly rule: 'compatibility';
      readonly ruleId: string;
      readonly requires: readonly string[];
      readonly reason?: string;
      /** The `when` pins that made the rule apply. */
      readonly because: Readonly<Record<string, string>>;
      /** True when the required component is not pinned at all. */
      readonly missing: boolean;
    })
  | (FindingBase & { readonly rule: 'unversioned' })
  | (FindingBase & { readonly rule: 'no-lifecycle' })
  | (FindingBase & { readonly rule: 'unknown-cycle'; readonly knownCycles: readonly string[] })
  | (FindingBase & { readonly rule: 'cycle-future'; readonly released: PlainDate })
  | (FindingBase & { readonly rule: 'unstable' })
  | (FindingBase & {
      /** The version is not among the cycle's point releases published by the as-of date. */
      readonly rule: 'unknown-version';
      readonly latestKnown: PointRelease | undefined;
    });

export type FindingRule = Finding['rule'];

export const FINDING_RULES: readonly FindingRule[] = [
  'ended',
  'horizon',
  'horizon-close',
  'unknown-end',
  'end-moved',
  'maturity-age',
  'maturity-point-releases',
  'maturity-first-point-release',
  'compatibility',
  'unversioned',
  'no-lifecycle',
  'unknown-cycle',
  'cycle-future',
  'unstable',
  'unknown-version',
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] <= RANK[threshold];
}

function sortKey(f: Finding): string {
  return `${RANK[f.severity]}\u0000${f.release}\u0000${f.date ?? '9999'}\u0000${f.component}\u0000${f.rule}\u0000${f.alternative ? 1 : 0}`;
}

/** Errors first, then by release, date, component, rule (code-point order, the same in every locale). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => [sortKey(f), f] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map((k) => k[1]);
}
