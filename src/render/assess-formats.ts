import type { Assessment } from '../core/stability/assessment.js';
import type { Renderer } from './renderer.js';

export interface AssessContext {
  readonly productName: string;
  readonly exitCode: number;
}

/** The text formats of `upkeep assess`; the list with the HTML page is src/web/assess-formats.ts. */
export const assessTable: Renderer<Assessment, AssessContext> = {
  id: 'table',
  description: 'the answer, then each criterion with its verdict and numbers',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: async (a, c) => (await import('./assess-text.js')).renderAssessTable(a, c.productName),
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
  description: 'Markdown, for a pull request or the board',
  mediaType: 'text/markdown; charset=utf-8',
  extension: '.md',
  render: async (a, c) => (await import('./assess-text.js')).renderAssessMarkdown(a, c.productName),
};
