/**
 * A 0-1 integer program, as the planner writes it and a solver reads it: binary variables, linear
 * rows, and objectives minimised one after another (lexicographically). The solver is injected
 * (src/app/plan.ts passes HiGHS): the core builds the model and reads the answer, and stays pure.
 */

/** Σ coef·x over some variables (by index). */
export type Terms = readonly (readonly [variable: number, coef: number])[];

export interface Row {
  readonly name: string;
  readonly terms: Terms;
  readonly lower?: number;
  readonly upper?: number;
}

export interface IntegerProgram {
  /** Variable names (for the solver's text and for messages); every variable is binary. */
  readonly variables: readonly string[];
  readonly rows: readonly Row[];
  /** One cost vector per objective, most important first: the next is minimised with the earlier ones kept at their optimum. */
  readonly objectives: readonly Terms[];
}

export type SolveStatus = 'optimal' | 'infeasible';

export interface SolveResult {
  readonly status: SolveStatus;
  /** 0 or 1 per variable (when optimal). */
  readonly values: readonly number[];
}

/** One single-objective 0-1 program, minimised: what a solver adapter implements. */
export interface SingleObjective {
  readonly variables: readonly string[];
  readonly rows: readonly Row[];
  readonly objective: Terms;
}

/** Minimises one objective over binary variables. HiGHS in the app; brute force in tests. */
export type Solver = (program: SingleObjective) => SolveResult;

export interface LexicographicResult extends SolveResult {
  /** The optimum of each objective, in order. */
  readonly optimum: readonly number[];
}

/** Value of Σ coef·x at a solution. */
export function evaluate(terms: Terms, values: readonly number[]): number {
  let s = 0;
  for (const [v, c] of terms) s += c * (values[v] ?? 0);
  return s;
}

/**
 * Minimises the objectives in order: each later one with every earlier one held at its optimum
 * (one solve per objective). Costs are integers, so "at its optimum" is a row `≤ optimum`, exact.
 * The program is first split into independent blocks (variables no row links): the lexicographic
 * optimum of a sum of independent blocks is each block at its own, so this is exact. A block that
 * is one "exactly one of these" row (a component no rule links to another) is solved by trying each
 * of its variables; only blocks that rules link go to the solver.
 */
export function solveLexicographic(program: IntegerProgram, solver: Solver): LexicographicResult {
  const values = program.variables.map(() => 0);
  const optimum = program.objectives.map(() => 0);
  const { reduced, kept } = presolve(program);
  for (const block of blocks(reduced)) {
    const r = block.program.rows.length === 0 ? unconstrained(block.program) : block.oneOf ? tryEach(block.program) : solveBlock(block.program, solver);
    if (r.status !== 'optimal') return { status: r.status, values: [], optimum: [] };
    for (const [i, v] of block.variables.entries()) values[kept[v] as number] = r.values[i] ?? 0;
  }
  for (const [i, o] of program.objectives.entries()) optimum[i] = Math.round(evaluate(o, values));
  return { status: 'optimal', values, optimum };
}

/** Variables no row constrains: each is 1 only where its costs are lexicographically negative. */
function unconstrained(program: IntegerProgram): SolveResult {
  const cost = program.variables.map(() => program.objectives.map(() => 0));
  for (const [o, terms] of program.objectives.entries())
    for (const [v, c] of terms) {
      const row = cost[v] as number[];
      row[o] = (row[o] as number) + c;
    }
  return {
    status: 'optimal',
    values: cost.map((c) =>
      lexLess(
        c,
        c.map(() => 0),
      )
        ? 1
        : 0,
    ),
  };
}

/**
 * Exact reductions before solving, repeated until nothing changes:
 * - a variable of an "exactly one of" group is dropped (fixed to 0) when another of its group is at
 *   least as good lexicographically in the objectives (the first objective where they differ is
 *   lower) and in every other row (a coefficient no larger in a `≤` row, no smaller in a `≥` row):
 *   swapping one for the other in any solution keeps it feasible and changes the objective vector by
 *   a lexicographically non-positive amount — and the lexicographic order is kept by adding the same
 *   vector to both sides — so an optimum without it exists (of two alike, the later one goes);
 * - a row no choice of the remaining variables can break is dropped (a compatibility rule whose
 *   `when` can no longer hold, or whose `require` every remaining candidate meets), which splits the
 *   program into more independent blocks.
 * The plan's candidates are mostly of this kind: a candidate that breaks more rules, or as many but
 * falls shorter of the horizon or costs more, than another that meets every compatibility rule the
 * other meets, is never needed for the optimum.
 */
function presolve(program: IntegerProgram): { reduced: IntegerProgram; kept: readonly number[] } {
  const n = program.variables.length;
  const groupOf = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  const isGroupRow = program.rows.map((r) => {
    if (r.lower !== 1 || r.upper !== 1 || r.terms.length === 0) return false;
    if (!r.terms.every(([v, c]) => c === 1 && groupOf[v] === -1)) return false;
    if (new Set(r.terms.map(([v]) => v)).size !== r.terms.length) return false;
    for (const [v] of r.terms) groupOf[v] = groups.length;
    groups.push(r.terms.map(([v]) => v));
    return true;
  });
  const costs = program.objectives.map((terms) => {
    const dense = new Float64Array(n);
    for (const [v, c] of terms) dense[v] = (dense[v] as number) + c;
    return dense;
  });
  /** Per variable, its (row, coefficient) in the rows that are not groups, by row. */
  const columns: [number, number][][] = program.variables.map(() => []);
  for (const [r, row] of program.rows.entries()) {
    if (isGroupRow[r]) continue;
    for (const [v, c] of row.terms) {
      const column = columns[v] as [number, number][];
      const last = column[column.length - 1];
      if (last && last[0] === r) last[1] += c;
      else column.push([r, c]);
    }
  }
  const alive = new Uint8Array(n).fill(1);
  const groupLive = Int32Array.from(groups, (g) => g.length);
  const rowAlive = new Uint8Array(program.rows.length).fill(1);

  /** Whether w can stand in for v: lexicographically no costlier, no worse in any live row. */
  const noWorse = (w: number, v: number): boolean => {
    for (const cost of costs) {
      if ((cost[w] as number) > (cost[v] as number)) return false;
      if ((cost[w] as number) < (cost[v] as number)) break;
    }
    const cw = columns[w] as [number, number][];
    const cv = columns[v] as [number, number][];
    let i = 0;
    let j = 0;
    while (i < cw.length || j < cv.length) {
      const rw = i < cw.length ? (cw[i] as [number, number])[0] : Number.POSITIVE_INFINITY;
      const rv = j < cv.length ? (cv[j] as [number, number])[0] : Number.POSITIVE_INFINITY;
      const r = Math.min(rw, rv);
      const a = rw === r ? (cw[i++] as [number, number])[1] : 0;
      const b = rv === r ? (cv[j++] as [number, number])[1] : 0;
      if (!rowAlive[r] || a === b) continue;
      const row = program.rows[r] as Row;
      if (row.upper !== undefined && a > b) return false;
      if (row.lower !== undefined && a < b) return false;
    }
    return true;
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      const live = group.filter((v) => alive[v]);
      for (const v of live)
        for (const w of live) {
          if (w === v || !alive[w] || !noWorse(w, v)) continue;
          if (w > v && noWorse(v, w)) continue; // alike: the later one goes
          alive[v] = 0;
          const g = groupOf[v] as number;
          groupLive[g] = (groupLive[g] as number) - 1;
          changed = true;
          break;
        }
    }
    for (const [r, row] of program.rows.entries()) {
      if (!rowAlive[r] || isGroupRow[r]) continue;
      const [least, most] = activity(row, groupOf, groupLive, alive);
      if ((row.upper === undefined || most <= row.upper + 1e-9) && (row.lower === undefined || least >= row.lower - 1e-9)) {
        rowAlive[r] = 0;
        changed = true;
      }
    }
  }

  const kept: number[] = [];
  const index = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) if (alive[v]) index[v] = kept.push(v) - 1;
  const remap = (t: Terms): Terms => t.filter(([v]) => alive[v]).map(([v, c]) => [index[v] as number, c] as const);
  const rows = program.rows.filter((_, r) => rowAlive[r]).map((row) => ({ ...row, terms: remap(row.terms) }));
  return { reduced: { variables: kept.map((v) => program.variables[v] as string), rows, objectives: program.objectives.map(remap) }, kept };
}

/** The least and the most a row's left side can be over the live variables (one per group, any for the rest). */
function activity(row: Row, groupOf: Int32Array, groupLive: Int32Array, alive: Uint8Array): [number, number] {
  let least = 0;
  let most = 0;
  const byGroup = new Map<number, [number, number, number]>();
  const coef = new Map<number, number>();
  for (const [v, c] of row.terms) if (alive[v]) coef.set(v, (coef.get(v) ?? 0) + c);
  for (const [v, c] of coef) {
    const g = groupOf[v] as number;
    if (g < 0) {
      least += Math.min(0, c);
      most += Math.max(0, c);
      continue;
    }
    const seen = byGroup.get(g);
    if (seen) {
      seen[0] = Math.min(seen[0], c);
      seen[1] = Math.max(seen[1], c);
      seen[2]++;
    } else byGroup.set(g, [c, c, 1]);
  }
  for (const [g, [lo, hi, count]] of byGroup) {
    // a live member of the group outside the row stands for 0
    const outside = count < (groupLive[g] as number);
    least += outside ? Math.min(0, lo) : lo;
    most += outside ? Math.max(0, hi) : hi;
  }
  return [least, most];
}

function solveBlock(program: IntegerProgram, solver: Solver): SolveResult {
  const rows = [...program.rows];
  let last: SolveResult | undefined;
  for (const [i, objective] of program.objectives.entries()) {
    if (objective.length === 0 && (last || i < program.objectives.length - 1)) continue;
    last = solver({ variables: program.variables, rows, objective });
    if (last.status !== 'optimal') return last;
    if (i < program.objectives.length - 1) rows.push({ name: `objective${i}`, terms: objective, upper: Math.round(evaluate(objective, last.values)) });
  }
  return last ?? { status: 'optimal', values: program.variables.map(() => 0) };
}

/** A block that is "exactly one of its variables": each is tried alone, the lexicographic least feasible wins. */
function tryEach(program: IntegerProgram): SolveResult {
  let best: number[] | undefined;
  let bestCost: number[] = [];
  for (let v = 0; v < program.variables.length; v++) {
    const values = program.variables.map((_, i) => (i === v ? 1 : 0));
    if (!feasible(program.rows, values)) continue;
    const cost = program.objectives.map((o) => evaluate(o, values));
    if (!best || lexLess(cost, bestCost)) {
      best = values;
      bestCost = cost;
    }
  }
  return best ? { status: 'optimal', values: best } : { status: 'infeasible', values: [] };
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) < (b[i] as number);
  return false;
}

interface Block {
  /** The block's variables, by index in the whole program. */
  readonly variables: readonly number[];
  readonly program: IntegerProgram;
  readonly oneOf: boolean;
}

/** Independent parts of a program: variables linked by a row are in one block (union-find). */
function blocks(program: IntegerProgram): Block[] {
  const parent = program.variables.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const r of program.rows) {
    const first = r.terms[0];
    if (first) for (const [v] of r.terms) parent[find(v)] = find(first[0]);
  }
  const members = new Map<number, number[]>();
  for (let v = 0; v < program.variables.length; v++) {
    const root = find(v);
    let m = members.get(root);
    if (!m) members.set(root, (m = []));
    m.push(v);
  }
  const rowsOf = new Map<number, Row[]>();
  for (const r of program.rows) {
    const first = r.terms[0];
    if (!first) continue;
    const root = find(first[0]);
    let list = rowsOf.get(root);
    if (!list) rowsOf.set(root, (list = []));
    list.push(r);
  }
  const local = new Map<number, number>();
  for (const vars of members.values()) for (const [i, v] of vars.entries()) local.set(v, i);
  const remap = (t: Terms): Terms => t.map(([v, c]) => [local.get(v) as number, c] as const);
  const costsOf = new Map<number, [number, number][][]>();
  for (const [o, terms] of program.objectives.entries())
    for (const [v, c] of terms) {
      const root = find(v);
      let per = costsOf.get(root);
      if (!per) costsOf.set(root, (per = program.objectives.map(() => [])));
      per[o]?.push([local.get(v) as number, c]);
    }
  const out: Block[] = [];
  for (const [root, vars] of members) {
    const rows = (rowsOf.get(root) ?? []).map((r) => ({ ...r, terms: remap(r.terms) }));
    const oneOf = rows.some((r) => r.lower === 1 && r.upper === 1 && r.terms.length === vars.length && r.terms.every(([, c]) => c === 1));
    out.push({
      variables: vars,
      program: { variables: vars.map((v) => program.variables[v] as string), rows, objectives: costsOf.get(root) ?? program.objectives.map(() => []) },
      oneOf,
    });
  }
  return out;
}

/** Whether a 0/1 assignment satisfies every row. */
export function feasible(rows: readonly Row[], values: readonly number[]): boolean {
  for (const r of rows) {
    const s = evaluate(r.terms, values);
    if (r.lower !== undefined && s < r.lower - 1e-9) return false;
    if (r.upper !== undefined && s > r.upper + 1e-9) return false;
  }
  return true;
}

/** Tries every assignment (2^n): the reference the property test holds the real solver to. Small n only. */
export const bruteForce: Solver = ({ variables, rows, objective }) => {
  const n = variables.length;
  if (n > 22) throw new Error(`brute force over ${n} variables`);
  let best: number[] | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  const values = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 2 ** n; mask++) {
    for (let i = 0; i < n; i++) values[i] = (mask >> i) & 1;
    if (!feasible(rows, values)) continue;
    const cost = evaluate(objective, values);
    if (cost < bestCost) {
      bestCost = cost;
      best = [...values];
    }
  }
  return best ? { status: 'optimal', values: best } : { status: 'infeasible', values: [] };
};
