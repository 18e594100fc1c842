import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../dates.js';
import { lifecycleUpdate } from './diff.js';
import { knownAt } from './replay.js';
import type { Cycle, Fact, Product } from './types.js';

const d = (s: string) => s as PlainDate;
const SYNC = d('2026-11-30');

function product(cycles: Cycle[], history: Fact[] = []): Product {
  return { id: 'p', name: 'P', scheme: 'semver', cycles, history, sources: [] };
}

/** The product after the update, as the loader would read it back (history sorted by date). */
function applied(p: Product, upstream: Cycle[]): Product {
  const u = lifecycleUpdate(p, upstream, SYNC, 'test');
  const history = [...p.history, ...u.facts].sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
  return { ...p, cycles: u.cycles, history };
}

const ONE: Cycle = { id: '1', released: d('2024-01-10'), ends: { maintained: { announced: d('2026-01-10') } } };

describe('lifecycleUpdate: what changed upstream becomes history recorded on the sync date', () => {
  it('a moved end of a pair the history never named gets a baseline at the release, then the change', () => {
    const moved: Cycle = { ...ONE, ends: { maintained: { announced: d('2026-07-10') } } };
    const u = lifecycleUpdate(product([ONE]), [moved], SYNC, 'src');
    expect(u.changes).toEqual([{ kind: 'field', cycle: '1', field: 'maintained.announced', from: '2026-01-10', to: '2026-07-10' }]);
    expect(u.facts.map((f) => [f.recorded, f.field, f.to])).toEqual([
      ['2024-01-10', 'maintained.announced', '2026-01-10'],
      ['2026-11-30', 'maintained.announced', '2026-07-10'],
    ]);
  });

  it.each([
    ['2024-06-01', '2026-01-10'],
    ['2026-11-29', '2026-01-10'],
    ['2026-11-30', '2026-07-10'],
    ['2027-01-01', '2026-07-10'],
  ])('as known on %s, the end is %s (answers before the sync do not change)', (asOf, end) => {
    const after = applied(product([ONE]), [{ ...ONE, ends: { maintained: { announced: d('2026-07-10') } } }]);
    expect(knownAt(after, d(asOf)).find('1')?.ends.maintained?.announced).toBe(end);
  });

  it('a pair the history already names gets the change only', () => {
    const history: Fact[] = [{ recorded: d('2024-01-10'), cycle: '1', field: 'maintained.announced', to: d('2026-01-10') }];
    const u = lifecycleUpdate(product([ONE], history), [{ ...ONE, ends: { maintained: { announced: d('2026-07-10') } } }], SYNC, 'src');
    expect(u.facts).toEqual([{ recorded: SYNC, cycle: '1', field: 'maintained.announced', to: '2026-07-10', source: 'src' }]);
  });

  it('a new cycle is unknown before the sync date; a dropped one is kept and said', () => {
    const two: Cycle = { id: '2', released: d('2026-11-01'), ends: {} };
    const after = applied(product([ONE]), [two]);
    expect(knownAt(after, d('2026-11-29')).find('2')).toBeUndefined();
    expect(knownAt(after, SYNC).find('2')?.released).toBe('2026-11-01');
    expect(after.cycles.map((c) => c.id)).toEqual(['2', '1']);
    expect(lifecycleUpdate(product([ONE]), [two], SYNC, 's').changes).toEqual([
      { kind: 'cycle-added', cycle: '2' },
      { kind: 'cycle-removed', cycle: '1' },
    ]);
  });

  it('a field that disappears upstream is recorded as removed (null)', () => {
    const u = lifecycleUpdate(product([{ ...ONE, latest: '1.4' }]), [ONE], SYNC, 's');
    expect(u.facts.at(-1)).toMatchObject({ field: 'latest', to: null, recorded: SYNC });
  });

  it('the same cycles change nothing', () => {
    expect(lifecycleUpdate(product([ONE]), [ONE], SYNC, 's')).toMatchObject({ facts: [], changes: [] });
  });
});
