import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface UnstableFinding extends FindingBase {
  readonly rule: 'unstable';
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin is a release candidate or development version (Ceph 17.1.0, 1.28.0-rc.1). */
    readonly unstable: SeverityOnly;
  }
}

/** A pin is a release candidate or development version (Ceph 17.1.0, 17.0.0; 1.28.0-rc.1). */
export const unstable = defineRule({
  id: 'unstable',
  ...severityOnly('error'),
  findings: { unstable: 'a pin is a release candidate or development version (Ceph 17.1.0, 17.0.0; `1.28.0-rc.1`)' },
  template: { comment: ['A pin is a release candidate or development version (Ceph 17.1.0, 1.28.0-rc.1).'] },
  create({ severity }, { asOf }): RuleHandlers<UnstableFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      cycle(r, out) {
        if (r.parsed && !r.parsed.stable) out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'unstable' as const }));
      },
    };
  },
});
