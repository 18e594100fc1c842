import { defaulted } from '../check/rules/types.js';
import { defineSection } from '../policy/section.js';
import type { Zod } from '../policy/zod.js';
import type { PlanPreferences } from './preferences.js';

declare module '../policy/types.js' {
  interface Policy {
    /** What `upkeep plan` prefers among versions that all qualify, and what a point release may change. */
    readonly plan: PlanPreferences;
  }
}

const cost = (z: Zod) => z.number().int().min(0).max(1000);
/** Packaging breaks ties between changes: below the least change cost (each change cost counts ×100). */
const packagingCost = (z: Zod) => z.number().int().min(0).max(99);

/**
 * policy.yaml `plan`: the planner's preferences (docs/planning.md). The change costs must grow with
 * the change (keep 0 < patch < minor < major), or the planner would prefer the bigger step: a policy
 * that says so contradicts itself and is refused where it is written.
 */
export const plan = defineSection({
  id: 'plan',
  schema: (z) =>
    defaulted(
      z.strictObject({
        point_release: z.enum(['never', 'when-needed']).default('when-needed'),
        change_cost: defaulted(
          z.strictObject({
            patch: cost(z).default(1),
            minor: cost(z).default(10),
            major: cost(z).default(30),
            extra_cycle: cost(z).default(10),
          }),
        ).refine((c) => c.patch > 0 && c.patch < c.minor && c.minor < c.major, {
          message: 'change costs must grow with the change: 0 (keep) < patch < minor < major, or the plan would prefer the bigger step',
        }),
        packaging_cost: defaulted(
          z.strictObject({
            'distro-package': packagingCost(z).default(0),
            'container-image': packagingCost(z).default(1),
            'ansible-collection': packagingCost(z).default(1),
            other: packagingCost(z).default(1),
            source: packagingCost(z).default(5),
          }),
        ),
      }),
    ),
  fromFile: (f): PlanPreferences => ({
    pointReleaseCycleChange: f.point_release,
    changeCost: { patch: f.change_cost.patch, minor: f.change_cost.minor, major: f.change_cost.major, extraCycle: f.change_cost.extra_cycle },
    packagingCost: { ...f.packaging_cost },
  }),
  sets: "`upkeep plan`'s preferences: whether a point release may change a cycle, the cost of each kind of change and of each packaging",
  template: {
    comment: [
      'How `upkeep plan` chooses among versions that all qualify (docs/planning.md): keep what qualifies,',
      'then the smallest change (change_cost: patch < minor < major, extra_cycle per cycle beyond the',
      'first), then the cheapest packaging of a changed version (packaging_cost, 0-99: below any change).',
    ],
    fields: { point_release: 'never | when-needed (a cycle changes only when its maintenance runs out)' },
    column: 30,
  },
});
