import { describe, expect, it } from 'vitest';
import { cycle, d, points } from '../../../test/builders.js';
import { getScheme } from '../versions/registry.js';
import { phaseOn, pointReleasesAsOf, resolveEnd } from './phases.js';
import { knownAt } from './replay.js';
import type { Product } from './types.js';

const ceph = getScheme('ceph')!;
const pacificNow = cycle('16', '2021-03-31', { announced: '2023-10-01', actual: '2024-03-04' }, { codename: 'Pacific' });
const quincy = cycle(
  '17',
  '2022-04-19',
  { announced: '2024-06-01' },
  {
    codename: 'Quincy',
    points: points([
      ['17.2.0', '2022-04-19'],
      ['17.2.1', '2022-06-23'],
      ['17.2.2', '2022-07-21'],
      ['17.2.3', '2022-07-29'],
      ['17.2.4', '2022-09-30'],
      ['17.2.5', '2022-10-19'],
      ['17.2.6', '2023-04-10'],
    ]),
  },
);
const reef = cycle('18', '2023-08-07', { announced: '2025-08-01' }, { codename: 'Reef' });
const product: Product = {
  id: 'ceph',
  name: 'Ceph',
  scheme: 'ceph',
  sources: [],
  cycles: [reef, quincy, pacificNow],
  history: [
    { recorded: d('2021-03-31'), cycle: '16', field: 'maintained.announced', to: '2023-06-01' },
    { recorded: d('2023-07-01'), cycle: '16', field: 'maintained.announced', to: '2023-10-01' },
    { recorded: d('2024-03-04'), cycle: '16', field: 'maintained.actual', to: '2024-03-04' },
    { recorded: d('2023-08-07'), cycle: '18', field: 'maintained.announced', to: '2025-08-01' },
  ],
};

describe('knownAt replays the history up to the as-of date', () => {
  it.each([
    ['2023-03-20', '2023-06-01', 'announced', undefined],
    ['2023-07-01', '2023-10-01', 'announced', undefined],
    ['2024-03-03', '2023-10-01', 'announced', undefined],
    ['2024-03-04', '2024-03-04', 'actual', 155],
    ['2026-11-25', '2024-03-04', 'actual', 155],
  ])('as known on %s, Pacific leaves maintenance on %s (%s)', (asOf, date, basis, diff) => {
    const pacific = knownAt(product, d(asOf)).find('16')!;
    const end = resolveEnd(pacific, 'maintained');
    expect(end.date).toBe(date);
    expect(end.basis).toBe(basis);
    expect(end.differenceDays).toBe(diff);
  });

  it('finds a cycle by codename, case-insensitively', () => {
    expect(knownAt(product, d('2023-03-20')).find('pacific')?.id).toBe('16');
  });

  it('does not know Reef on 2023-03-20 (announced on 2023-08-07) but does after', () => {
    expect(knownAt(product, d('2023-03-20')).find('18')).toBeUndefined();
    expect(knownAt(product, d('2023-08-07')).find('reef')?.id).toBe('18');
  });

  it('says the current file was used when there is no history', () => {
    const k = knownAt({ ...product, history: [] }, d('2024-04-01'));
    expect(k.basis).toBe('current');
    expect(resolveEnd(k.find('16')!, 'maintained').date).toBe('2024-03-04');
  });

  it('never uses an actual end later than the as-of date: it had not happened yet', () => {
    const k = knownAt({ ...product, history: [] }, d('2023-03-20'));
    expect(resolveEnd(k.find('16')!, 'maintained')).toMatchObject({ date: '2023-10-01', basis: 'announced' });
  });

  it('Pacific is maintained on 2023-05-31 and not on 2023-06-02, as known on 2023-03-20', () => {
    const pacific = knownAt(product, d('2023-03-20')).find('16')!;
    expect(phaseOn(pacific, d('2023-05-31'))).toBe('maintained');
    expect(phaseOn(pacific, d('2023-06-02'))).toBe('ended');
  });
});

describe('point releases as of a date', () => {
  it.each([
    ['2022-04-18', 0, undefined],
    ['2022-04-19', 1, '17.2.0'],
    ['2023-03-20', 6, '17.2.5'],
    ['2023-04-10', 7, '17.2.6'],
  ])('Quincy on %s had %i stable point releases, latest %s', (asOf, count, latest) => {
    const s = pointReleasesAsOf(quincy, d(asOf), ceph);
    expect(s.count).toBe(count);
    expect(s.latest?.version).toBe(latest);
  });

  it('does not count release candidates (x.1.z)', () => {
    const c = cycle('17', '2022-04-19', '2024-06-01', {
      points: points([
        ['17.1.0', '2022-03-01'],
        ['17.2.0', '2022-04-19'],
      ]),
    });
    expect(pointReleasesAsOf(c, d('2022-05-01'), ceph).count).toBe(1);
  });
});

describe('phaseOn passes through the phases a product publishes', () => {
  it.each([
    // ends published, date, phase
    [{ security: { announced: d('2024-05-31') } }, '2023-03-20', 'maintained'],
    [{ security: { announced: d('2024-05-31') } }, '2024-06-01', 'ended'],
    [{ maintained: { announced: d('2023-08-27') }, security: { announced: d('2023-10-27') } }, '2023-09-01', 'security'],
    [{ maintained: { announced: d('2024-04-05') }, extended: { announced: false } }, '2024-06-01', 'extended'],
    [{ maintained: { announced: true }, security: { announced: d('2023-12-10') } }, '2023-03-20', 'security'],
    [{}, '2023-03-20', 'unknown'],
  ] as const)('%o on %s: %s', (ends, date, phase) => {
    expect(phaseOn({ id: 'x', released: d('2020-01-01'), ends }, d(date))).toBe(phase);
  });
});

describe('resolveEnd', () => {
  it('bounds an ongoing phase by a later dated one (Grafana 13.2: eoas false, eol 2027-05-18)', () => {
    const c = { id: '13.2', ends: { maintained: { announced: false }, security: { announced: d('2027-05-18') } } };
    expect(resolveEnd(c, 'maintained')).toMatchObject({ date: '2027-05-18', from: 'security' });
    expect(phaseOn(c, d('2029-01-01'))).toBe('ended');
  });
  it('keeps an ongoing phase open when no later phase has an end', () => {
    expect(resolveEnd({ id: '7', ends: { security: { announced: false } } }, 'maintained')).toMatchObject({ open: true });
  });
});
