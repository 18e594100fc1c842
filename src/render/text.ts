import type { CheckReport } from '../core/check/check.js';
import type { Finding } from '../core/check/finding.js';
import { daysBetween } from '../core/dates.js';
import { summary } from './json.js';
import { endText, findingMessage, type ProductNames } from './message.js';

const SEV: Record<Finding['severity'], string> = { error: 'ERROR', warning: 'WARN', info: 'info' };

/** Shortens a cell for the terminal table (the sentence below and the other formats keep it whole). */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function pad(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length);
    });
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function basisNote(report: CheckReport): string[] {
  const notes: string[] = [];
  const current = report.lifecycles.filter((l) => l.basis === 'current').map((l) => l.product);
  if (current.length) notes.push(`note: no history for ${current.join(', ')}: today's lifecycle files are used for ${report.asOf}`);
  if (report.policy.maturity.minPointReleases > 0 && report.policy.maturity.severity.pointReleases !== 'ignore') {
    const undated = [...new Set(report.pins.filter((p) => p.points && !p.points.dated && p.product).map((p) => p.product as string))].sort();
    if (undated.length) notes.push(`note: no dated point releases for ${undated.join(', ')}: min_point_releases is not checked for them`);
  }
  return notes;
}

function totals(report: CheckReport): string {
  const s = summary(report.findings);
  return `${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} note${s.info === 1 ? '' : 's'}`;
}

/** The terminal table: one row a finding, its sentence below. */
export function renderTable(report: CheckReport, names: ProductNames): string {
  const out: string[] = [
    `Upkeep check of ${report.workspace} as of ${report.asOf} — releases ${report.releases.map((r) => `${r.id} (${r.date} → ${r.end})`).join(', ')}`,
  ];
  out.push(...basisNote(report), '');
  if (report.findings.length === 0) out.push('No findings: every pinned cycle stays inside the policy.');
  else {
    const header = ['SEVERITY', 'RELEASE', 'COMPONENT', 'VERSION', 'CYCLE', 'RULE', 'DATE', 'DAYS LEFT'];
    const rows = [header];
    for (const f of report.findings)
      rows.push([
        SEV[f.severity],
        f.release,
        cut(f.component + (f.alternative ? ' (alt)' : ''), 28),
        cut(f.version, 14),
        f.cycle ?? '-',
        f.rule,
        f.date ?? '-',
        f.daysLeft === undefined ? '-' : String(f.daysLeft),
      ]);
    const lines = pad(rows);
    out.push(lines[0] as string);
    report.findings.forEach((f, i) => {
      out.push(lines[i + 1] as string, `    ${findingMessage(f, names)}`);
    });
  }
  out.push('', totals(report));
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(report: CheckReport, names: ProductNames): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = [`# Upkeep check: ${report.workspace}, as of ${report.asOf}`, ''];
  out.push('| release | version | released | planned end |', '|---|---|---|---|');
  for (const r of report.releases) out.push(`| ${r.id} | ${r.version ?? ''} | ${r.date} | ${r.end} |`);
  out.push('');
  for (const n of basisNote(report)) out.push(`> ${n}`, '');
  if (report.findings.length === 0) out.push('No findings.');
  else {
    out.push('| severity | release | component | version | cycle | rule | date | days left | finding |', '|---|---|---|---|---|---|---|---:|---|');
    for (const f of report.findings)
      out.push(
        `| ${f.severity} | ${f.release} | ${esc(f.component)}${f.alternative ? ' (alternative)' : ''} | ${esc(f.version)} | ${f.cycle ?? ''} | ${f.rule} | ${f.date ?? ''} | ${f.daysLeft ?? ''} | ${esc(findingMessage(f, names))} |`,
      );
  }
  out.push('', `**${totals(report)}**`);
  return `${out.join('\n')}\n`;
}

const SHORT_PHASE: Record<string, string> = {
  maintained: 'maintained',
  security: 'security-only',
  extended: 'extended',
  ended: 'ENDED',
  future: 'future',
  unknown: '?',
  unversioned: 'unversioned',
  'no-lifecycle': '-',
  'unknown-cycle': 'unknown cycle',
  'bad-version': 'not a version',
};

/**
 * `upkeep status`: the release × component matrix, each cell the pin's version, its phase on the
 * date and the end of the policy's phase.
 */
export function renderStatusMatrix(report: CheckReport, all: boolean): string {
  const rows = new Map<string, Map<string, string>>();
  for (const p of report.pins) {
    if (!all && (p.state === 'no-lifecycle' || (p.state === 'unversioned' && !p.product))) continue;
    const key = p.pin.component + (p.alternative ? ' (alt)' : '');
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Map()));
    const version = p.pin.version.length > 14 ? `${p.pin.version.slice(0, 13)}…` : p.pin.version;
    const until = p.end?.date ? ` → ${p.end.date}` : p.end?.open ? ' → open' : '';
    row.set(
      p.release.id,
      `${version} ${SHORT_PHASE[p.state] ?? p.state}${p.state === 'maintained' || p.state === 'security' || p.state === 'extended' || p.state === 'ended' ? until : ''}`,
    );
  }
  const header = ['COMPONENT', ...report.releases.map((r) => `${r.id} (${r.date} → ${r.end})`)];
  const table = [header, ...[...rows].map(([c, row]) => [c, ...report.releases.map((r) => row.get(r.id) ?? '')])];
  return `${[`Status as of ${report.asOf} (${report.policy.horizon.phase} phase; → its end)`, ...basisNote(report), '', ...pad(table)].join('\n')}\n`;
}

/** `upkeep status --long`: each pin's phase on the date, by release. */
export function renderStatus(report: CheckReport, names: ProductNames, all: boolean): string {
  const out = [`Status as of ${report.asOf}`, ...basisNote(report)];
  for (const release of report.releases) {
    out.push('', `${release.id}${release.version ? ` (${release.version})` : ''}: ${release.date} → ${release.end}`);
    const rows = [['COMPONENT', 'VERSION', 'PRODUCT', 'CYCLE', 'PHASE', 'ENDS', 'DAYS LEFT', 'POINT RELEASES']];
    for (const p of report.pins) {
      if (p.release.id !== release.id) continue;
      if (!all && (p.state === 'no-lifecycle' || (p.state === 'unversioned' && !p.product))) continue;
      rows.push([
        p.pin.component + (p.alternative ? ' (alt)' : ''),
        p.pin.version.length > 14 ? `${p.pin.version.slice(0, 13)}…` : p.pin.version,
        p.product ? (names(p.product) ?? p.product) : '-',
        p.cycle ? `${p.cycle.id}${p.cycle.codename && p.cycle.codename.toLowerCase() !== p.cycle.id ? ` ${p.cycle.codename}` : ''}` : '-',
        p.state,
        p.end ? endText(p.end) : '-',
        p.end?.date ? String(daysBetween(report.asOf, p.end.date)) : '-',
        p.points && (p.points.dated || p.points.latest) ? `${p.points.dated ? `${p.points.count}, ` : ''}latest ${p.points.latest?.version ?? '-'}` : '-',
      ]);
    }
    out.push(...pad(rows).map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}
