import type { Overall } from './assessment.js';

/**
 * Stability verdicts as data for the check rules and the planner: `assess` answers computed by the
 * app layer (it reads the evidence store), keyed by product and version. The core never computes
 * them while checking: it only reads this map.
 */
export type StabilityVerdicts = ReadonlyMap<string, Overall>;

export function verdictKey(product: string, version: string): string {
  return `${product}@${version}`;
}
