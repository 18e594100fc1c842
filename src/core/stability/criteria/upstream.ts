import type { UpstreamVerdict } from '../assessment.js';
import type { Criterion } from './types.js';

/** Upstream has published at least `min_point_releases` stable point releases of the candidate's cycle by the as-of date. */
export const upstream: Criterion<UpstreamVerdict> = {
  id: 'upstream',
  evaluate({ lifecycle, criteria }) {
    const o = criteria.upstream;
    const base = { criterion: 'upstream' as const, required: o.required, lifecycle, minPointReleases: o.minPointReleases };
    if (lifecycle.cycle === null) return { ...base, verdict: 'not-enough-data', reason: 'unknown-cycle' };
    if (lifecycle.pointReleases < o.minPointReleases) return { ...base, verdict: 'fail', reason: 'too-few-point-releases' };
    return { ...base, verdict: 'pass', reason: 'enough-point-releases' };
  },
};
