import { addDays } from '../../dates.js';
import type { ReportsVerdict } from '../assessment.js';
import { REPORT_SEVERITIES } from '../types.js';
import type { Criterion } from './types.js';

/** At least `min_reports` operators' reports on the candidate, and none at or above `blocking_severity` in the last `window_days`. */
export const reports: Criterion<ReportsVerdict> = {
  id: 'reports',
  evaluate({ candidate, criteria, asOf }) {
    const o = criteria.reports;
    const since = addDays(asOf, -o.windowDays);
    const floor = REPORT_SEVERITIES.indexOf(o.blockingSeverity);
    const known = candidate.reports.filter((r) => r.version === candidate.version && r.date <= asOf);
    const blocking = known.filter((r) => r.date > since && REPORT_SEVERITIES.indexOf(r.severity) >= floor);
    const base = {
      criterion: 'reports' as const,
      required: o.required,
      total: known.length,
      blocking,
      since,
      windowDays: o.windowDays,
      blockingSeverity: o.blockingSeverity,
      minReports: o.minReports,
    };
    if (blocking.length) return { ...base, verdict: 'fail', reason: 'blocking-recent' };
    if (known.length < o.minReports) return { ...base, verdict: 'not-enough-data', reason: 'too-few-reports' };
    return { ...base, verdict: 'pass', reason: 'none-blocking' };
  },
};
