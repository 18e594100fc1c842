import { isLive, Promises } from '../../commitments/match.js';
import type { Commitment, Waiver } from '../../commitments/types.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import type { ResolvedPin } from '../resolve.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { defineRule, type RuleHandlers, type Sink } from './types.js';

/** A commitment of commitments.yaml for this pin expired before the release's end: nobody promises its maintenance any more. */
export interface CommitmentExpiredFinding extends FindingBase {
  readonly rule: 'commitment-expired';
  readonly commitment: Commitment;
}

/** A waiver of commitments.yaml for this pin has expired: the finding it accepted counts again. */
export interface WaiverExpiredFinding extends FindingBase {
  readonly rule: 'waiver-expired';
  readonly waiver: Waiver;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A commitment or a waiver of commitments.yaml has expired on the as-of date. */
    readonly commitmentExpired: SeverityOnly;
  }
}

/**
 * The promises of commitments.yaml run out: an expired commitment is itself a finding (the
 * component is no longer covered by it), and so is an expired waiver (its finding counts again).
 */
export const commitmentExpired = defineRule({
  id: 'commitment-expired',
  ...severityOnly('warning'),
  findings: {
    'commitment-expired': "a commitment of commitments.yaml for the pin ended before the as-of date and before the release's planned end",
    'waiver-expired': 'a waiver of commitments.yaml for the pin expired before the as-of date: the finding it accepted counts again',
  },
  template: { comment: ['A commitment or a waiver of commitments.yaml has expired (docs/commitments.md).'] },
  create({ severity }, { ws, asOf }): RuleHandlers<CommitmentExpiredFinding | WaiverExpiredFinding> {
    const s = reported(severity);
    const promises = new Promises(ws);
    if (!s || promises.empty) return {};
    const judge = (r: ResolvedPin, out: Sink<CommitmentExpiredFinding | WaiverExpiredFinding>) => {
      const release = r.release.id;
      const commitments = promises.commitments(release, r.pin.component, r.cycle?.id);
      // a later promise that holds on the as-of date (a renewal, a partner taking over) leaves no gap
      const holding = commitments.some((o) => isLive(o, asOf) && (o.from ?? r.release.date) <= asOf);
      for (const c of commitments) {
        // ran out while the release is still to be maintained; an alternative counts only for a commitment of its own cycle
        if (!holding && c.until < asOf && c.until < r.release.end && (!r.alternative || c.cycle !== undefined))
          out.push(Object.assign(pinFinding(r, s, c.until, asOf), { rule: 'commitment-expired' as const, commitment: c }));
      }
      if (r.alternative) return;
      for (const w of promises.waivers(release, r.pin.component))
        if (w.expires < asOf) out.push(Object.assign(pinFinding(r, s, w.expires, asOf), { rule: 'waiver-expired' as const, waiver: w }));
    };
    return { cycle: judge, unresolved: judge };
  },
});
