import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers } from './types.js';

export interface UnversionedFinding extends FindingBase {
  readonly rule: 'unversioned';
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin that is no version (a commit, a moving ref). */
    readonly unversioned: SeverityOnly;
  }
}

/** A pin that is a commit or a moving ref: its maintenance cannot be judged, so it is reported, never guessed. */
export const unversioned = defineRule({
  id: 'unversioned',
  ...severityOnly('warning'),
  findings: { unversioned: 'a pin is a commit (SHA), an image digest (`sha256:…`) or a moving ref (`main`, `latest`): its maintenance cannot be judged' },
  template: { comment: ['Pins that are no version (a git commit): reported, never guessed.'] },
  create({ severity }, { asOf }): RuleHandlers<UnversionedFinding> {
    const s = reported(severity);
    if (!s) return {};
    return {
      unresolved(r, out) {
        if (r.state === 'unversioned') out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'unversioned' as const }));
      },
    };
  },
});
