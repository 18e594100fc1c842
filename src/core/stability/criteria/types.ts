import type { PlainDate } from '../../dates.js';
import type { CriterionId, CriterionVerdict, LifecycleFacts } from '../assessment.js';
import type { StabilityCriteria } from '../criteria-schema.js';
import type { EvidenceSet } from '../types.js';

/** What every criterion is judged from. */
export interface AssessContext {
  readonly candidate: EvidenceSet;
  readonly baseline: EvidenceSet;
  readonly criteria: StabilityCriteria;
  readonly lifecycle: LifecycleFacts;
  readonly asOf: PlainDate;
}

/**
 * One stability criterion: a file in this folder and a line in `CRITERIA` (index.ts). Its options
 * are its section of stability.yaml (criteria-schema.ts); its words are in src/render/stability-words.ts.
 * A criterion never passes on too little data: below its minimum it says `not-enough-data`.
 */
export interface Criterion<V extends CriterionVerdict = CriterionVerdict> {
  readonly id: CriterionId & V['criterion'];
  evaluate(context: AssessContext): V;
}
