import type { CheckReport } from '../core/check/check.js';
import type { Finding } from '../core/check/finding.js';
import type { ResolvedPin } from '../core/check/resolve.js';
import { daysBetween } from '../core/dates.js';
import { type ResolvedEnd, resolveEnd } from '../core/lifecycle/phases.js';
import { dataNotes } from './data-notes.js';
import { evidenceText } from './evidence.js';
import { summary } from './json.js';
import { SEVERITY_LABEL, STATE_LABEL, severityTotals } from './labels.js';
import { endText, findingLine, type ProductNames } from './message.js';
import { noFindingsText, pinCountsText, unjudgedPins, unjudgedReason } from './pin-counts.js';

const SEV = (s: Finding['severity']) => SEVERITY_LABEL[s].toUpperCase();

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
  for (const n of dataNotes(report)) notes.push(`note: ${n}`);
  return notes;
}

/** The findings by severity, and the pins judged. */
function totals(report: CheckReport): [string, string] {
  const waived = report.findings.filter((f) => f.waived).length;
  return [
    `${severityTotals(summary(report.findings))}${waived ? ` (${waived} waived, not counted for the exit code)` : ''}`,
    `${pinCountsText(report.counts)}.`,
  ];
}

/** The pins the check could not judge, one row each (`check --long`). */
function unjudgedRows(report: CheckReport): string[][] {
  return unjudgedPins(report).map((p) => [p.release.id, p.pin.component + (p.alternative ? ' (alt)' : ''), p.pin.version, unjudgedReason(p)]);
}

/** The terminal table: one row a finding, its sentence below; with `long`, the pins not judged. */
export function renderTable(report: CheckReport, names: ProductNames, long = false): string {
  const out: string[] = [
    `Upkeep check of ${report.workspace} as of ${report.asOf} — releases ${report.releases.map((r) => `${r.id} (${r.date} → ${r.end})`).join(', ')}`,
  ];
  out.push(...basisNote(report), '');
  if (report.findings.length === 0) out.push(noFindingsText(report.counts));
  else {
    const header = ['SEVERITY', 'RELEASE', 'COMPONENT', 'VERSION', 'CYCLE', 'RULE', 'DATE', 'DAYS LEFT'];
    const rows = [header];
    for (const f of report.findings)
      rows.push([
        SEV(f.severity),
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
      out.push(lines[i + 1] as string, `    ${findingLine(f, names)}`);
    });
  }
  const unjudged = long ? unjudgedRows(report) : [];
  if (unjudged.length) out.push('', 'Not judged:', ...pad([['RELEASE', 'COMPONENT', 'VERSION', 'WHY'], ...unjudged]).map((l) => `  ${l}`));
  out.push('', ...totals(report));
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(report: CheckReport, names: ProductNames, long = false): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = [`# Upkeep check: ${report.workspace}, as of ${report.asOf}`, ''];
  out.push('| release | version | released | planned end |', '|---|---|---|---|');
  for (const r of report.releases) out.push(`| ${r.id} | ${r.version ?? ''} | ${r.date} | ${r.end} |`);
  out.push('');
  for (const n of basisNote(report)) out.push(`> ${n}`, '');
  if (report.findings.length === 0) out.push(noFindingsText(report.counts));
  else {
    out.push(
      '| severity | release | component | version | cycle | rule | date | days left | finding | evidence |',
      '|---|---|---|---|---|---|---|---:|---|---|',
    );
    for (const f of report.findings)
      out.push(
        `| ${SEVERITY_LABEL[f.severity]} | ${f.release} | ${esc(f.component)}${f.alternative ? ' (alternative)' : ''} | ${esc(f.version)} | ${f.cycle ?? ''} | ${f.rule} | ${f.date ?? ''} | ${f.daysLeft ?? ''} | ${esc(findingLine(f, names))} | ${f.evidence ? esc(evidenceText(f.evidence)) : ''} |`,
      );
  }
  const unjudged = long ? unjudgedRows(report) : [];
  if (unjudged.length)
    out.push('', '## Not judged', '', '| release | component | version | why |', '|---|---|---|---|', ...unjudged.map((r) => `| ${r.map(esc).join(' | ')} |`));
  const [bySeverity, pins] = totals(report);
  out.push('', `**${bySeverity}**; ${pins}`);
  return `${out.join('\n')}\n`;
}

/**
 * The end of the phase a pin is in on the as-of date (for `ended`, the last published end): what
 * a status cell's arrow and the ENDS column show, so the date always belongs to the phase named
 * beside it. Undefined for a pin outside any phase (future, unversioned, no lifecycle).
 */
function phaseEnd(p: ResolvedPin): ResolvedEnd | undefined {
  if (!p.cycle) return undefined;
  if (p.state === 'maintained' || p.state === 'security' || p.state === 'extended') return resolveEnd(p.cycle, p.state);
  if (p.state === 'ended') return resolveEnd(p.cycle, 'extended');
  return undefined;
}

/** Pins `status` leaves out unless --all: those of no lifecycle at all. */
function hidden(p: ResolvedPin, all: boolean): boolean {
  return !all && (p.state === 'no-lifecycle' || (p.state === 'unversioned' && !p.product));
}

function statusCounts(report: CheckReport, all: boolean): string[] {
  const c = report.counts;
  return all || c.judged === c.total ? [pinCountsText(c)] : [`${pinCountsText(c)} (--all lists the pins of no lifecycle)`];
}

/**
 * `upkeep status`: the release × component matrix, each cell the pin's version, its phase on the
 * date and the end of that phase.
 */
export function renderStatusMatrix(report: CheckReport, all: boolean): string {
  const rows = new Map<string, Map<string, string>>();
  for (const p of report.pins) {
    if (hidden(p, all)) continue;
    const key = p.pin.component + (p.alternative ? ' (alt)' : '');
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Map()));
    const version = p.pin.version.length > 14 ? `${p.pin.version.slice(0, 13)}…` : p.pin.version;
    const end = phaseEnd(p);
    const until = end?.date ? (p.state === 'ended' ? ` ${end.date}` : ` → ${end.date}`) : end?.open ? ' → open' : '';
    row.set(p.release.id, `${version} ${STATE_LABEL[p.state]}${until}`);
  }
  const header = ['COMPONENT', ...report.releases.map((r) => `${r.id} (${r.date} → ${r.end})`)];
  const table = [header, ...[...rows].map(([c, row]) => [c, ...report.releases.map((r) => row.get(r.id) ?? '')])];
  return `${[
    `Status as of ${report.asOf}: each pin's phase on that date → the end of that phase (the policy checks the ${report.policy.horizon.phase} phase)`,
    ...basisNote(report),
    ...statusCounts(report, all),
    '',
    ...pad(table),
  ].join('\n')}\n`;
}

/** The phase with upstream's own name for it, where the product gives one (`maintained "Maintenance & Security Support"`). */
function phaseWithLabel(p: CheckReport['pins'][number]): string {
  const labels = p.known?.product.phaseLabels;
  if (!labels || !(p.state === 'maintained' || p.state === 'security' || p.state === 'extended')) return STATE_LABEL[p.state];
  // a phase without its own end stands on a neighbour's (Vault's maintenance is its "Standard Maintenance")
  const label = labels[p.state] ?? (p.end?.phase === p.state ? labels[p.end.from] : undefined);
  return label ? `${STATE_LABEL[p.state]} "${label}"` : STATE_LABEL[p.state];
}

/** `upkeep status --long`: each pin's phase on the date and the end of that phase, by release. */
export function renderStatus(report: CheckReport, names: ProductNames, all: boolean): string {
  const out = [`Status as of ${report.asOf}`, ...basisNote(report), ...statusCounts(report, all)];
  for (const release of report.releases) {
    out.push('', `${release.id}${release.version ? ` (${release.version})` : ''}: ${release.date} → ${release.end}`);
    const rows = [['COMPONENT', 'VERSION', 'PRODUCT', 'CYCLE', 'PHASE', 'PHASE ENDS', 'DAYS LEFT', 'POINT RELEASES']];
    for (const p of report.pins) {
      if (p.release.id !== release.id || hidden(p, all)) continue;
      const end = phaseEnd(p);
      rows.push([
        p.pin.component + (p.alternative ? ' (alt)' : ''),
        p.pin.version.length > 14 ? `${p.pin.version.slice(0, 13)}…` : p.pin.version,
        p.product ? (names(p.product) ?? p.product) : '-',
        p.cycle ? `${p.cycle.id}${p.cycle.codename && p.cycle.codename.toLowerCase() !== p.cycle.id ? ` ${p.cycle.codename}` : ''}` : '-',
        phaseWithLabel(p),
        end ? endText(end) : '-',
        end?.date && p.state !== 'ended' ? String(daysBetween(report.asOf, end.date)) : '-',
        p.points && (p.points.dated || p.points.latest) ? `${p.points.dated ? `${p.points.count}, ` : ''}latest ${p.points.latest?.version ?? '-'}` : '-',
      ]);
    }
    out.push(...pad(rows).map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}
