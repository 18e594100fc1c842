import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, quantile, sortSample } from './sample.js';

describe('a sorted sample', () => {
  it('is in numeric order, negative, zero and infinite values alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { minLength: 0, maxLength: 5000 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 3000 }),
        (doubles, small) => {
          const values = [...doubles, ...small, ...small.map((v) => v * 1e-300)];
          expect([...sortSample(values)]).toEqual([...Float64Array.from(values).sort()]);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('refuses NaN', () => expect(() => sortSample([1, Number.NaN])).toThrow(RangeError));
  it('has quantiles as NumPy interpolates them', () => {
    const s = sortSample([4, 1, 3, 2]);
    expect(median(s)).toBe(2.5);
    expect(quantile(s, 0.25)).toBe(1.75);
    expect(quantile(s, 1)).toBe(4);
  });
});
