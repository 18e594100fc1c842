import type { Assessment } from '../core/stability/assessment.js';
import { collectHint, criterionSentence, overallSentence } from './stability-words.js';

export const ASSESS_SCHEMA = 'upkeep.assess/v1';

/** The assessment as data: every criterion's verdict and numbers, with its sentence; the exit code the edge chose. */
export function renderAssessJson(a: Assessment, productName: string, exitCode: number): string {
  const doc = {
    schema: ASSESS_SCHEMA,
    product: a.product,
    productName,
    candidate: a.candidate,
    baseline: a.baseline,
    env: a.env,
    asOf: a.asOf,
    overall: a.overall,
    message: overallSentence(a, productName),
    exitCode,
    blocking: a.blocking,
    missing: a.missing.map((c) => ({ criterion: c, collect: collectHint(c, a) })),
    criteria: a.verdicts.map((v) => ({ ...v, message: criterionSentence(v, a) })),
    settings: a.criteria,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
