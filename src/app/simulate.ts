import { planRelease } from '../core/plan/plan.js';
import { type SimulateQuery, type Simulation, simulate as simulateCadences } from '../core/plan/simulate.js';
import { openWorkspace } from '../workspace/index.js';
import { highsSolver } from './plan.js';

export type { Simulation } from '../core/plan/simulate.js';
export { parseDuration } from '../core/plan/simulate.js';

export interface SimulateInput extends SimulateQuery {
  /** The workspace folder (holds upkeep.yaml). */
  readonly workspace: string;
  /** Called after each plan: how many are done of how many (a progress bar at the edge). */
  readonly onPlanned?: (done: number, total: number) => void;
}

export interface SimulateResult {
  readonly simulation: Simulation;
  readonly productName: (id: string) => string | undefined;
}

/** Release cadences replayed over the workspace's lifecycle history (src/core/plan/simulate.ts), each plan solved by HiGHS. */
export async function simulate(input: SimulateInput): Promise<SimulateResult> {
  const ws = await openWorkspace(input.workspace).load();
  const { workspace: _folder, onPlanned, ...query } = input;
  const solver = await highsSolver();
  return {
    simulation: simulateCadences(ws, query, (w, q) => planRelease(w, q, solver), onPlanned),
    productName: (id) => ws.products.get(id)?.name,
  };
}
