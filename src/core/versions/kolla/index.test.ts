import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('kolla image tags', () => {
  it.each([
    { input: '24.1.2.20240909', release: [24, 1, 2], build: [20240909], cycles: ['24.1', '24.01', '24'] },
    { input: '17.1.0', release: [17, 1, 0], build: undefined, cycles: ['17.1', '17.01', '17'] },
    { input: '24.9.2.20250408', release: [24, 9, 2], build: [20250408], cycles: ['24.9', '24.09', '24'] },
    { input: '10.11.11.20250408', release: [10, 11, 11], build: [20250408], cycles: ['10.11', '10'] },
    { input: 'v18.0.1.20240101', release: [18, 0, 1], build: [20240101], cycles: ['18.0', '18'] },
  ])('$input → release $release, build $build, cycles $cycles', ({ input, release, build, cycles }) => {
    const parsed = scheme.parse(input);
    expect(parsed).toMatchObject({ raw: input, release, cycles, stable: true });
    expect(parsed?.build).toEqual(build);
  });

  it.each(['latest', '24', '24.1.2.2024', '24.1.2.20240909.1', 'zed'])('%j is not a Kolla tag', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it.each([
    ['24.1.2.20240909', '24.1.2.20241001', 'the build date orders rebuilds of one release'],
    ['24.1.2', '24.1.2.20240909', 'a tag without build date precedes its rebuilds'],
    ['24.1.2.20250101', '24.1.3.20240101', 'the release outranks the build date'],
    ['17.1.0', '24.1.2.20240909', 'release parts compare numerically'],
  ])('%s < %s (%s)', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
    expect(scheme.compare(b, a)).toBeGreaterThan(0);
  });
});
