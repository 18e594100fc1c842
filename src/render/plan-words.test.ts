import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../test/builders.js';
import { planRelease } from '../core/plan/plan.js';
import { bruteForce } from '../core/plan/program.js';
import { reasonText, rejectionText } from './plan-words.js';

const mature = (id: string, released: string, end: string, later: readonly [string, string]) =>
  cycle(id, released, end, {
    points: points([
      [`${id}.0`, released],
      [`${id}.1`, later[0]],
      [`${id}.2`, later[1]],
    ]),
  });

describe('plan words: a candidate chosen because it is maintained longest', () => {
  // OVS-like: 3.0 ends 2023-08-15 (291 days before R2's end 2024-06-01), 3.1 ends 2024-02-17 (105 days before)
  const ws = new WorkspaceBuilder()
    .product('ovs', 'semver', [
      mature('3.0', '2021-01-10', '2023-08-15', ['2021-03-01', '2021-06-01']),
      mature('3.1', '2022-01-10', '2024-02-17', ['2022-03-01', '2022-06-01']),
    ])
    .component('ovs', 'ovs')
    .release('R1', '2021-09-01', '2022-09-01', { ovs: '3.0.2' })
    .build();
  const plan = planRelease(ws, { release: 'R2', date: d('2023-06-01'), end: d('2024-06-01'), asOf: d('2023-05-01') }, bruteForce);
  const pc = plan.components[0]!;

  it('the chosen one says it is maintained longest of the candidates, and how many days short', () => {
    const texts = pc.reasons.map((r) => reasonText(r, pc, plan, () => undefined));
    expect(texts).toContainEqual(
      expect.stringContaining('3.1: maintained until 2024-02-17: maintained longest of the candidates, 105 days short (2 run out before the end)'),
    );
  });

  it('the rejected one says how many days short it falls, against the chosen one', () => {
    expect(pc.rejected.map((r) => rejectionText(r.because))).toEqual(['horizon (error), 291 days short (the chosen: 105)']);
  });
});
