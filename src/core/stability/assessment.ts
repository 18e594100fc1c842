/**
 * What `assess` finds: a verdict per criterion with its numbers, and the overall answer to "is the
 * candidate stable enough, compared with the baseline?". Facts only; the sentences are in
 * src/render/stability-words.ts.
 */
import type { PlainDate } from '../dates.js';
import type { Direction, StabilityCriteria } from './criteria-schema.js';
import type { Interval } from './stats/binomial.js';
import type { MannWhitneyMethod } from './stats/mann-whitney.js';
import type { ExperienceReport, KnownBug, UpgradeTrial } from './types.js';

export type Verdict = 'pass' | 'fail' | 'not-enough-data';
export type Overall = 'stable-enough' | 'not-yet' | 'not-enough-data';

export const CRITERION_IDS = ['tests', 'benchmarks', 'alerts', 'upstream', 'bugs', 'upgrades', 'reports'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

interface VerdictBase<Id extends CriterionId, Reason extends string> {
  readonly criterion: Id;
  readonly verdict: Verdict;
  /** Why, as a key the renderer words. */
  readonly reason: Reason;
  /** false: reported, but it does not decide the overall answer (stability.yaml `required: false`). */
  readonly required: boolean;
}

/** Passed of run test cases (skipped ones aside), with the Wilson interval of the rate. */
export interface PassRate {
  readonly passed: number;
  readonly total: number;
  readonly rate: number | null;
  readonly interval: Interval | null;
}

export interface TestsVerdict extends VerdictBase<'tests', 'too-few-tests' | 'within-margin' | 'below-margin' | 'interval-straddles'> {
  readonly candidate: PassRate;
  readonly baseline: PassRate;
  /** The baseline's rate minus the allowed drop: the candidate's interval must lie above it. */
  readonly threshold: number | null;
  readonly maxDropPoints: number;
  readonly minTests: number;
  /** Exact binomial test of the candidate's passes against the baseline's rate (two-sided). */
  readonly pValue: number | null;
}

/** A sample's size, mean and 21 quantiles (0 %, 5 %, … 100 %): enough for a box plot and an ECDF. */
export interface SampleSummary {
  readonly n: number;
  readonly mean: number;
  readonly quantiles: readonly number[];
}

export type MetricReason =
  | 'within-margin'
  | 'worse'
  | 'interval-too-wide'
  | 'too-few-samples'
  | 'missing-candidate'
  | 'no-baseline'
  | 'unknown-direction'
  | 'zero-baseline';

export interface MetricComparison {
  readonly metric: string;
  readonly unit: string;
  readonly direction: Direction | null;
  /** null: not compared (the baseline has no samples of it). */
  readonly verdict: Verdict | null;
  readonly reason: MetricReason;
  readonly candidate: SampleSummary | null;
  readonly baseline: SampleSummary | null;
  readonly test: {
    readonly u: number;
    readonly p: number;
    /** Holm-adjusted across the metrics compared. */
    readonly pAdjusted: number;
    readonly method: MannWhitneyMethod;
    /** P(candidate value > baseline value), ties ½. */
    readonly probabilityGreater: number;
  } | null;
  /** Hodges–Lehmann shift candidate − baseline, in the metric's unit, with its interval. */
  readonly shift: { readonly estimate: number; readonly low: number | null; readonly high: number | null; readonly confidence: number } | null;
  /** The shift as a per cent of the baseline's median, positive = worse (by the direction); `high` is the worst case. */
  readonly worsePercent: { readonly estimate: number; readonly low: number | null; readonly high: number | null } | null;
}

export interface BenchmarksVerdict extends VerdictBase<'benchmarks', 'no-benchmarks' | 'all-within-margin' | 'some-worse' | 'some-undecided'> {
  readonly metrics: readonly MetricComparison[];
  readonly maxRegressionPercent: number;
  readonly minSamples: number;
  readonly alpha: number;
}

export interface AlertWindow {
  readonly alerts: number;
  /** Days between the first and last monitoring record (series points, alerts); null without any. */
  readonly days: number | null;
  readonly perDay: number | null;
}

export interface AlertsVerdict extends VerdictBase<'alerts', 'too-short' | 'not-higher' | 'higher'> {
  readonly candidate: AlertWindow;
  readonly baseline: AlertWindow;
  readonly rateRatio: number | null;
  /** Exact conditional binomial test that the candidate's rate is higher (one-sided). */
  readonly pValue: number | null;
  readonly minDays: number;
  readonly severities: readonly string[];
}

export interface UpstreamVerdict extends VerdictBase<'upstream', 'unknown-cycle' | 'too-few-point-releases' | 'enough-point-releases'> {
  readonly lifecycle: LifecycleFacts;
  readonly minPointReleases: number;
}

export interface BugsVerdict extends VerdictBase<'bugs', 'none-open' | 'open-blocking'> {
  readonly known: number;
  readonly blocking: readonly KnownBug[];
  readonly blockingSeverity: string;
}

export interface UpgradesVerdict extends VerdictBase<'upgrades', 'no-trials' | 'enough-successful' | 'failed'> {
  readonly successful: number;
  readonly failed: number;
  readonly minSuccessful: number;
  readonly trials: readonly UpgradeTrial[];
}

export interface ReportsVerdict extends VerdictBase<'reports', 'too-few-reports' | 'none-blocking' | 'blocking-recent'> {
  readonly total: number;
  readonly blocking: readonly ExperienceReport[];
  readonly since: PlainDate;
  readonly windowDays: number;
  readonly blockingSeverity: string;
  readonly minReports: number;
}

export type CriterionVerdict = TestsVerdict | BenchmarksVerdict | AlertsVerdict | UpstreamVerdict | BugsVerdict | UpgradesVerdict | ReportsVerdict;

/** What the lifecycle data says about the candidate, as known on the as-of date (computed by `lifecycleFacts`). */
export interface LifecycleFacts {
  readonly product: string;
  readonly version: string;
  /** The candidate's cycle; null when the product has no lifecycle or no cycle matches. */
  readonly cycle: string | null;
  readonly codename: string | null;
  /** Stable point releases of the cycle published by the as-of date. */
  readonly pointReleases: number;
  /** Point releases are dated (else only the latest is known). */
  readonly dated: boolean;
  readonly latest: string | null;
  /** The candidate's own release date where the lifecycle lists it. */
  readonly candidateReleased: PlainDate | null;
}

export interface Assessment {
  readonly product: string;
  readonly candidate: string;
  readonly baseline: string;
  readonly env: string | null;
  readonly asOf: PlainDate;
  readonly overall: Overall;
  /** Required criteria that failed (for "not yet"). */
  readonly blocking: readonly CriterionId[];
  /** Required criteria without enough data (what to collect). */
  readonly missing: readonly CriterionId[];
  readonly verdicts: readonly CriterionVerdict[];
  readonly criteria: StabilityCriteria;
}
