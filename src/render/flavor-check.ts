/**
 * Renders a flavor check report (core findings are data; the sentences live here) as a text
 * table, Markdown or JSON, and the `--fix` rename list.
 */
import type { FlavorCheckReport, FlavorFinding } from '../core/flavor/check.js';

export type ReportFormat = 'table' | 'json' | 'markdown';

/** One finding in one line. */
function findingText(f: FlavorFinding): string {
  switch (f.kind) {
    case 'wrong-name':
      return `${f.flavor}: not a valid SCS flavor name: ${f.failure.message}`;
    case 'mismatch': {
      const isProperty = f.property.startsWith('scs:');
      if (f.reason === 'no-such-disk')
        return `${f.flavor}: property ${f.property} = ${f.actual} describes a disk the name does not have; remove the property or name the disk`;
      if (f.reason === 'standard-flavor')
        return f.actual === undefined
          ? `${f.flavor}: standard flavor needs ${f.property} = ${f.expected}, which is not set`
          : `${f.flavor}: standard flavor needs ${f.property} = ${f.expected}, has ${f.actual}`;
      if (f.reason === 'overpromise') {
        return isProperty
          ? `${f.flavor}: property ${f.property} = ${f.actual} is less than the name promises (${f.expected})`
          : `${f.flavor}: the name promises ${f.property} ${f.expected}, the flavor has ${f.actual}`;
      }
      if (f.reason === 'underpromise') {
        return isProperty
          ? `${f.flavor}: property ${f.property} = ${f.actual} is better than the name states (${f.expected}); allowed`
          : `${f.flavor}: has more ${f.property} (${f.actual}) than the name states (${f.expected}); allowed`;
      }
      return `${f.flavor}: property ${f.property} = ${f.actual} differs from the name's ${f.expected}; no order tells which is better: check that the name describes the flavor`;
    }
    case 'missing':
      return `${f.standardName}: ${f.level} scs-0103 standard flavor is missing`;
    case 'outdated-name':
      return `${f.flavor}: v1 name (':' and '-' separators); rename to ${f.suggestion}`;
    case 'newer-name':
      return `${f.flavor}: uses values that scs-0100 ${f.standard} does not define (first defined in ${f.version})`;
  }
}

function counts(report: FlavorCheckReport): string {
  const scs = report.flavors.filter((f) => f.status !== 'not-scs');
  const by = (s: string) => scs.filter((f) => f.status === s).length;
  const missing = report.standardFlavors.filter((s) => s.status === 'missing');
  return `${scs.length} SCS flavors: ${by('ok')} ok, ${by('wrong-name')} wrong name, ${by('mismatch')} mismatch, ${by('outdated-name')} v1 name; ${missing.length} standard flavors missing (${missing.filter((m) => m.level === 'mandatory').length} mandatory)`;
}

/** Flavors the check skipped, as notes (not findings). */
function notes(report: FlavorCheckReport): string[] {
  return report.skipped.map((s) => `flavor #${s.index + 1}${s.id !== undefined ? ` (ID ${s.id})` : ''} has an empty name; skipped (not an SCS flavor)`);
}

function table(report: FlavorCheckReport): string {
  const rows = report.flavors.filter((f) => f.status !== 'not-scs').map((f) => [f.status, f.name]);
  for (const s of report.standardFlavors) if (s.status === 'missing') rows.push(['missing', `${s.name} (${s.level})`]);
  const width = Math.max(6, ...rows.map((r) => (r[0] ?? '').length));
  const lines = [`${'STATUS'.padEnd(width)}  FLAVOR`, ...rows.map(([status = '', name = '']) => `${status.padEnd(width)}  ${name}`)];
  const findings = report.findings.filter((f) => f.severity !== 'info');
  if (findings.length) lines.push('', 'Findings:', ...findings.map((f) => `  ${f.severity.padEnd(7)} ${findingText(f)}`));
  const skipped = notes(report);
  if (skipped.length) lines.push('', 'Notes:', ...skipped.map((n) => `  ${n}`));
  lines.push('', counts(report));
  return `${lines.join('\n')}\n`;
}

const md = (s: string): string => s.replaceAll('|', '\\|');

function markdown(report: FlavorCheckReport): string {
  const lines = [`# SCS flavor check (scs-0100 ${report.standard}, scs-0103)`, '', counts(report), '', '| Status | Flavor |', '| --- | --- |'];
  for (const f of report.flavors) if (f.status !== 'not-scs') lines.push(`| ${f.status} | \`${md(f.name)}\` |`);
  for (const s of report.standardFlavors) if (s.status === 'missing') lines.push(`| missing | \`${s.name}\` (${s.level}) |`);
  const findings = report.findings.filter((f) => f.severity !== 'info');
  if (findings.length) lines.push('', '## Findings', '', ...findings.map((f) => `- **${f.severity}** ${md(findingText(f))}`));
  const skipped = notes(report);
  if (skipped.length) lines.push('', '## Notes', '', ...skipped.map((n) => `- ${md(n)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The report in `format`; with `fix`, the renames of v1 names too: inside the JSON document (its
 * `renames` array is always there), as a list after the text and Markdown reports.
 */
export function renderFlavorReport(report: FlavorCheckReport, format: ReportFormat, fix = false): string {
  if (format === 'json') {
    return `${JSON.stringify({ ...report, findings: report.findings.map((f) => ({ ...f, text: findingText(f) })), notes: notes(report) }, null, 2)}\n`;
  }
  const body = format === 'markdown' ? markdown(report) : table(report);
  return fix ? body + renderRenames(report) : body;
}

/** `--fix` as text: the rename list of v1 names (renaming needs a new flavor in OpenStack). */
function renderRenames(report: FlavorCheckReport): string {
  if (report.renames.length === 0) return 'No v1 flavor names to rename.\n';
  const lines = ['Renames (v1 name -> canonical name):', ...report.renames.map((r) => `  ${r.from} -> ${r.to}`)];
  return `${lines.join('\n')}\n`;
}
