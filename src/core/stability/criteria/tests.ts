import type { PassRate, TestsVerdict } from '../assessment.js';
import { binomialTest, wilsonInterval } from '../stats/binomial.js';
import type { TestCaseResult } from '../types.js';
import type { Criterion } from './types.js';

function passRate(tests: readonly TestCaseResult[], confidence: number): PassRate {
  let passed = 0;
  let total = 0;
  for (const t of tests) {
    if (t.outcome === 'skipped') continue;
    total++;
    if (t.outcome === 'passed') passed++;
  }
  return { passed, total, rate: total ? passed / total : null, interval: total ? wilsonInterval(passed, total, confidence) : null };
}

/**
 * The candidate's test pass rate is not worse than the baseline's by more than `max_drop_points`:
 * pass when the whole Wilson interval of the candidate's rate lies at or above the baseline's rate
 * minus the margin, fail when the whole interval lies below it, not enough data in between.
 */
export const tests: Criterion<TestsVerdict> = {
  id: 'tests',
  evaluate({ candidate, baseline, criteria }) {
    const o = criteria.tests;
    const c = passRate(candidate.tests, criteria.confidence);
    const b = passRate(baseline.tests, criteria.confidence);
    const base = { criterion: 'tests' as const, required: o.required, candidate: c, baseline: b, maxDropPoints: o.maxDropPoints, minTests: o.minTests };
    if (c.total < o.minTests || b.total < o.minTests || c.interval === null || b.rate === null)
      return { ...base, verdict: 'not-enough-data', reason: 'too-few-tests', threshold: null, pValue: null };
    const threshold = b.rate - o.maxDropPoints / 100;
    const pValue = binomialTest(c.passed, c.total, b.rate);
    if (c.interval.low >= threshold) return { ...base, verdict: 'pass', reason: 'within-margin', threshold, pValue };
    if (c.interval.high < threshold) return { ...base, verdict: 'fail', reason: 'below-margin', threshold, pValue };
    return { ...base, verdict: 'not-enough-data', reason: 'interval-straddles', threshold, pValue };
  },
};
