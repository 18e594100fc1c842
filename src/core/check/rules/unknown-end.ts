import type { PhaseName } from '../../lifecycle/types.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface UnknownEndFinding extends FindingBase {
  readonly rule: 'unknown-end';
  readonly phase: PhaseName;
  /** True: upstream says the phase goes on but names no end ("no end announced"); false: it publishes nothing. */
  readonly open: boolean;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A cycle with no published end for the horizon's phase. */
    readonly unknownEnd: SeverityOnly;
  }
}

/**
 * A cycle with no end date of the horizon's phase: none published (nor a neighbouring phase's
 * standing in), or "no end announced" (endoflife.date `eol: false`: Redis, nginx, Vault).
 */
export const unknownEnd = defineRule({
  id: 'unknown-end',
  ...severityOnly('info'),
  findings: { 'unknown-end': 'the pinned cycle has no end date of the horizon\'s phase: none published, or "no end announced"' },
  template: { comment: ["Cycles without a published end of the horizon's phase."] },
  create({ severity }, { asOf }): RuleHandlers<UnknownEndFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      cycle(r, out) {
        const { end } = r;
        if (end.basis === 'none' || end.open)
          out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'unknown-end' as const, phase: end.phase, open: Boolean(end.open) }));
      },
    };
  },
});
