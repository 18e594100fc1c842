import type { ErrorCode } from '../errors.js';
import { cycleOf } from '../lifecycle/match.js';
import { closest } from '../suggest.js';
import { parseRange } from '../versions/range.js';
import { getScheme } from '../versions/registry.js';
import type { VersionScheme } from '../versions/types.js';
import type { Workspace } from '../workspace.js';
import { isRange } from './constraint.js';
import type { Policy } from './types.js';

/** A problem of the policy against the workspace, as data: the loader adds file and line. */
export interface PolicyProblem {
  readonly code: ErrorCode;
  /** Path inside policy.yaml, e.g. ["compatibility", 0, "when", "openstack"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly hint: string;
}

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
        .map((key) => ({
          code: 'UPK_UNKNOWN_COMPONENT' as const,
          path: ['compatibility', i, side, key],
          message: `compatibility rule "${rule.id}" names "${key}", which is no component, product or pin of this workspace`,
          hint: `did you mean ${closest(key, [...ws.components.keys(), ...ws.products.keys()], 3).join(', ')}? Use a component id from upkeep.yaml or a product id from products/`,
        })),
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
            return r.ok
              ? []
              : [
                  {
                    code: 'UPK_BAD_RANGE',
                    path,
                    message: `compatibility rule "${rule.id}": range "${value}" for ${key}: ${r.failure.message}`,
                    hint: 'write a range like ">=3.1", ">=16 <18", "3.x" or alternatives joined by "||" (docs/policy.md)',
                  },
                ];
          }
          if (!t.cycles || t.cycles.has(value.toLowerCase())) return [];
          const cycles = t.cycles;
          if (cycleOf({ find: (k) => (cycles.has(k.toLowerCase()) ? k : undefined) }, value, t.scheme?.parse(value))) return [];
          return [
            {
              code: 'UPK_UNKNOWN_CYCLE',
              path,
              message: `compatibility rule "${rule.id}": ${key} has no cycle or version "${value}"`,
              hint: `did you mean ${closest(value, t.cycles, 3).join(', ')}? A constraint is a cycle of the product or a range (docs/policy.md)`,
            },
          ];
        });
      }),
    ),
  );

/** Rule ids name findings: each is used once. */
const idsAreUnique: Rule = (policy) =>
  policy.compatibility.flatMap((rule, i) =>
    policy.compatibility.findIndex((r) => r.id === rule.id) < i
      ? [
          {
            code: 'UPK_DUPLICATE' as const,
            path: ['compatibility', i, 'id'],
            message: `compatibility rule id "${rule.id}" is used twice`,
            hint: 'give each rule its own id: findings name it',
          },
        ]
      : [],
  );

const RULES: readonly Rule[] = [idsAreUnique, keysAreKnown, constraintsAreValid];

/** All problems of the policy against the workspace, at once. Pure. */
export function validatePolicy(policy: Policy, ws: Workspace): PolicyProblem[] {
  return RULES.flatMap((rule) => rule(policy, ws));
}
