import type { PlainDate } from '../dates.js';
import type { Cycle } from '../lifecycle/types.js';
import { defineSection } from '../policy/section.js';

/**
 * How far one upgrade of a product may go, as a kind with its parameters:
 * - `cycles`: at most `max` cycles forward (Ceph 2: "from the last two stable releases"; Kubernetes 1);
 * - `slurp`: the next cycle, or from a SLURP cycle to the next SLURP cycle (OpenStack);
 * - `lts`: the next cycle, or from an LTS to the next LTS (Ubuntu);
 * - `any`: any step forward.
 * A step back (a downgrade) is never allowed.
 */
export type UpgradeKind = 'cycles' | 'slurp' | 'lts' | 'any';

export interface UpgradeRule {
  readonly kind: UpgradeKind;
  /** For `cycles`: how many cycles one step may go forward. */
  readonly max?: number;
  /** Where the rule is published. */
  readonly source?: string;
  /** `upstream`: the default below; `policy`: written in policy.yaml. */
  readonly from: 'upstream' | 'policy';
}

export interface UpgradesPolicy {
  /** The rule of each product: the upstream defaults, overridden per product by policy.yaml. */
  readonly byProduct: Readonly<Record<string, UpgradeRule>>;
  /** Products policy.yaml names (each must be a product of the workspace). */
  readonly declared: readonly string[];
}

/** The upstream rules and where each is published (used for products the policy does not name). */
export const UPSTREAM_UPGRADES: Readonly<Record<string, UpgradeRule>> = {
  ceph: { kind: 'cycles', max: 2, source: 'https://docs.ceph.com/en/latest/releases/', from: 'upstream' },
  openstack: { kind: 'slurp', source: 'https://governance.openstack.org/tc/resolutions/20220210-release-cadence-adjustment.html', from: 'upstream' },
  kubernetes: { kind: 'cycles', max: 1, source: 'https://kubernetes.io/releases/version-skew-policy/', from: 'upstream' },
  ubuntu: { kind: 'lts', source: 'https://ubuntu.com/about/release-cycle', from: 'upstream' },
};

declare module '../policy/types.js' {
  interface Policy {
    /** How far one upgrade of each product may go (`upkeep paths`, and plan's one-step warning). */
    readonly upgrades: UpgradesPolicy;
  }
}

export const upgrades = defineSection({
  id: 'upgrades',
  sets: "how far one upgrade of a product may go (`upkeep paths`, and the plan's one-step warning); upstream defaults for ceph, openstack, kubernetes, ubuntu",
  schema: (z) => {
    const source = z.string().max(500).optional();
    return z
      .record(
        z.string().max(100),
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('cycles'), max: z.number().int().min(1).max(100), source }),
          z.strictObject({ kind: z.literal('slurp'), source }),
          z.strictObject({ kind: z.literal('lts'), source }),
          z.strictObject({ kind: z.literal('any'), source }),
        ]),
      )
      .default({});
  },
  fromFile: (file): UpgradesPolicy => ({
    byProduct: {
      ...UPSTREAM_UPGRADES,
      ...Object.fromEntries(
        Object.entries(file).map(([product, r]): [string, UpgradeRule] => [
          product,
          { kind: r.kind, ...('max' in r ? { max: r.max } : {}), ...(r.source ? { source: r.source } : {}), from: 'policy' },
        ]),
      ),
    },
    declared: Object.keys(file),
  }),
  template: {
    comment: [
      'How far one upgrade of a product may go (`upkeep paths`; `plan` warns when a release cannot be reached in one step).',
      'Upstream defaults: ceph cycles max 2, openstack slurp, kubernetes cycles max 1, ubuntu lts (docs/planning.md).',
    ],
    after: [
      '# upgrades:',
      '#   ceph: { kind: cycles, max: 2, source: "https://docs.ceph.com/en/latest/releases/" }',
      '#   openstack: { kind: slurp }   # cycles (with max) | slurp | lts | any',
    ],
  },
});

/** A product's cycles in release order, as known on a date (cycles with no release date are left out). */
export function cycleOrder(cycles: readonly Cycle[], asOf: PlainDate): Cycle[] {
  return cycles
    .filter((c): c is Cycle & { released: PlainDate } => c.released !== undefined && c.released <= asOf)
    .sort((a, b) => (a.released < b.released ? -1 : a.released > b.released ? 1 : 0));
}

/** The judgement of one component's step between two cycles. */
export type StepVerdict =
  | { readonly verdict: 'same' }
  | { readonly verdict: 'allowed'; readonly forward: number; readonly skipped: 'slurp' | 'lts' | undefined }
  | { readonly verdict: 'blocked'; readonly why: 'downgrade' | 'too-far'; readonly forward: number }
  /** A cycle is not in the product's order (no release date known): nothing to judge by. */
  | { readonly verdict: 'unknown' };

/** Whether an upgrade from one cycle to another is one step under the rule. `order` is `cycleOrder`'s. */
export function judgeStep(rule: UpgradeRule, order: readonly Cycle[], from: Cycle, to: Cycle): StepVerdict {
  if (from.id === to.id) return { verdict: 'same' };
  const i = order.findIndex((c) => c.id === from.id);
  const j = order.findIndex((c) => c.id === to.id);
  if (i < 0 || j < 0) return { verdict: 'unknown' };
  const forward = j - i;
  if (forward < 0) return { verdict: 'blocked', why: 'downgrade', forward };
  if (forward === 1 || rule.kind === 'any') return { verdict: 'allowed', forward, skipped: undefined };
  if (rule.kind === 'cycles')
    return forward <= (rule.max ?? 1) ? { verdict: 'allowed', forward, skipped: undefined } : { verdict: 'blocked', why: 'too-far', forward };
  const marked = (c: Cycle) => (rule.kind === 'slurp' ? c.slurp === true : c.lts === true);
  const between = order.slice(i + 1, j);
  if (marked(from) && marked(to) && !between.some(marked)) return { verdict: 'allowed', forward, skipped: rule.kind };
  return { verdict: 'blocked', why: 'too-far', forward };
}
