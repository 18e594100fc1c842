import type { FlavorCheckReport } from '../core/flavor/check.js';
import type { Renderer } from './renderer.js';

export interface FlavorCheckContext {
  /** Also the renames of v1 names to canonical names. */
  readonly fix: boolean;
}

const render =
  (format: 'table' | 'json' | 'markdown') =>
  async (report: FlavorCheckReport, c: FlavorCheckContext): Promise<string> =>
    (await import('./flavor-check.js')).renderFlavorReport(report, format, c.fix);

/** The formats of `upkeep flavor check`, the default first. */
export const FLAVOR_CHECK_FORMATS: readonly Renderer<FlavorCheckReport, FlavorCheckContext>[] = [
  { id: 'table', description: 'status a flavor, then the findings', mediaType: 'text/plain; charset=utf-8', extension: '.txt', render: render('table') },
  { id: 'json', description: 'the report as JSON, each finding with its sentence', mediaType: 'application/json', extension: '.json', render: render('json') },
  { id: 'markdown', description: 'a Markdown report', mediaType: 'text/markdown; charset=utf-8', extension: '.md', render: render('markdown') },
];
