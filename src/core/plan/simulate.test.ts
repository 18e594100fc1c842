import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../../test/builders.js';
import { UpkeepError } from '../errors.js';
import type { PlanQuery } from './plan.js';
import { planRelease } from './plan.js';
import { bruteForce } from './program.js';
import { addDuration, type Planner, parseDuration, simulate } from './simulate.js';
import type { Plan } from './types.js';

/**
 * One product: cycle 1.0 ends 2023-03-31; 1.1 (a year old, three point releases by 2023) lasts
 * until 2026. R1 runs 1.0.2.
 */
function oneProduct() {
  return new WorkspaceBuilder()
    .product('alpha', 'semver', [
      cycle('1.0', '2020-01-10', '2023-03-31', {
        points: points([
          ['1.0.0', '2020-01-10'],
          ['1.0.1', '2020-03-01'],
          ['1.0.2', '2020-06-01'],
        ]),
      }),
      cycle('1.1', '2022-01-01', '2026-01-01', {
        points: points([
          ['1.1.0', '2022-01-01'],
          ['1.1.1', '2022-03-01'],
          ['1.1.2', '2022-06-01'],
        ]),
      }),
    ])
    .component('alpha', 'alpha')
    .release('R1', '2022-06-01', '2023-06-01', { alpha: '1.0.2' })
    .build();
}

const year2023 = { cadences: [parseDuration('6m', '--cadence')], lifetime: parseDuration('12m', '--lifetime'), from: d('2023-01-01'), to: d('2023-12-31') };

/** A planner that keeps every version (to see the outcome judged on its own), recording what it was asked. */
function keepAll(asked: PlanQuery[]): Planner {
  return (ws, q) => {
    asked.push(q);
    const base = ws.releases.find((r) => r.id === q.from);
    const components = (base?.pins ?? []).map((p) => ({ component: p.component, to: { version: p.version }, change: 'keep' }));
    return { status: 'qualifies', counts: { keep: components.length, patch: 0, minor: 0, major: 0 }, components } as unknown as Plan;
  };
}

describe('simulate: the planner replayed at each release date of a cadence', () => {
  it('plans each release on its date with what was known then, each replacing the previous simulated one', () => {
    const asked: PlanQuery[] = [];
    const s = simulate(oneProduct(), year2023, keepAll(asked));
    expect(asked.map((q) => [q.release, q.date, q.asOf, q.end, q.from])).toEqual([
      ['6m-1', '2023-01-01', '2023-01-01', '2024-01-01', 'R1'],
      ['6m-2', '2023-07-01', '2023-07-01', '2024-07-01', '6m-1'],
    ]);
    expect(s.start).toEqual({ id: 'R1', date: '2022-06-01' });
  });

  it('counts the days of the window on which a live release ran a cycle past its upstream end (1.0 after 2023-03-31: 275 days)', () => {
    const s = simulate(oneProduct(), year2023, keepAll([]));
    const [six] = s.cadences;
    // 2023-04-01 … 2023-12-31; the second release keeps 1.0 too, on days already counted
    expect(six?.daysOutOfMaintenance).toBe(275);
    expect(six?.componentDays).toEqual([{ component: 'alpha', days: 275 }]);
    expect(six?.releases.map((r) => r.outOfMaintenance)).toEqual([
      [{ component: 'alpha', version: '1.0.2', end: '2023-03-31' }],
      [{ component: 'alpha', version: '1.0.2', end: '2023-03-31' }],
    ]);
  });

  it('with the real planner: one minor upgrade (1.0 → 1.1.2), then kept; no day out of maintenance; mean cycle age 456 days', () => {
    const s = simulate(oneProduct(), year2023, (ws, q) => planRelease(ws, q, bruteForce));
    const [six] = s.cadences;
    expect(six?.releases.map((r) => [r.id, r.counts.minor, r.counts.keep])).toEqual([
      ['6m-1', 1, 0],
      ['6m-2', 0, 1],
    ]);
    expect(six?.upgrades).toEqual({ patch: 0, minor: 1, major: 0 });
    expect(six?.daysOutOfMaintenance).toBe(0);
    // 1.1 was 365 days old on 2023-01-01 and 546 on 2023-07-01
    expect(six?.meanAgeDays).toBe(456);
  });

  it('judges the outcome with what was known at the end of the window, not at the release date', () => {
    // 1.1 was announced until 2026, but by the end of 2023 its maintenance had ended on 2023-09-30
    const ws = oneProduct();
    const history = [
      { recorded: d('2022-01-01'), cycle: '1.1', field: 'maintained.announced' as const, to: '2026-01-01' },
      { recorded: d('2023-10-15'), cycle: '1.1', field: 'maintained.announced' as const, to: '2023-09-30' },
    ];
    const alpha = ws.products.get('alpha');
    const known = { ...ws, products: new Map([['alpha', { ...alpha!, history }]]) };
    const s = simulate(known, year2023, (w, q) => planRelease(w, q, bruteForce));
    // the plans chose 1.1 (it was to last until 2026); from 2023-10-01 to 2023-12-31 it ran unmaintained: 92 days
    expect(s.cadences[0]?.releases.map((r) => r.counts.minor)).toEqual([1, 0]);
    expect(s.cadences[0]?.daysOutOfMaintenance).toBe(92);
  });

  it("reports each plan made, of all the cadences' plans (for a progress bar)", () => {
    const seen: [number, number][] = [];
    simulate(oneProduct(), { ...year2023, cadences: ['6m', '3m'].map((c) => parseDuration(c, '--cadence')) }, keepAll([]), (done, total) =>
      seen.push([done, total]),
    );
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 6]));
  });

  it('counts months from the start, keeping the day where the month has it', () => {
    const m = parseDuration('1m', '--cadence');
    expect([1, 2, 3].map((i) => addDuration(d('2023-01-31'), m, i))).toEqual(['2023-02-28', '2023-03-31', '2023-04-30']);
    expect(addDuration(d('2024-02-29'), parseDuration('1y', 'x'))).toBe('2025-02-28');
  });

  it('refuses a cadence that is no duration and a window that ends before it starts (UPK_USAGE)', () => {
    expect(() => parseDuration('six months', '--cadence')).toThrow(UpkeepError);
    expect(() => parseDuration('0m', '--cadence')).toThrow(/--cadence "0m" is not a duration/);
    expect(() => simulate(oneProduct(), { ...year2023, to: d('2022-12-31') }, keepAll([]))).toThrow(/--to 2022-12-31 is before --from 2023-01-01/);
  });
});
