import { describe, expect, it } from 'vitest';
import { SERIES, scheme } from './index.js';

describe('openstack', () => {
  it.each([
    { input: 'zed', cycles: ['zed'] },
    { input: 'Zed', cycles: ['zed'] },
    { input: 'stable-zed', cycles: ['zed'] },
    { input: 'stable/zed', cycles: ['zed'] },
    { input: 'unmaintained/zed', cycles: ['zed'] },
    { input: 'zed-eol', cycles: ['zed'] },
    { input: '2023.1', cycles: ['antelope'] },
    { input: 'stable/2023.1', cycles: ['antelope'] },
    { input: 'unmaintained/2023.1', cycles: ['antelope'] },
    { input: 'antelope', cycles: ['antelope'] },
    { input: '2025.1', cycles: ['epoxy'] },
    { input: 'austin', cycles: ['austin'] },
    { input: 'indri', cycles: ['indri'] },
  ])('$input is the $cycles series', ({ input, cycles }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, cycles, stable: true, unversioned: false });
  });

  it.each([
    ['antelope', '2023.1'],
    ['bobcat', '2023.2'],
    ['caracal', '2024.1'],
    ['dalmatian', '2024.2'],
    ['epoxy', '2025.1'],
    ['flamingo', '2025.2'],
    ['gazpacho', '2026.1'],
    ['hibiscus', '2026.2'],
    ['indri', '2027.1'],
  ])('%s has release id %s', (codename, releaseId) => {
    expect(scheme.compare(codename, releaseId)).toBe(0);
    expect(scheme.parse(releaseId)?.cycles).toEqual([codename]);
  });

  it('the release part is the chronological index (austin 0, zed 25, antelope 26)', () => {
    expect(scheme.parse('austin')?.release).toEqual([0]);
    expect(scheme.parse('zed')?.release).toEqual([25]);
    expect(scheme.parse('2023.1')?.release).toEqual([26]);
  });

  it.each(['gnocchi', '4.5.0', '2023.3', '2014.1', 'stable', 'stable/', 'master', 'zed-rc1', 'stable/zed/x'])(
    '%j is not an OpenStack series (project versions like gnocchi 4.5.0 are SemVer)',
    (input) => {
      expect(scheme.parse(input)).toBeUndefined();
    },
  );

  it.each([
    ['yoga', 'zed'],
    ['zed', 'antelope'],
    ['stable/zed', '2023.1'],
    ['2023.2', '2024.1'],
    ['kilo', 'liberty'],
  ])('%s is older than %s', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
    expect(scheme.compareCycles(a, b)).toBeLessThan(0);
  });

  it('series are listed chronologically, each name once', () => {
    const names = SERIES.map(([codename]) => codename);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(25)).toBe('zed');
    expect(scheme.compareCycles('zed', 'antelope')).toBeLessThan(0);
  });
});
