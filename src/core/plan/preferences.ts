import type { Packaging } from '../workspace.js';
import type { ChangeKind } from './types.js';

export type { Packaging };

/** What the planner prefers among versions that all qualify: policy.yaml `plan` (src/core/plan/policy.ts declares it with its defaults). */
export interface PlanPreferences {
  /** Cost of a change of each kind; `extraCycle` per cycle beyond the first (one cycle < two). */
  readonly changeCost: Readonly<Record<Exclude<ChangeKind, 'keep'>, number>> & { readonly extraCycle: number };
  /** Cost of shipping a changed version by the component's packaging (distro package < image < source). */
  readonly packagingCost: Readonly<Record<Packaging, number>>;
  /** Within a point release: `never` change a cycle, or only `when-needed` (the kept cycle breaks a rule). */
  readonly pointReleaseCycleChange: 'never' | 'when-needed';
}

/** The preference cost of a change: keep is free; packaging is paid only when something changes. */
export function changeCost(p: PlanPreferences, change: ChangeKind, steps: number, packaging: Packaging | undefined): number {
  if (change === 'keep') return 0;
  const extra = Math.max(0, steps - 1) * p.changeCost.extraCycle;
  return 100 * (p.changeCost[change] + extra) + (packaging ? p.packagingCost[packaging] : 0);
}
