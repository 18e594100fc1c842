import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, feasible, type IntegerProgram, type Row, type Solver, solveLexicographic } from '../core/plan/program.js';
import { highsSolver } from './plan.js';

let highs: Solver;
beforeAll(async () => {
  highs = await highsSolver();
});

/** The reference: every assignment of the whole program, the lexicographically least objective vector. */
function bruteForceOptimum(p: IntegerProgram): number[] | undefined {
  let best: number[] | undefined;
  const n = p.variables.length;
  for (let mask = 0; mask < 2 ** n; mask++) {
    const values = p.variables.map((_, i) => (mask >> i) & 1);
    if (!feasible(p.rows, values)) continue;
    const cost = p.objectives.map((o) => evaluate(o, values));
    if (!best || lexLess(cost, best)) best = cost;
  }
  return best;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i >= 0 && (a[i] as number) < (b[i] as number);
}

/**
 * A random plan-shaped program: 1–4 components with 1–3 candidates each (exactly one chosen), random
 * costs in the planner's four objectives (errors, warnings, days short of the horizon beyond the
 * component's candidate maintained longest — 0 for at least one candidate —, change cost), and "when
 * a picks i, b must pick one of S" rules with a paid slack (at error or warning).
 */
const planPrograms = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
    seed: fc.array(fc.nat({ max: 1000 }), { minLength: 60, maxLength: 60 }),
    rules: fc.nat({ max: 4 }),
  })
  .map(({ sizes, seed, rules }): IntegerProgram => {
    let s = 0;
    const next = (m: number) => (seed[s++ % seed.length] as number) % m;
    const variables: string[] = [];
    const rows: Row[] = [];
    const objectives: [number, number][][] = [[], [], [], []];
    const groups: number[][] = [];
    for (const [c, size] of sizes.entries()) {
      const group = Array.from({ length: size }, (_, k) => variables.push(`x${c}_${k}`) - 1);
      groups.push(group);
      rows.push({ name: `one${c}`, terms: group.map((v) => [v, 1] as const), lower: 1, upper: 1 });
      for (const v of group)
        for (const [o, terms] of objectives.entries()) if (next(3) && (o !== 2 || v !== group[0])) terms.push([v, o === 2 ? 1 + next(400) : next(5)]);
    }
    for (let r = 0; r < rules && groups.length > 1; r++) {
      const a = groups[next(groups.length)] as number[];
      const b = groups[next(groups.length)] as number[];
      if (a === b) continue;
      const when = a[next(a.length)] as number;
      const allowed = b.filter(() => next(2) === 1);
      const slack = variables.push(`s${r}`) - 1;
      (objectives[next(2)] as [number, number][]).push([slack, 1 + next(3)]);
      rows.push({ name: `rule${r}`, terms: [[when, 1], ...allowed.map((v) => [v, -1] as const), [slack, -1]], upper: 0 });
    }
    return { variables, rows, objectives };
  });

describe('the planner solves its 0-1 programs optimally (HiGHS, split into independent blocks)', () => {
  it('agrees with brute force on random small plan-shaped programs (also after dropping dominated candidates and rules no choice breaks)', () => {
    fc.assert(
      fc.property(planPrograms, (program) => {
        const result = solveLexicographic(program, highs);
        expect(result.status).toBe('optimal');
        expect(feasible(program.rows, result.values)).toBe(true);
        expect(result.optimum).toEqual(bruteForceOptimum(program));
      }),
      { numRuns: 200 },
    );
  });
});
