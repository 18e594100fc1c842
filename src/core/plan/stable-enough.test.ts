import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../../test/builders.js';
import type { Overall } from '../stability/assessment.js';
import { verdictKey } from '../stability/verdicts.js';
import { planRelease } from './plan.js';
import { bruteForce } from './program.js';

/** alpha 1.0 ends in the planned release's lifetime; 1.1.2 and 2.0.2 are mature by the calendar. */
function workspace(products: string[]) {
  const mature = (id: string, released: string, end: string, later: readonly [string, string]) =>
    cycle(id, released, end, {
      points: points([
        [`${id}.0`, released],
        [`${id}.1`, later[0]],
        [`${id}.2`, later[1]],
      ]),
    });
  return new WorkspaceBuilder()
    .product('alpha', 'semver', [
      mature('1.0', '2021-01-10', '2023-07-01', ['2021-03-01', '2021-06-01']),
      mature('1.1', '2022-01-10', '2025-01-01', ['2022-03-01', '2022-06-01']),
      mature('2.0', '2022-02-10', '2025-06-01', ['2022-04-01', '2022-07-01']),
    ])
    .component('alpha', 'alpha')
    .release('R1', '2021-09-01', '2022-09-01', { alpha: '1.0.2' })
    .policy((p) => ({ ...p, stableEnough: { products, severity: 'error' } }))
    .build();
}

const next = { release: 'R2', date: d('2023-06-01'), end: d('2024-06-01'), asOf: d('2023-05-01') };
const verdicts = (entries: Record<string, Overall>) => new Map(Object.entries(entries).map(([v, o]) => [verdictKey('alpha', v), o]));
const chosen = (plan: ReturnType<typeof planRelease>) => plan.components[0]?.to.version;

describe('policy stable_enough: a version counts as mature only when assess says "stable enough"', () => {
  it('the planner passes over 1.1.2, "not yet" stable enough, for 2.0.2, which is', () => {
    const plan = planRelease(
      workspace(['alpha']),
      { ...next, stability: verdicts({ '1.0.2': 'stable-enough', '1.1.2': 'not-yet', '2.0.2': 'stable-enough' }) },
      bruteForce,
    );
    expect(chosen(plan)).toBe('2.0.2');
    const rejected = plan.components[0]?.rejected.find((r) => r.candidate.version === '1.1.2');
    expect(rejected?.because).toEqual({ kind: 'rules', rules: ['not-stable-enough'], severity: 'error' });
  });

  it('a version never assessed is not stable enough either; without the policy, verdicts change nothing', () => {
    const stability = verdicts({ '1.0.2': 'stable-enough', '2.0.2': 'stable-enough' });
    expect(chosen(planRelease(workspace(['alpha']), { ...next, stability }, bruteForce))).toBe('2.0.2');
    expect(chosen(planRelease(workspace([]), { ...next, stability: verdicts({ '1.1.2': 'not-yet' }) }, bruteForce))).toBe('1.1.2');
  });

  it('says nothing where no verdicts were computed (a check)', () => {
    expect(chosen(planRelease(workspace(['alpha']), next, bruteForce))).toBe('1.1.2');
  });
});
