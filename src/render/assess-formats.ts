import type { Assessment } from '../core/stability/assessment.js';
import type { Renderer } from './renderer.js';

export interface AssessContext {
  readonly productName: string;
  readonly exitCode: number;
  /** Table and Markdown: list every benchmark metric, not only those that fail or lack data. */
  readonly long?: boolean;
}

/** The text formats of `upkeep assess`; the list with the HTML page is src/web/assess-formats.ts. */
export const assessTable: Renderer<Assessment, AssessContext> = {
  id: 'table',
  description: 'the answer, then each criterion with its verdict and numbers; of the benchmarks, the metrics that fail or lack data (--long: all)',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: async (a, c) => (await import('./assess-text.js')).renderAssessTable(a, c.productName, c.long),
};

export const assessJson: Renderer<Assessment, AssessContext> = {
  id: 'json',
  description: 'the assessment as data (schema upkeep.assess/v1): verdicts, p-values, effect sizes, intervals, sample sizes',
  mediaType: 'application/json',
  extension: '.json',
  render: async (a, c) => (await import('./assess-json.js')).renderAssessJson(a, c.productName, c.exitCode),
};

export const assessMarkdown: Renderer<Assessment, AssessContext> = {
  id: 'markdown',
  description: 'Markdown, for a pull request or the board (benchmark metrics as in the table; --long: all)',
  mediaType: 'text/markdown; charset=utf-8',
  extension: '.md',
  render: async (a, c) => (await import('./assess-text.js')).renderAssessMarkdown(a, c.productName, c.long),
};
