import type { CheckReport } from '../core/check/check.js';
import type { ProductNames } from './message.js';
import type { Renderer } from './renderer.js';

/** What a status renderer needs besides the report. */
export interface StatusContext {
  readonly names: ProductNames;
  /** Also pins without lifecycle data. */
  readonly all: boolean;
  /** One table per release instead of the matrix. */
  readonly long: boolean;
  /** The exit code `check` would give at --fail-on error (part of the JSON summary). */
  readonly exitCode: number;
}

/**
 * The text formats of `upkeep status`. The list of all its formats, with the HTML page, is
 * STATUS_FORMATS in src/web/status-formats.ts (a page belongs to web, which stands on render).
 */
export const statusTable: Renderer<CheckReport, StatusContext> = {
  id: 'table',
  description: 'the release × component matrix; with --long one table per release',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: async (report, c) => {
    const { renderStatus, renderStatusMatrix } = await import('./text.js');
    return c.long ? renderStatus(report, c.names, c.all) : renderStatusMatrix(report, c.all);
  },
};

export const statusJson: Renderer<CheckReport, StatusContext> = {
  id: 'json',
  description: 'the JSON document of `check --format json` (docs/json-output.md)',
  mediaType: 'application/json',
  extension: '.json',
  render: async (report, c) => (await import('./json.js')).renderJson(report, c.names, c.exitCode),
};
