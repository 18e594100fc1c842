import type { SchemeId } from '../../versions/types.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface BadVersionFinding extends FindingBase {
  readonly rule: 'bad-version';
  /** The version scheme the pin does not follow. */
  readonly scheme: SchemeId;
  /** The cycles of the product known on the as-of date (none of them is named by the pin). */
  readonly knownCycles: readonly string[];
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin that is no version of its product's scheme and names none of its cycles. */
    readonly badVersion: SeverityOnly;
  }
}

/** A pin that is no version of its scheme and no cycle's name: reported for that pin; the other pins are still checked. */
export const badVersion = defineRule({
  id: 'bad-version',
  ...severityOnly('warning'),
  findings: { 'bad-version': "a pin is no version of its product's scheme and names none of its cycles" },
  template: { comment: ["Pins that are no version of their product's scheme and name none of its cycles."] },
  create({ severity }, { asOf }): RuleHandlers<BadVersionFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      unresolved(r, out) {
        if (r.state === 'bad-version' && r.scheme)
          out.push(
            Object.assign(pinFinding(r, s, undefined, asOf), {
              rule: 'bad-version' as const,
              scheme: r.scheme.id,
              knownCycles: (r.known?.cycles ?? []).map((c) => c.id),
            }),
          );
      },
    };
  },
});
