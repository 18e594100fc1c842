import type { BenchmarksVerdict, MetricComparison, SampleSummary, Verdict } from '../assessment.js';
import { hodgesLehmann } from '../stats/hodges-lehmann.js';
import { holmAdjust } from '../stats/holm.js';
import { mannWhitneyU } from '../stats/mann-whitney.js';
import { median, quantile, type SortedSample, sortSample } from '../stats/sample.js';
import { directionOf } from './direction.js';
import type { Criterion } from './types.js';

export function summarize(s: SortedSample): SampleSummary {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s[i] as number;
  return { n: s.length, mean: sum / s.length, quantiles: Array.from({ length: 21 }, (_, i) => quantile(s, i / 20)) };
}

type Tested = { -readonly [K in keyof MetricComparison]: MetricComparison[K] };

/**
 * No benchmark metric is worse than the baseline's by more than `max_regression_percent` where
 * the difference is significant. Per metric: Mann–Whitney U (two-sided, p Holm-adjusted across the
 * metrics), the Hodges–Lehmann shift and its interval as a per cent of the baseline's median.
 * Fail: significant and the estimate is worse than the margin. Pass: even the interval's worst
 * end is within the margin. Otherwise not enough data (the interval still allows a larger regression).
 */
export const benchmarks: Criterion<BenchmarksVerdict> = {
  id: 'benchmarks',
  evaluate({ candidate, baseline, criteria }) {
    const o = criteria.benchmarks;
    const names = [...new Set([...baseline.samples.keys(), ...candidate.samples.keys()])].sort();
    const rows: Tested[] = [];
    const tested: Tested[] = [];
    for (const metric of names) {
      const b = baseline.samples.get(metric);
      const c = candidate.samples.get(metric);
      const unit = b?.unit ?? c?.unit ?? '';
      const bs = b?.values.length ? sortSample(b.values) : undefined;
      const cs = c?.values.length ? sortSample(c.values) : undefined;
      const row: Tested = {
        metric,
        unit,
        direction: directionOf(metric, unit, o.directions),
        verdict: 'not-enough-data',
        reason: 'too-few-samples',
        candidate: cs ? summarize(cs) : null,
        baseline: bs ? summarize(bs) : null,
        test: null,
        shift: null,
        worsePercent: null,
      };
      rows.push(row);
      if (!bs) Object.assign(row, { verdict: null, reason: 'no-baseline' });
      else if (!cs) row.reason = 'missing-candidate';
      else if (cs.length < o.minSamples || bs.length < o.minSamples) row.reason = 'too-few-samples';
      else {
        const test = mannWhitneyU(cs, bs);
        const hl = hodgesLehmann(cs, bs, test, criteria.confidence);
        row.test = { u: test.u, p: test.p, pAdjusted: test.p, method: test.method, probabilityGreater: test.probabilityGreater };
        row.shift = { estimate: hl.shift, low: hl.low, high: hl.high, confidence: hl.confidence };
        const scale = Math.abs(median(bs));
        if (row.direction === null) row.reason = 'unknown-direction';
        else if (scale === 0) row.reason = 'zero-baseline';
        else {
          // worse is a drop for higher-is-better metrics, a rise for lower-is-better ones
          const sign = row.direction === 'higher' ? -1 : 1;
          const pct = (v: number | null) => (v === null ? null : (sign * v * 100) / scale);
          const a = pct(hl.low);
          const z = pct(hl.high);
          row.worsePercent = {
            estimate: pct(hl.shift) as number,
            low: a === null || z === null ? null : Math.min(a, z),
            high: a === null || z === null ? null : Math.max(a, z),
          };
          tested.push(row);
        }
      }
    }
    const adjusted = holmAdjust(tested.map((r) => r.test?.p ?? 1));
    tested.forEach((row, i) => {
      const test = row.test;
      const worse = row.worsePercent;
      if (!test || !worse) return;
      row.test = { ...test, pAdjusted: adjusted[i] as number };
      const significant = (adjusted[i] as number) <= criteria.alpha;
      if (significant && worse.estimate > o.maxRegressionPercent) Object.assign(row, { verdict: 'fail', reason: 'worse' });
      else if (worse.high !== null && worse.high <= o.maxRegressionPercent) Object.assign(row, { verdict: 'pass', reason: 'within-margin' });
      else Object.assign(row, { verdict: 'not-enough-data', reason: 'interval-too-wide' });
    });
    const judged = rows.filter((r) => r.verdict !== null).map((r) => r.verdict as Verdict);
    const base = {
      criterion: 'benchmarks' as const,
      required: o.required,
      metrics: rows,
      maxRegressionPercent: o.maxRegressionPercent,
      minSamples: o.minSamples,
      alpha: criteria.alpha,
    };
    if (judged.length === 0) return { ...base, verdict: 'not-enough-data', reason: 'no-benchmarks' };
    if (judged.includes('fail')) return { ...base, verdict: 'fail', reason: 'some-worse' };
    if (judged.includes('not-enough-data')) return { ...base, verdict: 'not-enough-data', reason: 'some-undecided' };
    return { ...base, verdict: 'pass', reason: 'all-within-margin' };
  },
};
