import type { CoreProblem } from '../errors.js';
import { cycleOf } from '../lifecycle/match.js';
import { closest } from '../suggest.js';
import { parseRange } from '../versions/range.js';
import { getScheme } from '../versions/registry.js';
import type { VersionScheme } from '../versions/types.js';
import type { Workspace } from '../workspace.js';
import { isRange } from './constraint.js';
import type { Policy } from './types.js';

/** A problem of the policy against the workspace, as data: the loader adds file and line. */
export type PolicyProblem = Extract<
  CoreProblem,
  { code: 'UPK_BAD_RANGE' | 'UPK_UNKNOWN_COMPONENT' | 'UPK_UNKNOWN_CYCLE' | 'UPK_DUPLICATE' | 'UPK_UNKNOWN_PRODUCT' }
> & {
  /** Path inside policy.yaml, e.g. ["compatibility", 0, "when", "openstack"]. */
  readonly path: readonly (string | number)[];
};

interface Target {
  readonly scheme: VersionScheme | undefined;
  /** Every cycle key the product knows (ids, codenames, aliases), lower case; undefined: no lifecycle. */
  readonly cycles: ReadonlySet<string> | undefined;
}

/** What a compatibility key (component or product id) refers to. */
function target(ws: Workspace, key: string): Target | undefined {
  const component = ws.components.get(key);
  const productId = component?.product ?? (ws.products.has(key) ? key : undefined);
  const pinned = ws.releases.some((r) => r.pins.some((p) => p.component === key));
  if (!component && !productId && !pinned) return undefined;
  const product = productId ? ws.products.get(productId) : undefined;
  const schemeId = component?.scheme ?? product?.scheme;
  const cycles = product
    ? new Set(
        [...product.cycles, ...product.history.map((f) => ({ id: f.cycle, codename: undefined, aliases: undefined }))].flatMap((c) => [
          c.id.toLowerCase(),
          ...(c.codename ? [c.codename.toLowerCase(), c.codename.toLowerCase().split(/\s+/)[0] as string] : []),
          ...(c.aliases ?? []).map((a) => a.toLowerCase()),
        ]),
      )
    : undefined;
  return { scheme: schemeId ? getScheme(schemeId) : undefined, cycles };
}

type Rule = (policy: Policy, ws: Workspace) => PolicyProblem[];

/** Every key of a compatibility rule is a component, a product or a pinned id. */
const keysAreKnown: Rule = (policy, ws) =>
  policy.compatibility.flatMap((rule, i) =>
    (['when', 'require'] as const).flatMap((side) =>
      Object.keys(rule[side])
        .filter((key) => !target(ws, key))
        .map(
          (key): PolicyProblem => ({
            code: 'UPK_UNKNOWN_COMPONENT',
            path: ['compatibility', i, side, key],
            facts: { rule: rule.id, key, closest: closest(key, [...ws.components.keys(), ...ws.products.keys()], 3) },
          }),
        ),
    ),
  );

/** Ranges parse in the version scheme of their component; cycles exist in its product. */
const constraintsAreValid: Rule = (policy, ws) =>
  policy.compatibility.flatMap((rule, i) =>
    (['when', 'require'] as const).flatMap((side) =>
      Object.entries(rule[side]).flatMap(([key, constraint]) => {
        const t = target(ws, key);
        if (!t) return [];
        return constraint.anyOf.flatMap((value): PolicyProblem[] => {
          const path = ['compatibility', i, side, key];
          if (isRange(value)) {
            if (!t.scheme) return [];
            const r = parseRange(t.scheme, value);
            return r.ok ? [] : [{ code: 'UPK_BAD_RANGE', path, facts: { range: value, reason: r.failure.message, rule: rule.id, key } }];
          }
          if (!t.cycles || t.cycles.has(value.toLowerCase())) return [];
          const cycles = t.cycles;
          if (cycleOf({ find: (k) => (cycles.has(k.toLowerCase()) ? k : undefined) }, value, t.scheme?.parse(value))) return [];
          return [{ code: 'UPK_UNKNOWN_CYCLE', path, facts: { rule: rule.id, key, value, closest: closest(value, t.cycles, 3) } }];
        });
      }),
    ),
  );

/** Rule ids name findings: each is used once. */
const idsAreUnique: Rule = (policy) =>
  policy.compatibility.flatMap((rule, i) =>
    policy.compatibility.findIndex((r) => r.id === rule.id) < i
      ? [{ code: 'UPK_DUPLICATE', path: ['compatibility', i, 'id'], facts: { rule: rule.id } } satisfies PolicyProblem]
      : [],
  );

/** Every upgrade rule the policy writes is for a product of the workspace. */
const upgradeProductsAreKnown: Rule = (policy, ws) =>
  policy.upgrades.declared
    .filter((product) => !ws.products.has(product))
    .map(
      (product): PolicyProblem => ({
        code: 'UPK_UNKNOWN_PRODUCT',
        path: ['upgrades', product],
        facts: { product, closest: closest(product, [...ws.products.keys()], 3) },
      }),
    );

/** The `since` of an upgrade rule's skew is a cycle of its product (else the skew before it would always apply). */
const skewCyclesAreKnown: Rule = (policy, ws) =>
  policy.upgrades.declared.flatMap((product): PolicyProblem[] => {
    const since = policy.upgrades.byProduct[product]?.skew?.since;
    const t = ws.products.has(product) ? target(ws, product) : undefined;
    if (since === undefined || !t?.cycles || t.cycles.has(since.toLowerCase())) return [];
    return [
      {
        code: 'UPK_UNKNOWN_CYCLE',
        path: ['upgrades', product, 'skew', 'since'],
        facts: { rule: `upgrades.${product}`, key: product, value: since, closest: closest(since, t.cycles, 3), section: 'upgrades' },
      },
    ];
  });

const RULES: readonly Rule[] = [idsAreUnique, keysAreKnown, constraintsAreValid, upgradeProductsAreKnown, skewCyclesAreKnown];

/** All problems of the policy against the workspace, at once. Pure. */
export function validatePolicy(policy: Policy, ws: Workspace): PolicyProblem[] {
  return RULES.flatMap((rule) => rule(policy, ws));
}
