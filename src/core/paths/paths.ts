import { PinResolver } from '../check/resolve.js';
import type { PlainDate } from '../dates.js';
import { type DataAge, dataAge } from '../lifecycle/data-age.js';
import type { Cycle } from '../lifecycle/types.js';
import type { Release, Workspace } from '../workspace.js';
import { cycleOrder, isFollower, judgeFollowerStep, judgeStep, type SkewRule, type StepVerdict, type UpgradeRule } from './upgrades.js';

/** One component's step between two releases, judged by its product's upgrade rule. */
export type ComponentStep = {
  readonly component: string;
  readonly product: string;
  readonly rule: UpgradeRule;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly fromCycle: string | undefined;
  readonly toCycle: string | undefined;
} & StepVerdict;

/** The jump from one release to another: every ruled component's step. */
export interface Jump {
  readonly from: string;
  readonly to: string;
  /** Components whose product has an upgrade rule, pinned in both releases, in pin order. */
  readonly steps: readonly ComponentStep[];
  readonly allowed: boolean;
}

export interface UpgradePaths {
  readonly from: string;
  readonly to: string;
  readonly asOf: PlainDate;
  /** The direct jump, with why it is (not) allowed. */
  readonly direct: Jump;
  /** The shortest sequence of releases from `from` to `to` (both included); undefined: none. */
  readonly path: readonly string[] | undefined;
  /** The jumps along the path. */
  readonly jumps: readonly Jump[];
  /** Without a path: the latest release reachable from `from`, and its jump to `to` (the blocking components). */
  readonly blocked: Jump | undefined;
  /** Components pinned in both releases whose product has no upgrade rule (any step allowed). */
  readonly unruled: readonly string[];
  /** How old the lifecycle data is on the as-of date. */
  readonly dataAge: DataAge;
}

/** Judges jumps between releases of a workspace with the cycles known on a date. */
export class JumpJudge {
  private readonly resolver: PinResolver;
  private readonly orders = new Map<string, Cycle[]>();

  constructor(
    private readonly ws: Workspace,
    private readonly asOf: PlainDate,
  ) {
    this.resolver = new PinResolver(ws, asOf, ws.policy.horizon.phase);
  }

  private order(product: string): Cycle[] {
    let o = this.orders.get(product);
    if (!o) this.orders.set(product, (o = cycleOrder(this.resolver.lifecycle(product)?.cycles ?? [], this.asOf)));
    return o;
  }

  /** Components pinned in both releases whose product has no upgrade rule. */
  unruled(a: Release, b: Release): string[] {
    const inB = new Set(b.pins.map((p) => p.component));
    return a.pins
      .filter((p) => inB.has(p.component))
      .flatMap((p) => {
        const r = this.resolver.resolve(a, p, false);
        return r.product && this.ws.policy.upgrades.byProduct[r.product] ? [] : [p.component];
      });
  }

  /** The control-plane cycles of a product in a release: its components that are not followers of the skew rule. */
  private leaders(release: Release, product: string, skew: SkewRule): Cycle[] {
    const out: Cycle[] = [];
    for (const pin of release.pins) {
      if (isFollower(skew, pin.component)) continue;
      const r = this.resolver.resolve(release, pin, false);
      if (r.product === product && r.cycle) out.push(r.cycle);
    }
    return out;
  }

  jump(a: Release, b: Release): Jump {
    const toPins = new Map(b.pins.map((p) => [p.component, p]));
    const steps: ComponentStep[] = [];
    for (const pin of a.pins) {
      const next = toPins.get(pin.component);
      if (!next) continue;
      const x = this.resolver.resolve(a, pin, false);
      const rule = x.product ? this.ws.policy.upgrades.byProduct[x.product] : undefined;
      if (!rule || !x.product) continue;
      const y = this.resolver.resolve(b, next, false);
      const follows = rule.skew && isFollower(rule.skew, pin.component) ? rule.skew : undefined;
      const verdict: StepVerdict =
        x.cycle && y.cycle
          ? follows
            ? judgeFollowerStep(
                rule,
                follows,
                this.order(x.product),
                x.cycle,
                y.cycle,
                this.leaders(a, x.product, follows),
                this.leaders(b, x.product, follows),
              )
            : judgeStep(rule, this.order(x.product), x.cycle, y.cycle)
          : { verdict: 'unknown' };
      steps.push({
        component: pin.component,
        product: x.product,
        rule,
        fromVersion: pin.version,
        toVersion: next.version,
        fromCycle: x.cycle?.id,
        toCycle: y.cycle?.id,
        ...verdict,
      });
    }
    return { from: a.id, to: b.id, steps, allowed: steps.every((s) => s.verdict !== 'blocked') };
  }
}

/**
 * The shortest sequence of the workspace's releases (in date order) an operator passes through from
 * one release to another: a breadth-first search where a jump A → B (B later than A) is an edge when
 * every component's step is allowed by its product's upgrade rule, as the cycles were known on `asOf`.
 * The releases must exist and `to` must not be older than `from` (the caller checks).
 */
export function upgradePaths(ws: Workspace, query: { readonly from: string; readonly to: string; readonly asOf: PlainDate }): UpgradePaths {
  const start = ws.releases.findIndex((r) => r.id === query.from);
  const goal = ws.releases.findIndex((r) => r.id === query.to);
  const releases = ws.releases;
  const a = releases[start] as Release;
  const b = releases[goal] as Release;
  const judge = new JumpJudge(ws, query.asOf);
  const direct = judge.jump(a, b);
  const previous = new Map<number, number>([[start, -1]]);
  const edges = new Map<string, Jump>();
  const queue = [start];
  while (queue.length > 0 && !previous.has(goal)) {
    const i = queue.shift() as number;
    for (let j = i + 1; j <= goal; j++) {
      if (previous.has(j)) continue;
      const jump = i === start && j === goal ? direct : judge.jump(releases[i] as Release, releases[j] as Release);
      if (!jump.allowed) continue;
      edges.set(`${i}>${j}`, jump);
      previous.set(j, i);
      queue.push(j);
    }
  }
  const base = { from: a.id, to: b.id, asOf: query.asOf, direct, unruled: judge.unruled(a, b), dataAge: dataAge(ws, query.asOf) };
  if (!previous.has(goal)) {
    const latest = Math.max(...previous.keys());
    return { ...base, path: undefined, jumps: [], blocked: latest === start ? direct : judge.jump(releases[latest] as Release, b) };
  }
  const indices: number[] = [];
  for (let k = goal; k !== -1; k = previous.get(k) as number) indices.unshift(k);
  const jumps = indices.slice(1).map((j, n) => edges.get(`${indices[n]}>${j}`) as Jump);
  return { ...base, path: indices.map((k) => (releases[k] as Release).id), jumps, blocked: undefined };
}

/**
 * The components that make a release unreachable in one step from the release it replaces (for
 * `plan`'s warning): the blocked steps of the jump, empty when it is one step.
 */
export function blockedSteps(ws: Workspace, from: Release, to: Release, asOf: PlainDate): ComponentStep[] {
  return new JumpJudge(ws, asOf).jump(from, to).steps.filter((s) => s.verdict === 'blocked');
}
