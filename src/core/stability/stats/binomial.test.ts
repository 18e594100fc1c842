import { describe, expect, it } from 'vitest';
import { expectClose, reference } from '../../../../test/stats-reference.js';
import { binomialCdf, binomialPmf, binomialSf, binomialTest, wilsonInterval } from './binomial.js';

interface BinomialRef {
  binomtest: { k: number; n: number; p: number; twoSided: number; greater: number; less: number }[];
  wilson: { k: number; n: number; confidence: number; low: number; high: number }[];
}
const ref = reference<BinomialRef>('binomial.json');

describe('the exact binomial test, against SciPy binomtest', () => {
  it.each(ref.binomtest)('$k of $n against p = $p', ({ k, n, p, twoSided, greater, less }) => {
    expectClose(binomialTest(k, n, p), twoSided, 'two-sided');
    expectClose(binomialTest(k, n, p, 'greater'), greater, 'greater');
    expectClose(binomialTest(k, n, p, 'less'), less, 'less');
  });
  it('refuses what is not a count', () => {
    expect(() => binomialTest(3, 2, 0.5)).toThrow(RangeError);
    expect(() => binomialTest(1.5, 2, 0.5)).toThrow(RangeError);
  });
});

describe('the Wilson score interval, against SciPy proportion_ci(method="wilson")', () => {
  it.each(ref.wilson)('$k of $n at $confidence', ({ k, n, confidence, low, high }) => {
    const ci = wilsonInterval(k, n, confidence);
    expectClose(ci.low, low, 'low');
    expectClose(ci.high, high, 'high');
  });
});

describe('the binomial distribution', () => {
  it('sums to one, and its two tails meet', () => {
    let total = 0;
    for (let k = 0; k <= 40; k++) total += binomialPmf(k, 40, 0.3);
    expect(total).toBeCloseTo(1, 14);
    for (const k of [0, 5, 12, 20, 39]) expect(binomialCdf(k, 40, 0.3) + binomialSf(k, 40, 0.3)).toBeCloseTo(1, 14);
  });
});
