import type { PhaseName } from '../lifecycle/types.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export type SeverityOrIgnore = Severity | 'ignore';

/** A constraint on a pin: one of the listed cycles (`["16", "17"]`) or a version range (`>=3.1`). */
export interface Constraint {
  readonly anyOf: readonly string[];
}

export interface CompatibilityRule {
  readonly id: string;
  /** All must hold for the rule to apply: component (or product) id → constraint. */
  readonly when: Readonly<Record<string, Constraint>>;
  /** Then each of these must hold. */
  readonly require: Readonly<Record<string, Constraint>>;
  readonly severity: Severity;
  readonly reason?: string;
}

/** The written upgrade policy (see docs/policy.md). */
export interface Policy {
  readonly horizon: {
    /** Which phase must last until the release's planned end plus the margin. */
    readonly phase: PhaseName;
    readonly marginDays: number;
    readonly severity: Severity;
    /** Also warn when the phase ends within this many days after the margin. 0: off. */
    readonly warnWithinDays: number;
  };
  readonly maturity: {
    /** Minimum age of the cycle's first stable release at the release date. */
    readonly minAgeDays: number;
    /** Minimum number of stable point releases of the cycle at the release date. */
    readonly minPointReleases: number;
    /** Reject the first point release after a major (x.2.0, 17.0.0). */
    readonly notFirstPointRelease: boolean;
    /** Severity of each maturity rule. */
    readonly severity: { readonly age: SeverityOrIgnore; readonly pointReleases: SeverityOrIgnore; readonly firstPointRelease: SeverityOrIgnore };
  };
  readonly compatibility: readonly CompatibilityRule[];
  readonly unversioned: { readonly severity: SeverityOrIgnore };
  /** A pin whose component has no lifecycle in the workspace. */
  readonly noLifecycle: { readonly severity: SeverityOrIgnore };
  /** A pin whose version maps to no known cycle. */
  readonly unknownCycle: { readonly severity: SeverityOrIgnore };
  /** A cycle with no published end for the horizon's phase. */
  readonly unknownEnd: { readonly severity: SeverityOrIgnore };
  /** The end known on the as-of date differs from the one published at the release date. */
  readonly endMoved: { readonly severity: SeverityOrIgnore };
  /** A pin is a release candidate or development version (Ceph 17.1.0, 1.28.0-rc.1). */
  readonly unstable: { readonly severity: SeverityOrIgnore };
  /** A pin names a point release its cycle had not published by the as-of date (16.2.99). */
  readonly unknownVersion: { readonly severity: SeverityOrIgnore };
  /** A pinned cycle is released only after the release date. */
  readonly cycleFuture: { readonly severity: SeverityOrIgnore };
}

export const DEFAULT_POLICY: Policy = {
  horizon: { phase: 'maintained', marginDays: 0, severity: 'error', warnWithinDays: 90 },
  maturity: {
    minAgeDays: 90,
    minPointReleases: 2,
    notFirstPointRelease: true,
    severity: { age: 'warning', pointReleases: 'warning', firstPointRelease: 'warning' },
  },
  compatibility: [],
  unversioned: { severity: 'warning' },
  noLifecycle: { severity: 'ignore' },
  unknownCycle: { severity: 'warning' },
  unknownEnd: { severity: 'info' },
  endMoved: { severity: 'info' },
  unstable: { severity: 'error' },
  unknownVersion: { severity: 'warning' },
  cycleFuture: { severity: 'error' },
};
