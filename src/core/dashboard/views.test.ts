import { describe, expect, it } from 'vitest';
import { cycle, d, WorkspaceBuilder } from '../../../test/builders.js';
import { check } from '../check/check.js';
import { matrixDates, matrixView, timelineView } from './views.js';

const names = (id: string) => ({ ceph: 'Ceph', ubuntu: 'Ubuntu' })[id];

/** Ceph 16 maintained until 2023-06-01; Ubuntu 22.04 maintained until 2027-04-01, then security until 2032-04-01; a pin without lifecycle. */
function workspace() {
  return new WorkspaceBuilder()
    .product('ceph', 'ceph', [cycle('16', '2021-03-31', '2023-06-01', { codename: 'Pacific' }), cycle('17', '2022-04-19', false, { codename: 'Quincy' })])
    .product('ubuntu', 'ubuntu', [
      { id: '22.04', released: d('2022-04-21'), ends: { maintained: { announced: d('2027-04-01') }, security: { announced: d('2032-04-01') } } },
    ])
    .component('ceph', 'ceph')
    .component('ubuntu', 'ubuntu')
    .release('R4', '2023-03-22', '2023-11-05', { ceph: '16.2.11', ubuntu: '22.04', manager: '5.0.0' }, { ceph: '17.2.5' })
    .release('R0', '2020-01-01', '2020-06-01', { manager: '1.0.0' })
    .build();
}

describe('the timeline view', () => {
  const report = check(workspace(), { asOf: d('2023-03-20') });
  const t = timelineView(report, names, d('2023-04-01'));
  const r4 = t.releases.find((r) => r.id === 'R4');

  it('gives each pinned cycle its phases one after the other; a phase without an announced end has none', () => {
    expect(r4?.rows.map((r) => [r.component, r.alternative, r.spans])).toEqual([
      ['ceph', false, [{ phase: 'maintained', start: '2021-03-31', end: '2023-06-01' }]],
      [
        'ubuntu',
        false,
        [
          { phase: 'maintained', start: '2022-04-21', end: '2027-04-01' },
          { phase: 'security', start: '2027-04-01', end: '2032-04-01' },
        ],
      ],
      ['ceph', true, [{ phase: 'maintained', start: '2022-04-19', end: undefined }]],
    ]);
  });

  it('marks where the checked phase ends before the release does (Pacific, 157 days before R4), and nowhere else', () => {
    expect(r4?.crossings).toEqual([
      {
        release: 'R4',
        component: 'ceph',
        product: 'Ceph',
        cycle: '16',
        codename: 'Pacific',
        phase: 'maintained',
        date: '2023-06-01',
        releaseEnd: '2023-11-05',
        daysBeforeEnd: 157,
        past: false,
      },
    ]);
  });

  it('says a crossing is past once the as-of date reaches it', () => {
    const later = timelineView(check(workspace(), { asOf: d('2023-07-01') }), names, d('2023-07-01'));
    expect(later.releases.find((r) => r.id === 'R4')?.crossings[0]?.past).toBe(true);
  });

  it('keeps a release without lifecycle data, with no rows; the axis spans every start to 180 days after the last end or today', () => {
    expect(t.releases.find((r) => r.id === 'R0')).toMatchObject({ rows: [], crossings: [] });
    expect([t.from, t.to]).toEqual(['2020-01-01', '2024-05-03']);
    expect(timelineView(report, names, d('2030-01-01')).to).toBe('2030-06-30');
  });
});

describe('the matrix view', () => {
  it('shows each default pin with a lifecycle, in its phase on the date; leaves out and counts those without', () => {
    const m = matrixView(check(workspace(), { asOf: d('2023-07-01') }), names);
    expect(m.rows.map((r) => [r.component, r.product, r.cells.R4?.state, r.cells.R4?.crosses])).toEqual([
      ['ceph', 'Ceph', 'ended', true],
      ['ubuntu', 'Ubuntu', 'maintained', false],
    ]);
    expect(m.omitted).toBe(2);
    expect(m.states).toEqual(['maintained', 'ended']);
  });

  it('offers the release dates and ends and the as-of date, each once, in order', () => {
    expect(matrixDates(check(workspace(), { asOf: d('2023-03-22') }))).toEqual(['2020-01-01', '2020-06-01', '2023-03-22', '2023-11-05']);
  });
});
