import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('container image tags', () => {
  it.each([
    { input: '10.11.2-alpine', release: [10, 11, 2], cycles: ['10.11', '10'], stable: true },
    { input: '1.6.18-alpine', release: [1, 6, 18], cycles: ['1.6', '1'], stable: true },
    { input: '5:20.10.23', release: [20, 10, 23], cycles: ['20.10', '20'], stable: true },
    { input: 'v23.02.2', release: [23, 2, 2], cycles: ['23.02', '23'], stable: true },
    { input: '19.0.3-legacy', release: [19, 0, 3], cycles: ['19.0', '19'], stable: true },
    { input: '15.2-alpine', release: [15, 2], cycles: ['15.2', '15'], stable: true },
    { input: '5.2-22.04_beta', release: [5, 2], cycles: ['5.2', '5'], stable: false },
    { input: '1.0.0-rc1', release: [1, 0, 0], cycles: ['1.0', '1'], stable: false },
    { input: '16', release: [16], cycles: ['16'], stable: true },
    { input: '1.2.3.4', release: [1, 2, 3, 4], cycles: ['1.2', '1'], stable: true },
  ])('$input → release $release, cycles $cycles, stable $stable', ({ input, release, cycles, stable }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, release, cycles, stable, unversioned: false });
  });

  it('reads the epoch of 5:20.10.23', () => {
    expect(scheme.parse('5:20.10.23')?.epoch).toBe(5);
  });

  it('the beta in 5.2-22.04_beta is the pre-release label', () => {
    expect(scheme.parse('5.2-22.04_beta')?.pre).toBe('beta');
  });

  it.each(['latest', 'stable', 'alpine', 'sha256:0123abcd', '3d55be0', '-1.2', '1.2-', 'v'])('%j is not a version tag', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it('an image digest is an unversioned pin (trivy names etcd by sha256:51eae83…)', () => {
    const digest = 'sha256:51eae8381dcb1078289fa7b4f3df2630cdc18d09fb56f8e56b41c40e191d6c83';
    expect(scheme.parse(digest)).toEqual({ raw: digest, release: [], cycles: [], stable: false, unversioned: true });
  });

  it.each([
    { a: '10.11.2-alpine', b: '10.11.2', order: 0, rule: 'the variant suffix is ignored' },
    { a: '10.11.2-alpine', b: '10.11.10-alpine', order: -1, rule: 'parts compare numerically' },
    { a: '5:20.10.23', b: '24.0.0', order: 1, rule: 'a higher epoch wins over any release' },
    { a: '5:20.10.23', b: '5:20.10.24', order: -1, rule: 'same epoch: release decides' },
    { a: '5.2-22.04_beta', b: '5.2-22.04', order: -1, rule: 'a beta sorts before the release' },
    { a: 'latest', b: '0.0.1', order: -1, rule: 'not a version sorts first' },
  ])('$a vs $b is $order ($rule)', ({ a, b, order }) => {
    expect(Math.sign(scheme.compare(a, b))).toBe(order);
    expect(Math.sign(scheme.compare(b, a))).toBe(-order || 0);
  });
});
