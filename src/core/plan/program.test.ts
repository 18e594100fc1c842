import { describe, expect, it } from 'vitest';
import { bruteForce, type IntegerProgram, type Solver, solveLexicographic } from './program.js';

describe('solveLexicographic: the presolve drops candidates another beats lexicographically', () => {
  it('a candidate worse in an earlier objective goes, though it is cheaper in a later one', () => {
    // component 0: x0 (objectives [0, 0, 5, 0]) and x1 ([0, 0, 1, 9]): x1 falls shorter, costs more.
    // component 1: x2, x3; the rule "x2 → not x0 unless slack" links them, so a solver sees the block.
    const program: IntegerProgram = {
      variables: ['x0', 'x1', 'x2', 'x3', 's'],
      rows: [
        {
          name: 'one0',
          terms: [
            [0, 1],
            [1, 1],
          ],
          lower: 1,
          upper: 1,
        },
        {
          name: 'one1',
          terms: [
            [2, 1],
            [3, 1],
          ],
          lower: 1,
          upper: 1,
        },
        {
          name: 'rule',
          terms: [
            [2, 1],
            [3, 1],
            [1, -1],
            [4, -1],
          ],
          upper: 0,
        },
      ],
      objectives: [
        [[4, 1]],
        [],
        [
          [0, 5],
          [1, 1],
        ],
        [
          [1, 9],
          [3, 1],
        ],
      ],
    };
    const seen: string[][] = [];
    const spy: Solver = (p) => {
      seen.push([...p.variables]);
      return bruteForce(p);
    };
    const result = solveLexicographic(program, spy);
    expect(result.values).toEqual([0, 1, 1, 0, 0]);
    expect(result.optimum).toEqual([0, 0, 1, 9]);
    // x0 is beaten in the third objective (5 > 1) before the fourth counts: dropped; x3 costs more than x2: dropped
    expect(seen.flat()).not.toContain('x0');
  });
});
