import type { PhaseName } from '../../lifecycle/types.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface UnknownEndFinding extends FindingBase {
  readonly rule: 'unknown-end';
  readonly phase: PhaseName;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A cycle with no published end for the horizon's phase. */
    readonly unknownEnd: SeverityOnly;
  }
}

/** A cycle with no published end of the horizon's phase (nor of a neighbouring phase standing in). */
export const unknownEnd = defineRule({
  id: 'unknown-end',
  ...severityOnly('info'),
  findings: { 'unknown-end': "the pinned cycle has no published end of the horizon's phase" },
  template: { comment: ["Cycles without a published end of the horizon's phase."] },
  create({ severity }, { asOf }): RuleHandlers<UnknownEndFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      cycle(r, out) {
        if (r.end.basis === 'none') out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'unknown-end' as const, phase: r.end.phase }));
      },
    };
  },
});
