/**
 * What an evidence parser hands the store: records of one type, in batches (a 100 MB JUnit file
 * streams into the store a few thousand test cases at a time, never as one array).
 */
import type { AlertRecord, BenchmarkSample, ExperienceReport, KnownBug, SeriesPoint, TestCaseResult, UpgradeTrial } from './types.js';

export type EvidenceBatch =
  | { readonly records: 'tests'; readonly rows: readonly TestCaseResult[] }
  | { readonly records: 'samples'; readonly rows: readonly BenchmarkSample[] }
  | { readonly records: 'series'; readonly rows: readonly SeriesPoint[] }
  | { readonly records: 'alerts'; readonly rows: readonly AlertRecord[] }
  | { readonly records: 'trials'; readonly rows: readonly UpgradeTrial[] }
  | { readonly records: 'reports'; readonly rows: readonly ExperienceReport[] }
  | { readonly records: 'bugs'; readonly rows: readonly KnownBug[] };

export type EvidenceRecordType = EvidenceBatch['records'];
