import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('semver', () => {
  it.each([
    { input: '1.2.3', release: [1, 2, 3], cycles: ['1.2', '1'], stable: true },
    { input: 'v1.2.3', release: [1, 2, 3], cycles: ['1.2', '1'], stable: true },
    { input: '1.2.3-rc.1', release: [1, 2, 3], cycles: ['1.2', '1'], stable: false },
    { input: '1.2.3+build.5', release: [1, 2, 3], cycles: ['1.2', '1'], stable: true },
    { input: '1.2', release: [1, 2], cycles: ['1.2', '1'], stable: true },
    { input: '1', release: [1], cycles: ['1'], stable: true },
  ])('$input has release $release, cycles $cycles, stable $stable', ({ input, release, cycles, stable }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, release, cycles, stable, unversioned: false });
  });

  it('keeps the pre-release label', () => {
    expect(scheme.parse('1.2.3-rc.1')?.pre).toBe('rc.1');
  });

  it.each(['', 'latest', '1.2.3.4', '1..2', 'v', '1.2.3-', 'x1.2.3', ' 1.2.3'])('%j is not SemVer', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it.each([
    ['1.2.3-rc.1', '<', '1.2.3'],
    ['1.2.3-rc.2', '<', '1.2.3-rc.10'],
    ['1.2.3-alpha', '<', '1.2.3-beta'],
    ['1.2.3-rc.1', '<', '1.2.3-rc.1.1'],
    ['1.9.0', '<', '1.10.0'],
    ['1.2', '=', '1.2.0'],
    ['v1.2.3', '=', '1.2.3'],
    ['1.2.3+a', '=', '1.2.3+b'],
    ['garbage', '<', '0.0.1'],
  ])('%s %s %s', (a, relation, b) => {
    const sign = Math.sign(scheme.compare(a, b));
    expect(sign).toBe(relation === '<' ? -1 : relation === '=' ? 0 : 1);
  });

  it('orders cycle keys numerically', () => {
    expect(scheme.compareCycles('1.9', '1.10')).toBeLessThan(0);
  });
});
