/**
 * The status page: the lifecycle timeline (inline SVG) and the findings of the check, for release
 * managers and operators who would rather look than read. `statusPageModel` gathers what the page
 * shows from a check report (words from src/render); `renderStatusPage` lays it out.
 */
import type { CheckReport } from '../core/check/check.js';
import type { PlainDate } from '../core/dates.js';
import { dataAgeText } from '../render/data-age.js';
import { findingMessage, type ProductNames } from '../render/message.js';
import { pinCountsText } from '../render/pin-counts.js';
import type { ChartDocument } from './charts/plot.js';
import { renderTimeline, type TimelineModel, timelineModel } from './charts/timeline.js';
import { html, joinHtml } from './html.js';
import { renderLayout } from './layout.js';

/** A finding of severity warning or error, as one row of the table. */
export interface StatusFindingRow {
  readonly severity: string;
  readonly release: string;
  /** The component, `(alt)` added for an alternative pin. */
  readonly component: string;
  readonly version: string;
  readonly rule: string;
  readonly date?: PlainDate | undefined;
  readonly message: string;
}

export interface StatusPageModel {
  readonly workspace: string;
  readonly asOf: PlainDate;
  readonly releases: readonly { readonly id: string; readonly date: PlainDate; readonly end: PlainDate }[];
  /** Products read from today's lifecycle files, for lack of history. */
  readonly withoutHistory: readonly string[];
  /** "27 of 109 pins judged; not judged: …". */
  readonly pins: string;
  /** "lifecycle data as of 2026-11-02, 28 days old on …" (src/render/data-age.ts). */
  readonly dataAge: string;
  readonly timeline: TimelineModel;
  readonly findings: readonly StatusFindingRow[];
}

export function statusPageModel(report: CheckReport, names: ProductNames): StatusPageModel {
  return {
    workspace: report.workspace,
    asOf: report.asOf,
    releases: report.releases.map((r) => ({ id: r.id, date: r.date, end: r.end })),
    withoutHistory: report.lifecycles.filter((l) => l.basis === 'current').map((l) => l.product),
    pins: pinCountsText(report.counts),
    dataAge: dataAgeText(report.dataAge),
    timeline: timelineModel(report, names),
    findings: report.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => ({
        severity: f.severity,
        release: f.release,
        component: `${f.component}${f.alternative ? ' (alt)' : ''}`,
        version: f.version,
        rule: f.rule,
        date: f.date,
        message: findingMessage(f, names),
      })),
  };
}

const STYLES = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1150px; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
tr.error td:first-child { color: #c62828; font-weight: bold; }
tr.warning td:first-child { color: #ef6c00; }
.note { color: #555; }
`;

/** The page, complete and static; `document` renders the timeline (jsdom at the edge). */
export function renderStatusPage(model: StatusPageModel, document: ChartDocument): string {
  const releases = joinHtml(
    model.releases.map((r) => `${r.id} (${r.date} → ${r.end})`),
    ', ',
  );
  const rows = joinHtml(
    model.findings.map(
      (f) =>
        html`<tr class="${f.severity}"><td>${f.severity}</td><td>${f.release}</td><td>${f.component}</td><td>${f.version}</td><td>${f.rule}</td><td>${f.date}</td><td>${f.message}</td></tr>`,
    ),
    '\n',
  );
  const findings = model.findings.length
    ? html`<table><thead><tr><th>severity</th><th>release</th><th>component</th><th>version</th><th>rule</th><th>date</th><th>finding</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : html`<p>No errors or warnings.</p>`;
  const noHistory = model.withoutHistory.length > 0 && html` No history for ${model.withoutHistory.join(', ')}: today's lifecycle files are used.`;
  return renderLayout({
    title: `Upkeep status of ${model.workspace} as of ${model.asOf}`,
    styles: STYLES,
    chartStyles: true,
    header: html`<h1>${model.workspace}: upstream maintenance as of ${model.asOf}</h1>`,
    main: html`<p class="note">Releases: ${releases}. ${model.pins}. Blue lines: release date and planned end; red dashed line: the as-of date.${noHistory}</p>
<p class="note data-age">${model.dataAge[0]?.toUpperCase()}${model.dataAge.slice(1)}.</p>
${renderTimeline(model.timeline, document)}
<h2>Findings</h2>
${findings}`,
  });
}
