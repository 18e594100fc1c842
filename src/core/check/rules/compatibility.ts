import { isRange } from '../../policy/constraint.js';
import { type Severity, severitySchema } from '../../policy/severity.js';
import type { Zod } from '../../policy/zod.js';
import { satisfies } from '../../versions/range.js';
import type { FindingBase } from '../pin-finding.js';
import type { ResolvedPin } from '../resolve.js';
import { defineRule, type RuleHandlers } from './types.js';

/** A constraint on a pin: one of the listed cycles (`["16", "17"]`) or a version range (`>=3.1`). */
export interface Constraint {
  readonly anyOf: readonly string[];
}

export interface CompatibilityRule {
  readonly id: string;
  /** All must hold for the rule to apply: component (or product) id → constraint. */
  readonly when: Readonly<Record<string, Constraint>>;
  /** Then each of these must hold. */
  readonly require: Readonly<Record<string, Constraint>>;
  readonly severity: Severity;
  readonly reason?: string;
}

export interface CompatibilityFinding extends FindingBase {
  readonly rule: 'compatibility';
  readonly ruleId: string;
  readonly requires: readonly string[];
  readonly reason?: string;
  /** The `when` pins that made the rule apply. */
  readonly because: Readonly<Record<string, string>>;
  /** True when the required component is not pinned at all. */
  readonly missing: boolean;
}

/** A cycle or version as YAML writes it (`16` is a number there), as in src/files/fields.ts. */
function constraintText(z: Zod) {
  const key = z.union([z.string().min(1).max(200), z.number()]).transform(String);
  return z.union([key, z.array(key).min(1)]).transform((v): Constraint => ({ anyOf: Array.isArray(v) ? v : [v] }));
}

declare module '../../policy/types.js' {
  interface Policy {
    /** Which pins must fit together. */
    readonly compatibility: readonly CompatibilityRule[];
  }
}

/** "no longer supported by other components": when a release's pins match `when`, each `require` must hold. */
export const compatibility = defineRule({
  id: 'compatibility',
  schema: (z) =>
    z
      .array(
        z.strictObject({
          id: z.string().min(1),
          when: z.record(z.string(), constraintText(z)),
          require: z.record(z.string(), constraintText(z)),
          severity: severitySchema(z).default('error'),
          reason: z.string().optional(),
        }),
      )
      .default([]),
  fromFile: (rules): readonly CompatibilityRule[] =>
    rules.map((r) => ({ id: r.id, when: r.when, require: r.require, severity: r.severity, ...(r.reason ? { reason: r.reason } : {}) })),
  findings: { compatibility: 'a `require` of an applying rule fails' },
  template: {
    comment: [
      '"no longer supported by other components": when a pin matches `when`, each `require` must hold.',
      'A constraint is a cycle ("16"), a list of cycles (["16", "17"]) or a range (">=3.1", "<2023.1").',
    ],
    after: [
      '#  - id: antelope-ceph',
      '#    when: { openstack: "2023.1" }',
      '#    require: { ceph: ["16", "17"] }',
      '#    severity: error',
      '#    reason: tested combinations of OpenStack and Ceph',
    ],
  },
  create(rules): RuleHandlers<CompatibilityFinding> {
    if (rules.length === 0) return {};
    return {
      release(release, pins, out) {
        const byKey = index(pins);
        for (const rule of rules) {
          const because: Record<string, string> = {};
          let applies = true;
          for (const [key, c] of Object.entries(rule.when)) {
            const p = byKey.get(key);
            if (!p || !meets(p, c)) {
              applies = false;
              break;
            }
            because[key] = p.pin.version;
          }
          if (!applies) continue;
          for (const [key, c] of Object.entries(rule.require)) {
            const p = byKey.get(key);
            if (p && meets(p, c)) continue;
            out.push({
              release: release.id,
              component: p?.pin.component ?? key,
              ...(p?.product ? { product: p.product } : {}),
              version: p?.pin.version ?? '',
              ...(p?.cycle ? { cycle: p.cycle.id } : {}),
              ...(p?.cycle?.codename ? { codename: p.cycle.codename } : {}),
              alternative: false,
              ...(p?.pin.at ? { at: p.pin.at } : release.at ? { at: release.at } : {}),
              severity: rule.severity,
              rule: 'compatibility',
              ruleId: rule.id,
              requires: c.anyOf,
              ...(rule.reason ? { reason: rule.reason } : {}),
              because,
              missing: !p,
            });
          }
        }
      },
    };
  },
});

/** A pin meets a constraint when its cycle is one of the listed ones or its version is in a listed range. */
export function meets(pin: ResolvedPin, constraint: Constraint): boolean {
  for (const want of constraint.anyOf) {
    if (isRange(want)) {
      if (pin.scheme && pin.parsed && satisfies(pin.scheme, pin.pin.version, want)) return true;
      continue;
    }
    if (pin.pin.version === want) return true;
    if (pin.cycle) {
      const wanted = pin.known?.find(want);
      if (wanted ? wanted === pin.cycle : pin.cycle.id === want) return true;
    }
    // Without a lifecycle the scheme's cycle keys decide; with one, the cycle does (`4.6.2` is not cycle `4.6` where both exist).
    if (!pin.cycle && pin.parsed?.cycles.includes(want)) return true;
  }
  return false;
}

/** Pins of a release by component id and by product id (the default pins only). */
function index(pins: readonly ResolvedPin[]): Map<string, ResolvedPin> {
  const byKey = new Map<string, ResolvedPin>();
  for (const p of pins) if (!p.alternative) byKey.set(p.pin.component, p);
  for (const p of pins) if (!p.alternative && p.product && !byKey.has(p.product)) byKey.set(p.product, p);
  return byKey;
}
