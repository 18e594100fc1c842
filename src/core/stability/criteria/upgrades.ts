import type { UpgradesVerdict } from '../assessment.js';
import type { Criterion } from './types.js';

/** At least `min_successful` upgrade trials to the candidate succeeded by the as-of date; failures without enough successes fail. */
export const upgrades: Criterion<UpgradesVerdict> = {
  id: 'upgrades',
  evaluate({ candidate, criteria, asOf }) {
    const o = criteria.upgrades;
    const trials = candidate.trials.filter((t) => t.to === candidate.version && t.date <= asOf);
    const successful = trials.filter((t) => t.result === 'success').length;
    const failed = trials.length - successful;
    const base = { criterion: 'upgrades' as const, required: o.required, successful, failed, minSuccessful: o.minSuccessful, trials };
    if (successful >= o.minSuccessful && (trials.length > 0 || o.minSuccessful === 0)) return { ...base, verdict: 'pass', reason: 'enough-successful' };
    if (failed > 0) return { ...base, verdict: 'fail', reason: 'failed' };
    return { ...base, verdict: 'not-enough-data', reason: 'no-trials' };
  },
};
