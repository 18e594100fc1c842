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
  /** For `cycles`: components that follow the others of the product within a skew (Kubernetes kubelets). */
  readonly skew?: SkewRule;
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

/**
 * Components of a product that may lag behind the product's other components (its control plane)
 * by a few cycles, and so may skip cycles when they upgrade: Kubernetes kubelets "must not be newer
 * than kube-apiserver, and may be up to three minor versions older" (two before 1.28). A follower is
 * a component whose id, or its last `/` segment, is one of `followers` (`kubelet`,
 * `k8s/k8s.io/kubelet`); the control plane is every other component of the product in the release.
 */
export interface SkewRule {
  readonly followers: readonly string[];
  /** How many cycles a follower may be behind the newest control-plane cycle. */
  readonly maxBehind: number;
  /** With a control plane older than this cycle, `maxBehindBefore` applies instead (as known on the as-of date). */
  readonly since?: string;
  readonly maxBehindBefore?: number;
  readonly source?: string;
}

/** The upstream rules and where each is published (used for products the policy does not name). */
export const UPSTREAM_UPGRADES: Readonly<Record<string, UpgradeRule>> = {
  ceph: { kind: 'cycles', max: 2, source: 'https://docs.ceph.com/en/latest/releases/', from: 'upstream' },
  openstack: { kind: 'slurp', source: 'https://governance.openstack.org/tc/resolutions/20220210-release-cadence-adjustment.html', from: 'upstream' },
  kubernetes: {
    kind: 'cycles',
    max: 1,
    skew: { followers: ['kubelet'], maxBehind: 3, since: '1.28', maxBehindBefore: 2, source: 'https://kubernetes.io/releases/version-skew-policy/#kubelet' },
    source: 'https://kubernetes.io/releases/version-skew-policy/#supported-component-upgrade-order',
    from: 'upstream',
  },
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
          z.strictObject({
            kind: z.literal('cycles'),
            max: z.number().int().min(1).max(100),
            skew: z
              .strictObject({
                followers: z.array(z.string().min(1).max(100)).min(1).max(20),
                max_behind: z.number().int().min(0).max(100),
                // a string: YAML reads 1.30 unquoted as the number 1.3
                since: z.string().min(1).max(50).optional(),
                max_behind_before: z.number().int().min(0).max(100).optional(),
                source,
              })
              .refine((s) => (s.since === undefined) === (s.max_behind_before === undefined), {
                message: 'give since and max_behind_before together (the skew before that cycle), or neither',
              })
              .optional(),
            source,
          }),
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
          {
            kind: r.kind,
            ...('max' in r ? { max: r.max } : {}),
            ...('skew' in r && r.skew ? { skew: skewFromFile(r.skew) } : {}),
            ...(r.source ? { source: r.source } : {}),
            from: 'policy',
          },
        ]),
      ),
    },
    declared: Object.keys(file),
  }),
  template: {
    comment: [
      'How far one upgrade of a product may go (`upkeep paths`; `plan` warns when a release cannot be reached in one step).',
      'Upstream defaults: ceph cycles max 2, openstack slurp, kubernetes cycles max 1 with kubelets at most 3 minors',
      'behind the control plane (2 before 1.28), ubuntu lts (docs/planning.md).',
    ],
    after: [
      '# upgrades:',
      '#   ceph: { kind: cycles, max: 2, source: "https://docs.ceph.com/en/latest/releases/" }',
      '#   openstack: { kind: slurp }   # cycles (with max) | slurp | lts | any',
      '#   kubernetes: { kind: cycles, max: 1, skew: { followers: [kubelet], max_behind: 3, since: "1.28", max_behind_before: 2 } }',
    ],
  },
});

function skewFromFile(s: {
  followers: string[];
  max_behind: number;
  since?: string | undefined;
  max_behind_before?: number | undefined;
  source?: string | undefined;
}): SkewRule {
  return {
    followers: s.followers,
    maxBehind: s.max_behind,
    ...(s.since !== undefined ? { since: s.since } : {}),
    ...(s.max_behind_before !== undefined ? { maxBehindBefore: s.max_behind_before } : {}),
    ...(s.source ? { source: s.source } : {}),
  };
}

/** Whether a component is a follower of a skew rule: its id or the id's last `/` segment is named. */
export function isFollower(skew: SkewRule, component: string): boolean {
  const last = component.slice(component.lastIndexOf('/') + 1);
  return skew.followers.includes(component) || skew.followers.includes(last);
}

/** A product's cycles in release order, as known on a date (cycles with no release date are left out). */
export function cycleOrder(cycles: readonly Cycle[], asOf: PlainDate): Cycle[] {
  return cycles
    .filter((c): c is Cycle & { released: PlainDate } => c.released !== undefined && c.released <= asOf)
    .sort((a, b) => (a.released < b.released ? -1 : a.released > b.released ? 1 : 0));
}

/** Where a follower stands against the control plane of the release it upgrades to. */
export interface SkewFacts {
  /** The newest control-plane cycle of the target release. */
  readonly leader: string;
  /** Cycles the follower is behind it in the target release (negative: ahead of the oldest control-plane cycle). */
  readonly behind: number;
  readonly maxBehind: number;
  /**
   * The follower's version before the upgrade would be more than `maxBehind` behind the new control
   * plane: upgrade the followers first (up to the old control plane), then the control plane.
   */
  readonly followersFirst: boolean;
}

/** The judgement of one component's step between two cycles. */
export type StepVerdict =
  | { readonly verdict: 'same'; readonly skew?: SkewFacts }
  | { readonly verdict: 'allowed'; readonly forward: number; readonly skipped: 'slurp' | 'lts' | undefined; readonly skew?: SkewFacts }
  | {
      readonly verdict: 'blocked';
      /** `skew-behind`/`skew-ahead`: a follower too far behind, or newer than, the control plane of the target release. */
      readonly why: 'downgrade' | 'too-far' | 'skew-behind' | 'skew-ahead';
      readonly forward: number;
      readonly skew?: SkewFacts;
    }
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

/** How many cycles a follower may be behind a control plane on `order[leader]`: `maxBehindBefore` while it is older than `since`. */
export function maxBehindUnder(skew: SkewRule, order: readonly Cycle[], leader: number): number {
  if (skew.since === undefined || skew.maxBehindBefore === undefined) return skew.maxBehind;
  const since = order.findIndex((o) => o.id === skew.since);
  return since < 0 || leader < since ? skew.maxBehindBefore : skew.maxBehind;
}

/**
 * A follower's step (a kubelet) between two releases, judged by the skew rule against the control
 * plane of each: it may skip cycles, but in the target release it must not be newer than the oldest
 * control-plane cycle nor more than `maxBehind` behind the newest; when its old version would be too
 * far behind the new control plane, the followers are upgraded first (`followersFirst`).
 * `leadersFrom`/`leadersTo`: the control-plane cycles of the two releases (none: the plain rule).
 */
export function judgeFollowerStep(
  rule: UpgradeRule,
  skew: SkewRule,
  order: readonly Cycle[],
  from: Cycle,
  to: Cycle,
  leadersFrom: readonly Cycle[],
  leadersTo: readonly Cycle[],
): StepVerdict {
  const index = (c: Cycle) => order.findIndex((o) => o.id === c.id);
  const i = index(from);
  const j = index(to);
  const leaders = leadersTo.map(index).filter((k) => k >= 0);
  if (leaders.length === 0 || i < 0 || j < 0) return judgeStep(rule, order, from, to);
  const newest = Math.max(...leaders);
  const oldest = Math.min(...leaders);
  const maxBehind = maxBehindUnder(skew, order, newest);
  const oldLeaders = leadersFrom.map(index).filter((k) => k >= 0);
  const facts: SkewFacts = {
    leader: (order[newest] as Cycle).id,
    behind: j > oldest ? oldest - j : newest - j,
    maxBehind,
    followersFirst: newest - i > maxBehind && oldLeaders.length > 0 && Math.max(...oldLeaders) < newest,
  };
  const forward = j - i;
  if (forward < 0) return { verdict: 'blocked', why: 'downgrade', forward, skew: facts };
  if (j > oldest) return { verdict: 'blocked', why: 'skew-ahead', forward, skew: facts };
  if (newest - j > maxBehind) return { verdict: 'blocked', why: 'skew-behind', forward, skew: facts };
  return forward === 0 ? { verdict: 'same', skew: facts } : { verdict: 'allowed', forward, skipped: undefined, skew: facts };
}
