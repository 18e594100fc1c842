/** Field readers shared by the tabular kinds (trials, reports, bugs): each refuses what it cannot read, at its line. */
import { dateProblem, type PlainDate, toPlainDate } from '../../core/dates.js';
import { closest } from '../../core/suggest.js';
import { evidenceError } from './problem.js';
import type { TableRow } from './table.js';

export function required(row: TableRow, column: string, file: string): string {
  const v = row.fields[column];
  if (v === undefined || v.trim() === '') throw evidenceError(file, `${column} is empty`, `give the ${column} of every row`, row.line);
  return v.trim();
}

export function dateField(row: TableRow, column: string, file: string): PlainDate {
  const v = required(row, column, file);
  const d = toPlainDate(v);
  if (!d) throw evidenceError(file, `${column} "${v}": ${dateProblem(v) ?? 'not a date'}`, 'write dates as YYYY-MM-DD', row.line);
  return d;
}

export function optionalDate(row: TableRow, column: string, file: string): PlainDate | null {
  const v = row.fields[column];
  return v === undefined || v.trim() === '' ? null : dateField(row, column, file);
}

export function oneOf<T extends string>(row: TableRow, column: string, allowed: readonly T[], file: string): T {
  const v = required(row, column, file).toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  const [near] = closest(v, allowed, 1);
  throw evidenceError(
    file,
    `${column} "${v}" is none of ${allowed.join(', ')}`,
    `${near ? `did you mean "${near}"? ` : ''}use one of ${allowed.join(', ')}`,
    row.line,
  );
}

/** Seconds from `5400`, `90m`, `1h30m`, `45s`, `1h`, or ISO `PT1H30M`; empty → null. */
export function durationSeconds(row: TableRow, column: string, file: string): number | null {
  const raw = row.fields[column]?.trim();
  if (!raw) return null;
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  const m = /^(?:PT)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/i.exec(raw);
  if (!m || (!m[1] && !m[2] && !m[3]))
    throw evidenceError(file, `${column} "${raw}" is not a duration`, 'write seconds (5400) or hours/minutes/seconds (1h30m, 45m, 90s)', row.line);
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
