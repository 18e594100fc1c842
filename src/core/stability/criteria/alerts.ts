import type { AlertsVerdict, AlertWindow } from '../assessment.js';
import type { StabilityCriteria } from '../criteria-schema.js';
import { binomialTest } from '../stats/binomial.js';
import type { EvidenceSet } from '../types.js';
import type { Criterion } from './types.js';

const DAY_MS = 86_400_000;

/** The counted alerts and the days the monitoring evidence spans (first to last series point or alert). */
function window(e: EvidenceSet, o: StabilityCriteria['alerts']): AlertWindow {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const see = (iso: string | null) => {
    const t = iso === null ? Number.NaN : Date.parse(iso);
    if (Number.isNaN(t)) return;
    if (t < first) first = t;
    if (t > last) last = t;
  };
  for (const p of e.series) see(p.at);
  let alerts = 0;
  for (const a of e.alerts) {
    see(a.startsAt);
    see(a.endsAt);
    if (o.severities.includes(a.severity) && !o.ignore.includes(a.name)) alerts++;
  }
  const days = last > first ? (last - first) / DAY_MS : null;
  return { alerts, days, perDay: days ? alerts / days : null };
}

/**
 * The candidate's alert rate (alerts of the counted severities per day of monitoring) is not
 * higher than the baseline's: the exact conditional test of two Poisson rates (given the total,
 * the candidate's count is binomial with its share of the observed time), one-sided.
 */
export const alerts: Criterion<AlertsVerdict> = {
  id: 'alerts',
  evaluate({ candidate, baseline, criteria }) {
    const o = criteria.alerts;
    const c = window(candidate, o);
    const b = window(baseline, o);
    const base = { criterion: 'alerts' as const, required: o.required, candidate: c, baseline: b, minDays: o.minDays, severities: o.severities };
    if (c.days === null || b.days === null || c.days < o.minDays || b.days < o.minDays)
      return { ...base, verdict: 'not-enough-data', reason: 'too-short', rateRatio: null, pValue: null };
    const total = c.alerts + b.alerts;
    const pValue = total === 0 ? 1 : binomialTest(c.alerts, total, c.days / (c.days + b.days), 'greater');
    const rateRatio = b.perDay ? (c.perDay ?? 0) / b.perDay : null;
    if (pValue <= criteria.alpha) return { ...base, verdict: 'fail', reason: 'higher', rateRatio, pValue };
    return { ...base, verdict: 'pass', reason: 'not-higher', rateRatio, pValue };
  },
};
