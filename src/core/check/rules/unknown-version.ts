import type { PointRelease } from '../../lifecycle/types.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { type CyclePin, defineRule, type RuleHandlers } from './types.js';

/** The version is not among the cycle's point releases published by the as-of date. */
export interface UnknownVersionFinding extends FindingBase {
  readonly rule: 'unknown-version';
  readonly latestKnown: PointRelease | undefined;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** A pin names a point release its cycle had not published by the as-of date (16.2.99). */
    readonly unknownVersion: SeverityOnly;
  }
}

/** A pin names a point release its cycle had not published by the as-of date (16.2.99), where point releases are known. */
export const unknownVersion = defineRule({
  id: 'unknown-version',
  ...severityOnly('warning'),
  findings: {
    'unknown-version': 'a pin names a point release its cycle had not published by the as-of date (Ceph 16.2.99), where point releases are known',
  },
  template: { comment: ['A pin names a point release its cycle had not published (16.2.99), where point releases are known.'] },
  create({ severity }, { asOf, policy }): RuleHandlers<UnknownVersionFinding> {
    const s = reported(severity);
    if (!s) return {};
    // a version reported as unstable is not reported as unknown too
    const unstableReported = policy.unstable.severity !== 'ignore';
    return {
      cycle(r, out) {
        const parsed = r.parsed;
        if (parsed && (parsed.stable || !unstableReported) && r.points?.dated && parsed.release.length >= 3 && !isPublished(r))
          out.push(Object.assign(pinFinding(r, s, undefined, asOf), { rule: 'unknown-version' as const, latestKnown: r.points.latest }));
      },
    };

    /** The pinned version is one of the cycle's point releases published by the as-of date. */
    function isPublished(r: CyclePin): boolean {
      for (const p of r.cycle.points ?? [])
        if (p.date <= asOf && (p.version === r.pin.version || r.scheme.compare(p.version, r.pin.version) === 0)) return true;
      return false;
    }
  },
});
