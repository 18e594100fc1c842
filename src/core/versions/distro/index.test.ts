import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('distribution package versions map to the upstream version', () => {
  it.each([
    { input: '1.28.0-1~bookworm', release: [1, 28, 0], cycles: ['1.28', '1'], epoch: undefined, stable: true, note: 'Debian revision with ~' },
    { input: '3.0.2-0ubuntu1.8', release: [3, 0, 2], cycles: ['3.0', '3'], epoch: undefined, stable: true, note: 'Ubuntu revision' },
    { input: '1:10.11.2+maria~ubu2204', release: [10, 11, 2], cycles: ['10.11', '10'], epoch: 1, stable: true, note: 'epoch, +suffix' },
    { input: '5:20.10.23~3-0~ubuntu-jammy', release: [20, 10, 23], cycles: ['20.10', '20'], epoch: 5, stable: true, note: 'docker-ce' },
    { input: '1.0.2k-16.el7', release: [1, 0, 2], cycles: ['1.0', '1'], epoch: undefined, stable: true, note: 'RPM release' },
    { input: '1.24.0-r7', release: [1, 24, 0], cycles: ['1.24', '1'], epoch: undefined, stable: true, note: 'Alpine -r7' },
    { input: '8.2p1-4ubuntu0.5', release: [8, 2], cycles: ['8.2', '8'], epoch: undefined, stable: true, note: 'letters after the number' },
    { input: '2.9.14+dfsg-1.3', release: [2, 9, 14], cycles: ['2.9', '2'], epoch: undefined, stable: true, note: 'repacked upstream' },
    { input: '1.2.3~rc1-1', release: [1, 2, 3], cycles: ['1.2', '1'], epoch: undefined, stable: false, note: '~rc1 is a pre-release' },
    { input: '2.4+really2.3-1', release: [2, 3], cycles: ['2.3', '2'], epoch: undefined, stable: true, note: '+really names the packaged version' },
    { input: '20190110', release: [20190110], cycles: ['20190110'], epoch: undefined, stable: true, note: 'a date-like version' },
  ])('$input → $release ($note)', ({ input, release, cycles, epoch, stable }) => {
    const parsed = scheme.parse(input);
    expect(parsed).toMatchObject({ raw: input, release, cycles, stable, unversioned: false });
    expect(parsed?.epoch).toBe(epoch);
  });

  it.each(['', 'latest', 'bookworm', '-1', '1:', 'sha256:51eae8381dcb1078289fa7b4f3df2630cdc18d09fb56f8e56b41c40e191d6c83'])(
    '%j is not a package version',
    (input) => {
      expect(scheme.parse(input)).toBeUndefined();
    },
  );

  it.each([
    ['1.28.0-1~bookworm', '1.29.0-1'],
    ['1:1.0-1', '2:0.9-1'],
    ['1.2.3~rc1-1', '1.2.3-1'],
  ])('%s < %s', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
  });
});
