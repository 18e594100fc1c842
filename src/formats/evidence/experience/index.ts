/**
 * Operators' experience reports, YAML or CSV: `outcome,severity,text,date[,env][,version]`. The
 * product and version are the file's tag; a row naming another version is refused.
 */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import { type ExperienceReport, REPORT_OUTCOMES, REPORT_SEVERITIES } from '../../../core/stability/types.js';
import { dateField, oneOf, required } from '../fields.js';
import { evidenceError } from '../problem.js';
import { readEvidenceText } from '../read.js';
import { tableRows } from '../table.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

const COLUMNS = {
  required: ['outcome', 'severity', 'text', 'date'],
  optional: ['env', 'version', 'product'],
  listKey: 'reports',
  what: 'experience reports',
} as const;

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const { path, tag } = input;
  const rows = tableRows(readEvidenceText(path, 'experience reports', input.onProgress), path, COLUMNS);
  if (rows.length === 0) throw evidenceError(path, 'the file holds no report', 'write one report a row: outcome, severity, text, date');
  const reports = rows.map((row): ExperienceReport => {
    for (const [column, expected] of [
      ['version', tag.version],
      ['product', tag.product],
    ] as const) {
      const v = row.fields[column]?.trim();
      if (v && v !== expected)
        throw evidenceError(
          path,
          `a report is about ${column} ${v}, but the file is added for ${tag.product} ${tag.version}`,
          `add it with --${column} ${v}`,
          row.line,
        );
    }
    return {
      product: tag.product,
      version: tag.version,
      env: row.fields.env?.trim() || tag.env,
      outcome: oneOf(row, 'outcome', REPORT_OUTCOMES, path),
      severity: oneOf(row, 'severity', REPORT_SEVERITIES, path),
      text: required(row, 'text', path),
      date: dateField(row, 'date', path),
    };
  });
  yield { records: 'reports', rows: reports };
}

export const experience: EvidenceParser = { kind: 'experience', streams: false, parse };
