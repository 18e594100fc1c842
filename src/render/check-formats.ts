import type { CheckReport } from '../core/check/check.js';
import type { Severity } from '../core/policy/types.js';
import type { ProductNames } from './message.js';
import type { Renderer } from './renderer.js';

/** What a check report's renderer needs besides the report. */
export interface CheckContext {
  readonly names: ProductNames;
  /** The threshold of a failing finding (JUnit failures). */
  readonly failOn: Severity | 'never';
  /** The exit code the edge chose (part of the JSON summary). */
  readonly exitCode: number;
  /** Also list the pins the check could not judge (table, Markdown; JSON always lists every pin). */
  readonly long?: boolean;
}

/** The formats of `upkeep check`, the default first. One entry a format; its code loads when used. */
export const CHECK_FORMATS: readonly Renderer<CheckReport, CheckContext>[] = [
  {
    id: 'table',
    description: 'a terminal table, one row a finding with its sentence below',
    mediaType: 'text/plain; charset=utf-8',
    extension: '.txt',
    render: async (report, c) => (await import('./text.js')).renderTable(report, c.names, c.long),
  },
  {
    id: 'json',
    description: 'the stable JSON document of docs/json-output.md',
    mediaType: 'application/json',
    extension: '.json',
    render: async (report, c) => (await import('./json.js')).renderJson(report, c.names, c.exitCode),
  },
  {
    id: 'markdown',
    description: 'Markdown tables, for a pull request or a wiki',
    mediaType: 'text/markdown; charset=utf-8',
    extension: '.md',
    render: async (report, c) => (await import('./text.js')).renderMarkdown(report, c.names, c.long),
  },
  {
    id: 'sarif',
    description: 'SARIF 2.1.0, for code-scanning views in CI',
    mediaType: 'application/sarif+json',
    extension: '.sarif',
    render: async (report, c) => (await import('./sarif.js')).renderSarif(report, c.names),
  },
  {
    id: 'junit',
    description: 'JUnit XML: a suite a release, a test case a pin',
    mediaType: 'application/xml',
    extension: '.xml',
    render: async (report, c) => (await import('./junit.js')).renderJunit(report, c.names, c.failOn),
  },
];
