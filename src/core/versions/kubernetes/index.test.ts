import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('kubernetes', () => {
  it.each([
    { input: '1.27.3', release: [1, 27, 3], cycles: ['1.27'], stable: true },
    { input: 'v1.27.3', release: [1, 27, 3], cycles: ['1.27'], stable: true },
    { input: '1.28.0-rc.1', release: [1, 28, 0], cycles: ['1.28'], stable: false },
    { input: 'v1.29.0-alpha.2', release: [1, 29, 0], cycles: ['1.29'], stable: false },
    { input: '1.27', release: [1, 27], cycles: ['1.27'], stable: true },
  ])('$input belongs to minor line $cycles, stable $stable', ({ input, release, cycles, stable }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, release, cycles, stable });
  });

  it.each(['1', 'latest', '1.27.3.4', 'v1..27'])('%j is not a Kubernetes version', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it.each([
    ['1.28.0-rc.1', '1.28.0'],
    ['1.27.9', '1.28.0-alpha.1'],
    ['v1.9.0', '1.10.0'],
  ])('%s sorts before %s', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
    expect(scheme.compare(b, a)).toBeGreaterThan(0);
  });

  it('orders minor lines numerically (1.9 < 1.10)', () => {
    expect(scheme.compareCycles('1.9', '1.10')).toBeLessThan(0);
  });
});
