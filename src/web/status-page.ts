import type { CheckReport } from '../core/check/check.js';
import { findingMessage, type ProductNames } from '../render/message.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A self-contained status page: the lifecycle timeline (rendered beforehand, inline SVG) and the
 * findings of the check, for release managers and operators who would rather look than read.
 */
export function renderStatusPage(report: CheckReport, names: ProductNames, timeline: string): string {
  const rows = report.findings
    .filter((f) => f.severity !== 'info')
    .map(
      (f) =>
        `<tr class="${f.severity}"><td>${f.severity}</td><td>${esc(f.release)}</td><td>${esc(f.component)}${f.alternative ? ' (alt)' : ''}</td><td>${esc(f.version)}</td><td>${esc(f.rule)}</td><td>${f.date ?? ''}</td><td>${esc(findingMessage(f, names))}</td></tr>`,
    )
    .join('\n');
  const notes = report.lifecycles.filter((l) => l.basis === 'current').map((l) => l.product);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Upkeep status of ${esc(report.workspace)} as of ${report.asOf}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1150px; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
tr.error td:first-child { color: #c62828; font-weight: bold; }
tr.warning td:first-child { color: #ef6c00; }
.note { color: #555; }
</style>
</head>
<body>
<h1>${esc(report.workspace)}: upstream maintenance as of ${report.asOf}</h1>
<p class="note">Releases: ${report.releases.map((r) => `${esc(r.id)} (${r.date} → ${r.end})`).join(', ')}. Blue lines: release date and planned end; red dashed line: the as-of date.${notes.length ? ` No history for ${esc(notes.join(', '))}: today's lifecycle files are used.` : ''}</p>
${timeline}
<h2>Findings</h2>
${rows ? `<table><thead><tr><th>severity</th><th>release</th><th>component</th><th>version</th><th>rule</th><th>date</th><th>finding</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '<p>No errors or warnings.</p>'}
</body>
</html>
`;
}
