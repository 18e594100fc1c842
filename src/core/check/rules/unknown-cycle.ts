import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface UnknownCycleFinding extends FindingBase {
  readonly rule: 'unknown-cycle';
  /** The cycles of the product known on the as-of date. */
  readonly knownCycles: readonly string[];
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin whose version maps to no known cycle. */
    readonly unknownCycle: SeverityOnly;
  }
}

/** A pin whose version maps to no cycle of its product known on the as-of date. */
export const unknownCycle = defineRule({
  id: 'unknown-cycle',
  ...severityOnly('warning'),
  findings: { 'unknown-cycle': "a pin's version maps to no cycle known on the date" },
  template: { comment: ['Pins whose version maps to no known cycle of its product.'] },
  create({ severity }, { asOf }): RuleHandlers<UnknownCycleFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      unresolved(r, out) {
        if (r.state === 'unknown-cycle')
          out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'unknown-cycle' as const, knownCycles: (r.known?.cycles ?? []).map((c) => c.id) }));
      },
    };
  },
});
