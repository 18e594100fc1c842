import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, reference } from '../../../../test/stats-reference.js';
import { differenceOfRank, hodgesLehmann } from './hodges-lehmann.js';
import { mannWhitneyU } from './mann-whitney.js';
import { sortSample } from './sample.js';

interface HlRef {
  shift: number;
  confidence: number;
  k: number;
  low: number | null;
  high: number | null;
  exact: boolean;
}
interface MwRef {
  name: string;
  x: number[];
  y: number[];
  u: number;
  auto: { method: 'exact' | 'asymptotic'; p: number };
  asymptotic: { p: number };
  hl95: HlRef;
  hl90: HlRef;
}
const cases = reference<MwRef[]>('mann-whitney.json');

describe('the Mann–Whitney U test, against SciPy mannwhitneyu (two-sided)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const x = sortSample(c.x);
    const y = sortSample(c.y);
    const auto = mannWhitneyU(x, y);
    expect(auto.u).toBe(c.u);
    expect(auto.method).toBe(c.auto.method);
    expectClose(auto.p, c.auto.p, 'p (method auto)');
    expectClose(mannWhitneyU(x, y, 'asymptotic').p, c.asymptotic.p, 'p (method asymptotic)');
  });
});

describe('the Hodges–Lehmann shift and its interval, against NumPy over every difference', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const x = sortSample(c.x);
    const y = sortSample(c.y);
    const test = mannWhitneyU(x, y);
    for (const ref of [c.hl95, c.hl90]) {
      const hl = hodgesLehmann(x, y, test, ref.confidence);
      expectClose(hl.shift, ref.shift, 'shift');
      expect(hl.k, `k at ${ref.confidence}`).toBe(ref.k);
      expectClose(hl.low, ref.low, 'low');
      expectClose(hl.high, ref.high, 'high');
    }
  });

  it('finds every rank of the differences that sorting all of them finds', () => {
    const values = fc.array(
      fc.integer({ min: -50, max: 50 }).map((v) => v / 4),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(values, values, fc.nat(), (xs, ys, pick) => {
        const all = xs.flatMap((a) => ys.map((b) => a - b)).sort((a, b) => a - b);
        const r = (pick % all.length) + 1;
        expect(differenceOfRank(sortSample(xs), sortSample(ys), r)).toBe(all[r - 1]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a tiny sample against a large one', () => {
  it('stays quick: exact where the recurrence is small, the normal approximation beyond', () => {
    const big = sortSample(Array.from({ length: 20000 }, (_, i) => i + 0.5));
    const started = performance.now();
    const extreme = mannWhitneyU(sortSample([1e6, 1e6 + 1, 1e6 + 2]), big);
    const middle = mannWhitneyU(sortSample([9999, 10001, 10003]), big);
    hodgesLehmann(sortSample([1e6, 1e6 + 1, 1e6 + 2]), big, extreme);
    expect(extreme.method).toBe('exact');
    expect(middle.method).toBe('asymptotic');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
