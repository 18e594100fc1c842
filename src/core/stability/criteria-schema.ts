/**
 * stability.yaml: what "stable enough" means for a workspace, each criterion with its defaults
 * (docs/stability.md explains every key and why the defaults answer the SCS board's question).
 * Defaults are declared here and nowhere else; an absent file is the defaults.
 */
import { z } from 'zod';
import { REPORT_SEVERITIES } from './types.js';

const Required = z.boolean().default(true);
/** A number; workspace YAML keeps `0.95` as text (versions such as 22.10 must not become floats), so decimal text is read as a number here. */
const num = <T extends z.ZodNumber>(schema: T) => z.preprocess((v) => (typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : v), schema);
const Severity = z.enum(REPORT_SEVERITIES);
const Direction = z.enum(['higher', 'lower']);

export const StabilityFile = z.strictObject({
  /** Confidence of every interval (Wilson, Hodges–Lehmann). */
  confidence: num(z.number().min(0.5).max(0.999)).default(0.95),
  /** Significance level of the tests; across benchmark metrics, family-wise (Holm). */
  alpha: num(z.number().gt(0).max(0.2)).default(0.05),
  tests: z
    .strictObject({
      required: Required,
      max_drop_points: num(z.number().min(0).max(100)).default(1),
      min_tests: num(z.number().int().min(1)).default(100),
    })
    .prefault({}),
  benchmarks: z
    .strictObject({
      required: Required,
      max_regression_percent: num(z.number().min(0).max(100)).default(3),
      min_samples: num(z.number().int().min(2)).default(30),
      /** Metric name (or a pattern with `*`) → which way is better, where the unit does not say. */
      directions: z.record(z.string().min(1).max(200), Direction).default({}),
    })
    .prefault({}),
  alerts: z
    .strictObject({
      required: Required,
      severities: z.array(z.string().min(1)).min(1).default(['critical', 'warning']),
      ignore: z.array(z.string().min(1)).default(['Watchdog', 'InfoInhibitor']),
      min_days: num(z.number().min(0)).default(7),
    })
    .prefault({}),
  upstream: z.strictObject({ required: Required, min_point_releases: num(z.number().int().min(0).max(100)).default(2) }).prefault({}),
  bugs: z.strictObject({ required: Required, blocking_severity: Severity.default('critical') }).prefault({}),
  upgrades: z.strictObject({ required: Required, min_successful: num(z.number().int().min(0)).default(1) }).prefault({}),
  reports: z
    .strictObject({
      required: Required,
      window_days: num(z.number().int().min(1).max(3650)).default(30),
      blocking_severity: Severity.default('critical'),
      min_reports: num(z.number().int().min(0)).default(1),
    })
    .prefault({}),
});
export type StabilityFile = z.infer<typeof StabilityFile>;

export type Direction = z.infer<typeof Direction>;

/** The criteria as assess reads them. */
export interface StabilityCriteria {
  readonly confidence: number;
  readonly alpha: number;
  readonly tests: { readonly required: boolean; readonly maxDropPoints: number; readonly minTests: number };
  readonly benchmarks: {
    readonly required: boolean;
    readonly maxRegressionPercent: number;
    readonly minSamples: number;
    readonly directions: Readonly<Record<string, Direction>>;
  };
  readonly alerts: { readonly required: boolean; readonly severities: readonly string[]; readonly ignore: readonly string[]; readonly minDays: number };
  readonly upstream: { readonly required: boolean; readonly minPointReleases: number };
  readonly bugs: { readonly required: boolean; readonly blockingSeverity: (typeof REPORT_SEVERITIES)[number] };
  readonly upgrades: { readonly required: boolean; readonly minSuccessful: number };
  readonly reports: {
    readonly required: boolean;
    readonly windowDays: number;
    readonly blockingSeverity: (typeof REPORT_SEVERITIES)[number];
    readonly minReports: number;
  };
}

export function criteriaFromFile(f: StabilityFile): StabilityCriteria {
  return {
    confidence: f.confidence,
    alpha: f.alpha,
    tests: { required: f.tests.required, maxDropPoints: f.tests.max_drop_points, minTests: f.tests.min_tests },
    benchmarks: {
      required: f.benchmarks.required,
      maxRegressionPercent: f.benchmarks.max_regression_percent,
      minSamples: f.benchmarks.min_samples,
      directions: f.benchmarks.directions,
    },
    alerts: { required: f.alerts.required, severities: f.alerts.severities, ignore: f.alerts.ignore, minDays: f.alerts.min_days },
    upstream: { required: f.upstream.required, minPointReleases: f.upstream.min_point_releases },
    bugs: { required: f.bugs.required, blockingSeverity: f.bugs.blocking_severity },
    upgrades: { required: f.upgrades.required, minSuccessful: f.upgrades.min_successful },
    reports: {
      required: f.reports.required,
      windowDays: f.reports.window_days,
      blockingSeverity: f.reports.blocking_severity,
      minReports: f.reports.min_reports,
    },
  };
}

/** The criteria of an absent or empty stability.yaml. */
export const DEFAULT_CRITERIA: StabilityCriteria = criteriaFromFile(StabilityFile.parse({}));
