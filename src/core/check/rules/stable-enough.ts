import { type SeverityOrIgnore, severityOrIgnoreSchema } from '../../policy/severity.js';
import type { Overall } from '../../stability/assessment.js';
import { verdictKey } from '../../stability/verdicts.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported } from './severity-only.js';
import { defaulted, defineRule, type RuleHandlers } from './types.js';

export interface NotStableEnoughFinding extends FindingBase {
  readonly rule: 'not-stable-enough';
  /** What `upkeep assess` answered for the version against the release's base, or `not-assessed`. */
  readonly verdict: Exclude<Overall, 'stable-enough'> | 'not-assessed';
}

export interface StableEnoughPolicy {
  /** Products whose versions must be "stable enough" (upkeep assess) before they are shipped. */
  readonly products: readonly string[];
  readonly severity: SeverityOrIgnore;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** Versions of these products must be assessed "stable enough" (stability.yaml) against the version in use. */
    readonly stableEnough: StableEnoughPolicy;
  }
}

/**
 * "well matured versions": for the listed products a version counts as mature only when `upkeep
 * assess` calls it stable enough against the version in use. The verdicts are data the app layer
 * computes from the evidence store (`CheckContext.stability`); a version in use is its own baseline.
 * Where no verdicts were computed (`upkeep check`), the rule says nothing.
 */
export const stableEnough = defineRule({
  id: 'stable-enough',
  schema: (z) =>
    defaulted(
      z.strictObject({
        products: z.array(z.string().min(1).max(200)).default([]),
        severity: severityOrIgnoreSchema(z).default('error'),
      }),
    ),
  fromFile: (f): StableEnoughPolicy => ({ products: f.products, severity: f.severity }),
  findings: { 'not-stable-enough': 'a version of a product listed in `products` is not assessed "stable enough" (`upkeep assess`, docs/stability.md)' },
  template: {
    comment: ['Products whose new versions must be assessed "stable enough" first (upkeep assess; docs/stability.md).'],
    fields: { products: 'e.g. [ceph]: a version of these ships only when assess says "stable enough"', severity: 'error | warning | info | ignore' },
    column: 35,
  },
  create(m, { asOf, stability }): RuleHandlers<NotStableEnoughFinding> {
    const s = reported(m.severity);
    if (!s || m.products.length === 0 || !stability) return {};
    const listed = new Set(m.products);
    return {
      cycle(r, out) {
        if (!r.product || !listed.has(r.product)) return;
        const verdict = stability?.get(verdictKey(r.product, r.pin.version));
        if (verdict === 'stable-enough') return;
        out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'not-stable-enough' as const, verdict: verdict ?? ('not-assessed' as const) }));
      },
    };
  },
});
