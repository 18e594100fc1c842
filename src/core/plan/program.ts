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
  for (const block of blocks(program)) {
    const r = block.oneOf ? tryEach(block.program) : solveBlock(block.program, solver);
    if (r.status !== 'optimal') return { status: r.status, values: [], optimum: [] };
    for (const [i, v] of block.variables.entries()) values[v] = r.values[i] ?? 0;
  }
  for (const [i, o] of program.objectives.entries()) optimum[i] = Math.round(evaluate(o, values));
  return { status: 'optimal', values, optimum };
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
