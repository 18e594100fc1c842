import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../../test/builders.js';
import type { Fact } from '../lifecycle/types.js';
import { noticeOf } from './build.js';
import { endMoves } from './history.js';

const fact = (recorded: string, field: Fact['field'], to: string | null): Fact => ({ recorded: d(recorded), cycle: '1.0', field, to: to as Fact['to'] });

/** Store 1.0 was to end on 2023-06-01; on 2023-07-01 the end moved to 2023-10-01; R1 runs until 2023-11-05, R1.1 upgrades to 2.0. */
function stack() {
  return new WorkspaceBuilder()
    .product(
      'store',
      'semver',
      [
        cycle('1.0', '2021-01-10', '2023-10-01', {
          codename: 'Oak',
          points: points([
            ['1.0.0', '2021-01-10'],
            ['1.0.1', '2021-03-01'],
          ]),
        }),
        cycle('2.0', '2022-01-10', '2025-06-01', {
          points: points([
            ['2.0.0', '2022-01-10'],
            ['2.0.1', '2022-03-01'],
          ]),
        }),
      ],
      [fact('2021-01-10', 'maintained.announced', '2023-06-01'), fact('2023-07-01', 'maintained.announced', '2023-10-01')],
    )
    .product('web', 'semver', [cycle('3.0', '2021-01-10', '2026-01-01')])
    .component('store', 'store')
    .component('web', 'web')
    .release('R1', '2023-03-22', '2023-11-05', { store: '1.0.1', web: '3.0.1' })
    .release('R1.1', '2023-05-01', '2023-11-05', { store: '2.0.1', web: '3.0.1' })
    .commitment({ release: 'R1', component: 'store', cycle: '1.0', by: 'community', scope: 'security', until: '2023-11-05' });
}

describe('endMoves: changed dates in the lifecycle history', () => {
  it('announces a moved end once it is recorded, not the first publication', () => {
    const product = stack().build().products.get('store')!;
    expect(endMoves(product, new Set(['1.0']), d('2023-06-30'))).toEqual([]);
    expect(endMoves(product, new Set(['1.0']), d('2023-07-01'))).toEqual([
      { cycle: '1.0', phase: 'maintained', from: '2023-06-01', to: '2023-10-01', basis: 'announced', recorded: '2023-07-01' },
    ]);
  });

  it('reads an actual end that differs from the announced one as a change', () => {
    const product = {
      ...stack().build().products.get('store')!,
      history: [fact('2021-01-10', 'maintained.announced', '2023-06-01'), fact('2023-06-10', 'maintained.actual', '2023-06-09')],
    };
    expect(endMoves(product, new Set(['1.0']), d('2024-01-01'))).toMatchObject([{ from: '2023-06-01', to: '2023-06-09', basis: 'actual' }]);
  });
});

describe('noticeOf: what a notice says, per audience', () => {
  const ws = stack().build();

  it('the public gets the maintenance-promise table: upstream, then the commitment that takes over; no findings', () => {
    const view = noticeOf(ws, { audience: 'public', asOf: d('2023-03-20'), releases: ['R1'] });
    expect(view.findings).toEqual([]);
    expect(view.promises.filter((p) => p.component === 'store').map((p) => `${p.by} ${p.scope} ${p.until} ${p.coversRelease}`)).toEqual([
      'upstream bug-fixes 2023-06-01 false',
      'community security 2023-11-05 true',
    ]);
  });

  it('operators get what to do by when: the end before the release ends, the commitment covering it, the point release that upgrades', () => {
    const view = noticeOf(ws, { audience: 'operators', asOf: d('2023-03-20'), releases: ['R1'] });
    const end = view.ends.find((e) => e.component === 'store');
    expect(end).toMatchObject({
      end: '2023-06-01',
      beforeReleaseEnd: true,
      covered: true,
      upgradeIn: { release: 'R1.1', version: '2.0.1' },
      knownSince: '2021-01-10',
    });
    expect(view.upgrades.map((u) => `${u.release} ${u.component} ${u.fromVersion}→${u.toVersion}`)).toEqual(['R1.1 store 1.0.1→2.0.1']);
    expect(view.findings.every((f) => f.severity !== 'info')).toBe(true);
  });

  it('feed ids come from content, not the date: an unchanged entry keeps its id; a moved end is a new entry', () => {
    const before = noticeOf(ws, { audience: 'public', asOf: d('2023-03-20'), releases: ['R1'] });
    const same = noticeOf(ws, { audience: 'public', asOf: d('2023-05-01'), releases: ['R1'] });
    const after = noticeOf(ws, { audience: 'public', asOf: d('2023-08-01'), releases: ['R1'] });
    expect(same.feed).toEqual(before.feed);
    expect(before.feed.map((e) => e.id)).toContain('urn:upkeep:test:end:R1:store:1.0:maintained:2023-06-01:community::2023-11-05');
    expect(after.feed.map((e) => e.id)).toContain('urn:upkeep:test:end:R1:store:1.0:maintained:2023-10-01:community::2023-11-05');
    expect(after.feed.find((e) => e.item.kind === 'moved')).toMatchObject({
      id: 'urn:upkeep:test:moved:store:1.0:maintained:announced:2023-06-01:2023-10-01',
      updated: '2023-07-01',
    });
  });

  it('calendar UIDs name the cycle and phase: the event moves with its end', () => {
    const uids = (asOf: string) => noticeOf(ws, { audience: 'operators', asOf: d(asOf), releases: ['R1'] }).events.map((e) => `${e.uid} ${e.date}`);
    expect(uids('2023-03-20')).toEqual([
      'upgrade-r1.1@test.upkeep 2023-05-01',
      'end-store-1.0-maintained@test.upkeep 2023-06-01',
      'end-web-3.0-maintained@test.upkeep 2026-01-01',
    ]);
    expect(uids('2023-08-01')).toContain('end-store-1.0-maintained@test.upkeep 2023-10-01');
  });

  it('keeps only the products asked for', () => {
    const view = noticeOf(ws, { audience: 'operators', asOf: d('2023-03-20'), releases: ['R1'], products: ['web'] });
    expect(new Set([...view.promises, ...view.ends].map((p) => p.product))).toEqual(new Set(['web']));
    expect(view.upgrades).toEqual([]);
  });

  it('speaks by default of the releases not ended on the as-of date', () => {
    const old = stack().release('R0', '2022-01-01', '2023-01-01', { web: '3.0.0' }).build();
    expect(noticeOf(old, { audience: 'public', asOf: d('2023-03-20') }).releases.map((r) => r.id)).toEqual(['R1', 'R1.1']);
  });
});
