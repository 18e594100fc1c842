/**
 * Evidence: what was observed of one product version in one environment, normalised from the
 * files it came in (JUnit, fio, rados bench, CSV, Prometheus, Alertmanager, trials, reports, bugs).
 * The parsers (src/formats/evidence-*) produce these; the store keeps them; `assess` (pure, in
 * src/core/stability) judges a candidate's EvidenceSet against its baseline's.
 *
 * Contract shared by the store (issue 15), the stability criteria (issue 15), the server (issue 16)
 * and the notices (issue 17). Extend it; do not rename what is here without updating all users.
 */
import type { PlainDate } from '../dates.js';

/** The kinds `upkeep evidence add KIND FILE` accepts. */
export const EVIDENCE_KINDS = ['junit', 'fio', 'rados-bench', 'csv', 'prometheus', 'alertmanager', 'upgrade-trial', 'experience', 'bugs'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What every record is about. `cycle` is derived from the version by the product's scheme (null when none matches). */
export interface EvidenceTag {
  readonly product: string;
  readonly version: string;
  readonly cycle: string | null;
  /** e.g. `gx-scs`; `default` when none is given. */
  readonly env: string;
}

export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';
/** One test case of a run (JUnit `<testcase>`). */
export interface TestCaseResult {
  readonly suite: string;
  readonly name: string;
  readonly outcome: TestOutcome;
  readonly seconds: number | null;
}

/** One benchmark sample (fio job metric, rados bench line, CSV line). Higher-is-better is the metric's direction. */
export interface BenchmarkSample {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** One point of a monitoring series (Prometheus query_range). `at` is an ISO 8601 instant. */
export interface SeriesPoint {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly at: string;
  readonly value: number;
}

/** One alert (Alertmanager /api/v2/alerts). */
export interface AlertRecord {
  readonly name: string;
  readonly severity: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly labels: Readonly<Record<string, string>>;
}

/** An upgrade trial: from one version to another (the tagged version is `to`). */
export interface UpgradeTrial {
  readonly from: string;
  readonly to: string;
  readonly result: 'success' | 'failure';
  readonly durationSeconds: number | null;
  readonly notes: string;
  readonly date: PlainDate;
}

export const REPORT_OUTCOMES = ['upgrade-ok', 'regression', 'incident'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];
export const REPORT_SEVERITIES = ['info', 'minor', 'major', 'critical'] as const;
export type ReportSeverity = (typeof REPORT_SEVERITIES)[number];

/** An operator's experience with a version (the board's "collect experience with versions"). */
export interface ExperienceReport {
  readonly product: string;
  readonly version: string;
  readonly env: string;
  readonly outcome: ReportOutcome;
  readonly severity: ReportSeverity;
  readonly text: string;
  readonly date: PlainDate;
}

/** A known bug affecting a version (bugs CSV: id, version, severity, status, opened, closed). */
export interface KnownBug {
  readonly id: string;
  readonly version: string;
  readonly severity: ReportSeverity;
  readonly status: 'open' | 'closed';
  readonly opened: PlainDate;
  readonly closed: PlainDate | null;
}

/** Everything known about one product version (in one environment, or all when env is absent), as assess reads it. */
export interface EvidenceSet {
  readonly product: string;
  readonly version: string;
  readonly env: string | null;
  readonly tests: readonly TestCaseResult[];
  /** Samples grouped by metric name; arrays may be large (a million values): keep them numeric. */
  readonly samples: ReadonlyMap<string, { readonly unit: string; readonly values: Float64Array | readonly number[] }>;
  readonly series: readonly SeriesPoint[];
  readonly alerts: readonly AlertRecord[];
  readonly trials: readonly UpgradeTrial[];
  readonly reports: readonly ExperienceReport[];
  readonly bugs: readonly KnownBug[];
}
