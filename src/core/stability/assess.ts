import type { PlainDate } from '../dates.js';
import type { Assessment, LifecycleFacts, Overall } from './assessment.js';
import { CRITERIA } from './criteria/index.js';
import type { StabilityCriteria } from './criteria-schema.js';
import type { EvidenceSet } from './types.js';

/**
 * Is the candidate stable enough, against its baseline, by these criteria, as known on `asOf`?
 * Pure: the evidence, the criteria and the lifecycle facts come in, the verdicts go out.
 * Overall: *not yet* when a required criterion fails (those block), else *not enough data* when
 * one lacks data (those say what to collect), else *stable enough*.
 */
export function assess(candidate: EvidenceSet, baseline: EvidenceSet, criteria: StabilityCriteria, lifecycle: LifecycleFacts, asOf: PlainDate): Assessment {
  const context = { candidate, baseline, criteria, lifecycle, asOf };
  const verdicts = CRITERIA.map((c) => c.evaluate(context));
  const required = verdicts.filter((v) => v.required);
  const blocking = required.filter((v) => v.verdict === 'fail').map((v) => v.criterion);
  const missing = required.filter((v) => v.verdict === 'not-enough-data').map((v) => v.criterion);
  const overall: Overall = blocking.length ? 'not-yet' : missing.length ? 'not-enough-data' : 'stable-enough';
  return {
    product: candidate.product,
    candidate: candidate.version,
    baseline: baseline.version,
    env: candidate.env,
    asOf,
    overall,
    blocking,
    missing,
    verdicts,
    criteria,
  };
}
