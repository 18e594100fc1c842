import type { PlainDate } from '../../dates.js';
import { eventFinding, type FindingBase } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface CycleFutureFinding extends FindingBase {
  readonly rule: 'cycle-future';
  readonly released: PlainDate;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pinned cycle is released only after the release date. */
    readonly cycleFuture: SeverityOnly;
  }
}

/** A pinned cycle is released only after the release date: the release cannot have shipped it. */
export const cycleFuture = defineRule({
  id: 'cycle-future',
  ...severityOnly('error'),
  findings: { 'cycle-future': 'the pinned cycle is released only after the release date' },
  template: { comment: ['A pinned cycle is released only after the release date.'] },
  create({ severity }): RuleHandlers<CycleFutureFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      cycle(r, out) {
        const released = r.cycle.released;
        if (released && released > r.release.date) out.push(Object.assign(eventFinding(r, s, released), { rule: 'cycle-future' as const, released }));
      },
    };
  },
});
