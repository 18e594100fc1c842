import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import type { PlainDate } from '../core/dates.js';
import { siteData, siteMatrix } from './site.js';

const day = (d: string) => d as PlainDate;

const scs = join(repoRoot, 'examples/scs');

describe('the dashboard data of the SCS example', () => {
  it('marks the Pacific problem on R4: maintenance ends 2023-06-01, 157 days before R4 ends, as known on 2023-03-20', async () => {
    const d = await siteData({ workspace: scs, asOf: day('2023-03-20'), today: day('2026-11-30') }, []);
    const r4 = d.timeline.releases.find((r) => r.id === 'R4');
    const ceph = r4?.crossings.find((c) => c.component === 'ceph');
    expect(ceph).toMatchObject({
      product: 'Ceph',
      cycle: '16',
      codename: 'Pacific',
      phase: 'maintained',
      date: '2023-06-01',
      releaseEnd: '2023-11-05',
      daysBeforeEnd: 157,
      past: false,
    });
    const row = r4?.rows.find((r) => r.component === 'ceph' && !r.alternative);
    expect(row?.spans).toEqual([{ phase: 'maintained', start: '2021-03-31', end: '2023-06-01' }]);
    // the alternative Quincy outlives R4: no crossing
    expect(r4?.rows.find((r) => r.component === 'ceph' && r.alternative)?.crossing).toBeUndefined();
    expect(d.timeline).toMatchObject({ asOf: day('2023-03-20'), today: day('2026-11-30') });
    expect(d.timeline.to > '2026-11-30').toBe(true);
  });

  it.each([
    ['2023-03-20', 'maintained', true],
    ['2023-11-05', 'ended', true],
  ])('the matrix cell of Pacific in R4 as of %s is %s (crossing: %s)', async (asOf, state, crosses) => {
    const m = await siteMatrix({ workspace: scs, asOf: day(asOf) });
    expect(m.rows.find((r) => r.component === 'ceph')?.cells.R4).toMatchObject({ state, version: '16.2.11', cycle: '16', codename: 'Pacific', crosses });
    expect(m.states).toContain(state);
  });

  it('leaves pins without lifecycle data out of the matrix, and counts them', async () => {
    const m = await siteMatrix({ workspace: scs, asOf: day('2023-03-20') });
    expect(m.rows.some((r) => r.component === 'manager')).toBe(false);
    expect(m.omitted).toBeGreaterThan(0);
    expect(m.releases.map((r) => r.id)).toEqual(['R3', 'R4', 'R4.1']);
  });

  it('offers a matrix on each release date and end', async () => {
    const d = await siteData({ workspace: scs, asOf: day('2023-03-20'), today: day('2023-03-20') }, []);
    expect(d.matrixDates).toEqual(['2022-09-21', '2023-03-20', '2023-03-22', '2023-04-18', '2023-05-05', '2023-11-05']);
    expect(d.plans).toBeUndefined();
    expect(d.paths).toBeUndefined();
  });

  it('plans the releases dated after the as-of date, each from the one before; paths lead from each release to the latest', async () => {
    const d = await siteData({ workspace: scs, asOf: day('2023-03-20'), today: day('2023-03-20') });
    expect(d.plans?.map((p) => [p.kind, p.plan.release.id, p.plan.base.id, p.plan.point])).toEqual([
      ['upcoming', 'R4', 'R3', false],
      ['upcoming', 'R4.1', 'R4', true],
    ]);
    expect(d.paths?.map((p) => [p.from, p.to])).toEqual([
      ['R3', 'R4.1'],
      ['R4', 'R4.1'],
    ]);
  });

  it('plans the next release on the as-of date when none is dated after it', async () => {
    const d = await siteData({ workspace: scs, asOf: day('2024-01-10'), today: day('2024-01-10') }, ['plans']);
    expect(d.plans?.map((p) => [p.kind, p.plan.release.id, p.plan.release.date, p.plan.base.id])).toEqual([['next', 'next', '2024-01-10', 'R4.1']]);
  });
});
