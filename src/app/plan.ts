import type { PlainDate } from '../core/dates.js';
import { type PlanQuery, planRelease } from '../core/plan/plan.js';
import type { SingleObjective, SolveResult, Solver } from '../core/plan/program.js';
import type { Plan } from '../core/plan/types.js';
import { stabilityVerdicts } from './stability-verdicts.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

export type { Plan } from '../core/plan/types.js';

export interface PlanInput extends Omit<PlanQuery, 'asOf' | 'stability'> {
  /** The workspace folder (holds upkeep.yaml), or a source held open (the server). */
  readonly workspace: WorkspaceInput;
  readonly asOf: PlainDate;
  /** The evidence store, where the policy's `stable_enough` lists products (default DATABASE_URL, else the embedded one). */
  readonly database?: string | undefined;
}

export interface PlanResult {
  readonly plan: Plan;
  readonly productName: (id: string) => string | undefined;
}

/** The plan of a release of a workspace (see src/core/plan/plan.ts), solved by HiGHS. */
export async function plan(input: PlanInput): Promise<PlanResult> {
  const ws = await loadInput(input.workspace);
  const { workspace: _folder, database, ...query } = input;
  // the policy's stable_enough: assess verdicts from the evidence store (nothing is opened when it lists no product)
  const dir = typeof input.workspace === 'string' ? input.workspace : 'dir' in input.workspace ? input.workspace.dir : undefined;
  const stability = dir === undefined ? undefined : await stabilityVerdicts(dir, ws, query.from, query.asOf, { database });
  const solver = await highsSolver();
  return { plan: planRelease(ws, { ...query, ...(stability ? { stability } : {}) }, solver), productName: (id) => ws.products.get(id)?.name };
}

type Highs = import('highs').Highs;
type LoadHighs = () => Promise<Highs>;
let loading: Promise<Highs> | undefined;

/**
 * HiGHS (the MIT-licensed MIP solver of the University of Edinburgh, compiled to WebAssembly by the
 * `highs` package) as the planner's solver. The WebAssembly module is compiled once per process.
 */
export async function highsSolver(): Promise<Solver> {
  // `highs` declares its ES module's default export in CommonJS-typed declarations: its type is read as such
  loading ??= import('highs').then((m) => (m as unknown as { default: LoadHighs }).default());
  const highs = await loading;
  return (program) => solveWith(highs, program);
}

function solveWith(highs: Highs, p: SingleObjective): SolveResult {
  const result = highs.solve(lpText(p), { output_flag: false, mip_rel_gap: 0 });
  if (result.Status === 'Infeasible') return { status: 'infeasible', values: [] };
  if (result.Status !== 'Optimal') throw new Error(`HiGHS ended with status ${result.Status}`);
  const values = p.variables.map((name) => Math.round((result.Columns[name] as { Primal?: number } | undefined)?.Primal ?? 0));
  return { status: 'optimal', values };
}

const term = (names: readonly string[], v: number, c: number) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${names[v]}`;

/** CPLEX LP text of a 0-1 program (HiGHS reads it; variable names are the program's). */
export function lpText(p: SingleObjective): string {
  const lines = [
    'Minimize',
    ` obj: ${p.objective.length ? p.objective.map(([v, c]) => term(p.variables, v, c)).join(' ') : `0 ${p.variables[0] ?? 'x'}`}`,
    'Subject To',
  ];
  for (const r of p.rows) {
    const lhs = r.terms.map(([v, c]) => term(p.variables, v, c)).join(' ');
    if (r.lower !== undefined && r.upper !== undefined && r.lower === r.upper) lines.push(` ${r.name}: ${lhs} = ${r.lower}`);
    else {
      if (r.lower !== undefined) lines.push(` ${r.name}_lo: ${lhs} >= ${r.lower}`);
      if (r.upper !== undefined) lines.push(` ${r.name}_up: ${lhs} <= ${r.upper}`);
    }
  }
  lines.push('Binary', ...chunks(p.variables, 50).map((c) => ` ${c.join(' ')}`), 'End');
  return lines.join('\n');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
