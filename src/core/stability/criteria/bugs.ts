import type { BugsVerdict } from '../assessment.js';
import { REPORT_SEVERITIES } from '../types.js';
import type { Criterion } from './types.js';

/** No known bug of the candidate at or above `blocking_severity` was open on the as-of date. */
export const bugs: Criterion<BugsVerdict> = {
  id: 'bugs',
  evaluate({ candidate, criteria, asOf }) {
    const o = criteria.bugs;
    const floor = REPORT_SEVERITIES.indexOf(o.blockingSeverity);
    const known = candidate.bugs.filter((b) => b.opened <= asOf);
    const blocking = known.filter(
      (b) =>
        REPORT_SEVERITIES.indexOf(b.severity) >= floor && (b.status === 'open' ? b.closed === null || b.closed > asOf : b.closed !== null && b.closed > asOf),
    );
    const base = { criterion: 'bugs' as const, required: o.required, known: known.length, blocking, blockingSeverity: o.blockingSeverity };
    return blocking.length ? { ...base, verdict: 'fail', reason: 'open-blocking' } : { ...base, verdict: 'pass', reason: 'none-open' };
  },
};
