import { describe, expect, it } from 'vitest';
import { expectClose, reference } from '../../../../test/stats-reference.js';
import { erfc, normalQuantile, normalSf } from './normal.js';

const ref = reference<{ sf: { z: number; sf: number }[]; quantile: { p: number; z: number }[] }>('normal.json');

describe('the standard normal distribution, against SciPy', () => {
  it.each(ref.sf)('P(Z > $z) is SciPy norm.sf ($sf)', ({ z, sf }) => expectClose(normalSf(z), sf, `sf(${z})`));
  it.each(ref.quantile)('the $p quantile is SciPy ndtri ($z)', ({ p, z }) => expectClose(normalQuantile(p), z, `ndtri(${p})`));
  it('erfc joins its series and its continued fraction smoothly at 2', () => {
    expect(Math.abs(erfc(2 - 1e-12) - erfc(2)) / erfc(2)).toBeLessThan(1e-11);
    expect(erfc(-1)).toBeCloseTo(2 - erfc(1), 15);
  });
});
