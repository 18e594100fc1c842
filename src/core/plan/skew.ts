import type { CompatibilityRule } from '../check/rules/compatibility.js';
import type { PlainDate } from '../dates.js';
import type { KnownLifecycle } from '../lifecycle/replay.js';
import { cycleOrder, isFollower, maxBehindUnder } from '../paths/upgrades.js';
import type { Workspace } from '../workspace.js';
import type { ComponentChoice } from './candidates.js';

/**
 * The version skew of the upgrade rules (`upgrades`, Kubernetes kubelets) as compatibility rules
 * over the plan's choices, so that the planner never proposes a release out of the skew: for each
 * control-plane candidate cycle, "when the control plane is on it, the follower must be on one of
 * the cycles not newer and at most `maxBehind` behind". At error, with its upstream source as reason.
 */
export function skewRules(
  ws: Workspace,
  choices: readonly ComponentChoice[],
  asOf: PlainDate,
  lifecycle: (product: string) => KnownLifecycle | undefined,
): CompatibilityRule[] {
  const out: CompatibilityRule[] = [];
  for (const [product, rule] of Object.entries(ws.policy.upgrades.byProduct)) {
    const skew = rule.skew;
    if (!skew) continue;
    const mine = choices.filter((c) => c.planned && c.base.product === product);
    const followers = mine.filter((c) => isFollower(skew, c.pin.component));
    const leaders = mine.filter((c) => !isFollower(skew, c.pin.component));
    if (followers.length === 0 || leaders.length === 0) continue;
    const order = cycleOrder(lifecycle(product)?.cycles ?? [], asOf);
    const index = (cycle: string | undefined) => order.findIndex((o) => o.id === cycle);
    for (const leader of leaders)
      for (const leaderCycle of new Set(leader.candidates.map((c) => c.cycle))) {
        const l = index(leaderCycle);
        if (l < 0 || leaderCycle === undefined) continue;
        const max = maxBehindUnder(skew, order, l);
        for (const follower of followers) {
          const allowed = [...new Set(follower.candidates.map((c) => c.cycle))].filter((f): f is string => {
            const i = index(f);
            return f !== undefined && i >= 0 && i <= l && l - i <= max;
          });
          out.push({
            id: `${product}-skew`,
            when: { [leader.pin.component]: { anyOf: [leaderCycle] } },
            require: { [follower.pin.component]: { anyOf: allowed.length ? allowed : ['-'] } },
            severity: 'error',
            reason: `${follower.pin.component} at most ${max} cycles behind ${leader.pin.component}, never newer (${skew.source ?? rule.source ?? 'upgrades'})`,
          });
        }
      }
  }
  return out;
}
