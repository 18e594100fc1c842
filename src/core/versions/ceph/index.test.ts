import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('ceph', () => {
  it.each([
    { input: '16.2.11', release: [16, 2, 11], cycles: ['16'], stable: true, why: 'x.2.z is a stable release' },
    { input: 'v16.2.11', release: [16, 2, 11], cycles: ['16'], stable: true, why: 'a leading v is accepted' },
    { input: 'v16.2.11-20230125', release: [16, 2, 11], cycles: ['16'], stable: true, why: 'a container build date is not a release part' },
    { input: '16.1.0', release: [16, 1, 0], cycles: ['16'], stable: false, why: 'x.1.z is a release candidate' },
    { input: '16.0.3', release: [16, 0, 3], cycles: ['16'], stable: false, why: 'x.0.z is a development release' },
    { input: '18.2.1', release: [18, 2, 1], cycles: ['18'], stable: true, why: 'Reef point release' },
    { input: 'pacific', release: [16], cycles: ['16'], stable: true, why: 'a codename names its cycle' },
    { input: 'Quincy', release: [17], cycles: ['17'], stable: true, why: 'codenames are case-insensitive' },
    { input: 'luminous', release: [12], cycles: ['12'], stable: true, why: 'older codenames are known' },
    { input: 'tentacle', release: [20], cycles: ['20'], stable: true, why: 'the newest codename is known' },
    { input: '0.94.10', release: [0, 94, 10], cycles: ['0.94'], stable: true, why: 'before Infernalis, 0.MINOR is the named release (Hammer)' },
    { input: '0.94', release: [0, 94], cycles: ['0.94'], stable: true, why: "Hammer's first release" },
    { input: '0.93', release: [0, 93], cycles: ['0.94'], stable: false, why: 'a development release belongs to the named release it led to' },
    { input: '0.73', release: [0, 73], cycles: ['0.80'], stable: false, why: 'development towards Firefly' },
    { input: 'hammer', release: [0, 94], cycles: ['0.94'], stable: true, why: 'pre-Infernalis codenames name their 0.MINOR cycle' },
    { input: 'jewel', release: [10], cycles: ['10'], stable: true, why: 'Jewel is 10' },
    { input: '9.0.3', release: [9, 0, 3], cycles: ['9'], stable: false, why: 'Infernalis development release' },
  ])('$input → release $release, cycles $cycles, stable $stable ($why)', ({ input, release, cycles, stable }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, release, cycles, stable, unversioned: false });
  });

  it.each([
    ['octopus', 15],
    ['pacific', 16],
    ['quincy', 17],
    ['reef', 18],
    ['squid', 19],
    ['tentacle', 20],
    ['luminous', 12],
    ['mimic', 13],
    ['nautilus', 14],
  ])('%s is Ceph %i', (codename, major) => {
    expect(scheme.parse(codename)?.cycles).toEqual([String(major)]);
  });

  it.each(['latest', 'cthulhu', 'v16.2.11-beta', '16.2.11.1', 'pacific-16', '0.95', '0'])('%j is not a Ceph version', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it.each([
    ['16.1.0', '16.2.0', 'a release candidate precedes the first stable release'],
    ['16.2.9', '16.2.11', 'point releases order numerically'],
    ['v16.2.11-20230125', 'v16.2.11-20230301', 'rebuilds order by build date'],
    ['16.2.15', '17.2.0', 'Pacific precedes Quincy'],
    ['pacific', '16.2.0', 'the codename is the cycle, below its point releases'],
    ['0.94.10', '9.2.0', 'Hammer precedes Infernalis'],
    ['0.80.11', '0.87', 'Firefly precedes Giant'],
  ])('%s < %s (%s)', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
  });

  it('orders cycle keys numerically', () => {
    expect(scheme.compareCycles('9', '16')).toBeLessThan(0);
  });
});
