import { describe, expect, it } from 'vitest';
import { expectClose, reference } from '../../../../test/stats-reference.js';
import { holmAdjust } from './holm.js';

const cases = reference<{ p: number[]; adjusted: number[] }[]>('holm.json');

describe("Holm's correction, against statsmodels multipletests(method='holm')", () => {
  it.each(cases.map((c) => [c.p.join(', '), c] as const))('%s', (_name, c) => {
    const adjusted = holmAdjust(c.p);
    expect(adjusted).toHaveLength(c.adjusted.length);
    for (const [i, a] of adjusted.entries()) expectClose(a, c.adjusted[i], `p[${i}]`);
  });
  it('adjusts nothing when there is nothing to adjust', () => expect(holmAdjust([])).toEqual([]));
});
