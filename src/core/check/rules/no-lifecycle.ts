import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface NoLifecycleFinding extends FindingBase {
  readonly rule: 'no-lifecycle';
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin whose component has no lifecycle in the workspace. */
    readonly noLifecycle: SeverityOnly;
  }
}

/** A pin whose component has no lifecycle in the workspace (off by default: many stacks pin tools nobody tracks). */
export const noLifecycle = defineRule({
  id: 'no-lifecycle',
  ...severityOnly('ignore'),
  findings: { 'no-lifecycle': "a pin's component has no lifecycle in `products/`" },
  template: { comment: ['Pins whose component has no lifecycle in products/.'] },
  create({ severity }, { asOf }): RuleHandlers<NoLifecycleFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      unresolved(r, out) {
        if (r.state === 'no-lifecycle') out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'no-lifecycle' as const }));
      },
    };
  },
});
