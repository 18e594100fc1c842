import { describe, expect, it } from 'vitest';
import { CODENAMES, scheme } from './index.js';

describe('ubuntu', () => {
  it.each([
    { input: '22.04', release: [22, 4], cycles: ['22.04'] },
    { input: '22.04.3', release: [22, 4, 3], cycles: ['22.04'] },
    { input: '22.04.3 LTS', release: [22, 4, 3], cycles: ['22.04'] },
    { input: 'jammy', release: [22, 4], cycles: ['22.04'] },
    { input: 'Jammy', release: [22, 4], cycles: ['22.04'] },
    { input: 'trusty', release: [14, 4], cycles: ['14.04'] },
    { input: 'noble', release: [24, 4], cycles: ['24.04'] },
    { input: 'resolute', release: [26, 4], cycles: ['26.04'] },
    { input: '23.10', release: [23, 10], cycles: ['23.10'] },
  ])('$input → release $release, cycle $cycles', ({ input, release, cycles }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, release, cycles, stable: true });
  });

  it.each([...CODENAMES])('%s is Ubuntu %s', (codename, cycle) => {
    expect(scheme.parse(codename)?.cycles).toEqual([cycle]);
  });

  it.each(['22.4', '22.13', 'warty-ish', 'jammy jellyfish', '22.04.3 lts ', '2204'])('%j is not an Ubuntu version', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it.each([
    ['20.04.6', '22.04'],
    ['22.04', '22.04.3'],
    ['focal', 'jammy'],
    ['jammy', '22.04.1'],
  ])('%s < %s', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
  });

  it('jammy and 22.04 are the same version', () => {
    expect(scheme.compare('jammy', '22.04')).toBe(0);
  });
});
