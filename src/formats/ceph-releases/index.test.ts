import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { d } from '../../../test/builders.js';
import { data, repoRoot } from '../../../test/paths.js';
import { UpkeepError } from '../../core/errors.js';
import { pointReleasesAsOf, resolveEnd } from '../../core/lifecycle/phases.js';
import { validateLifecycle } from '../../core/lifecycle/validate.js';
import { getScheme } from '../../core/versions/registry.js';
import { cephProduct, importCephReleases, parseCephReleases } from './index.js';

const ceph = importCephReleases(data('ceph/releases.yml')).products[0]!;
const scheme = getScheme('ceph')!;
const cycle = (id: string) => ceph.cycles.find((c) => c.id === id)!;

describe("Ceph's releases.yml", () => {
  it('keys cycles by major version with the name as codename and alias', () => {
    expect(cycle('16')).toMatchObject({ codename: 'Pacific', aliases: ['pacific'], released: '2021-03-31' });
    expect(ceph.cycles.map((c) => `${c.id} ${c.codename}`)).toEqual([
      '20 Tentacle',
      '19 Squid',
      '18 Reef',
      '17 Quincy',
      '16 Pacific',
      '15 Octopus',
      '14 Nautilus',
      '13 Mimic',
      '12 Luminous',
    ]);
  });

  it('keeps the announced and the actual end: Pacific announced 2023-10-01, ended 2024-03-04', () => {
    const end = resolveEnd(cycle('16'), 'maintained');
    expect(end).toMatchObject({ date: '2024-03-04', basis: 'actual', announced: '2023-10-01', differenceDays: 155 });
  });

  it.each([
    ['2023-03-20', 6, '17.2.5', '2022-10-19'],
    ['2023-04-10', 7, '17.2.6', '2023-04-10'],
    ['2026-11-25', 10, '17.2.9', '2025-05-27'],
  ])('Quincy had, on %s, %i point releases, the latest %s of %s', (asOf, count, latest, date) => {
    const s = pointReleasesAsOf(cycle('17'), d(asOf), scheme);
    expect(s).toMatchObject({ count, latest: { version: latest, date } });
  });

  const bad = (releases: string) => () =>
    cephProduct(parseCephReleases(`releases:\n  pacific:\n    target_eol: 2023-06-01\n${releases}`, 'releases.yml'), 'releases.yml');
  it.each([
    ['a release without a date', '    releases:\n      - {version: 16.2.0}\n', /16\.2\.0 has no date/],
    ['a date in the wrong form', '    releases:\n      - {version: 16.2.0, released: 31.03.2021}\n', /31\.03\.2021" is not a date/],
    [
      'a day that does not exist',
      '    releases:\n      - {version: 16.2.0, released: 2021-02-29}\n',
      /released: 2021-02-29 is not a real calendar date: 2021 is not a leap year/,
    ],
    ['a version not of Ceph', '    releases:\n      - {version: pacific-1, released: 2021-03-31}\n', /not a Ceph version/],
    [
      'an actual end before the first release',
      '    actual_eol: 2020-01-01\n    releases:\n      - {version: 16.2.0, released: 2021-03-31}\n',
      /precedes the first release/,
    ],
  ])('rejects %s with the entry and a fix', (_what, yaml, message) => {
    try {
      bad(yaml)();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UpkeepError);
      const err = e as UpkeepError;
      expect(err.code).toBe('UPK_IMPORT_SHAPE');
      expect(err.message).toMatch(message);
      expect(err.location.file).toBe('releases.yml');
      expect(err.location.line).toBeGreaterThan(1);
      expect(err.hint.length).toBeGreaterThan(5);
    }
  });
});

describe("Ceph's full releases.yml (test/fixtures/ceph: archived releases and the development section)", () => {
  const full = importCephReleases(resolve(repoRoot, 'test/fixtures/ceph/releases.yml')).products[0]!;
  const of = (id: string) => full.cycles.find((c) => c.id === id)!;

  it('imports every named release, Dumpling (0.67) to Reef (18), newest first', () => {
    expect(full.cycles.map((c) => `${c.id} ${c.codename ?? ''}`.trim())).toEqual([
      '18 Reef',
      '17 Quincy',
      '16 Pacific',
      '15 Octopus',
      '14 Nautilus',
      '13 Mimic',
      '12 Luminous',
      '11 Kraken',
      '10 Jewel',
      '9 Infernalis',
      '0.94 Hammer',
      '0.87 Giant',
      '0.80 Firefly',
      '0.72 Emperor',
      '0.67 Dumpling',
    ]);
    expect(validateLifecycle(full)).toEqual([]);
  });

  it("keeps Hammer's dates: released 2015-04-01 (0.94), announced end 2017-05-01, ended 2017-08-01", () => {
    expect(of('0.94')).toMatchObject({ released: '2015-04-01', ends: { maintained: { announced: '2017-05-01', actual: '2017-08-01' } } });
    expect(pointReleasesAsOf(of('0.94'), d('2016-12-31'), scheme)).toMatchObject({ count: 10, latest: { version: '0.94.9' } });
  });

  it('puts development releases in the cycle they led to, never counted as point releases (Octopus: 15.0.0, 15.1.0, 15.1.1)', () => {
    expect(
      of('15')
        .points!.filter((p) => !scheme.parse(p.version)!.stable)
        .map((p) => p.version),
    ).toEqual(['15.0.0', '15.1.0', '15.1.1']);
    expect(of('15').released).toBe('2020-03-23');
    expect(pointReleasesAsOf(of('15'), d('2020-03-23'), scheme).count).toBe(1);
    expect(of('0.94').points!.map((p) => p.version)).toContain('0.93');
  });
});
