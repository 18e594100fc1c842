/**
 * Small tables (trials, reports, bugs, samples) as CSV with a header line or as a YAML list of
 * mappings: rows of named text fields with their line, every column checked against the ones the
 * kind reads (a typo in a header is an error, not a silently empty field).
 */
import { extname } from 'node:path';
import { closest } from '../../core/suggest.js';
import { parseYaml } from '../../files/yaml-file.js';
import { evidenceError } from './problem.js';

export interface TableRow {
  readonly line: number | undefined;
  readonly fields: Readonly<Record<string, string | undefined>>;
}

export interface Columns {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** The top-level key holding the list in YAML (`trials:`), besides a bare list. */
  readonly listKey: string;
  /** What the rows are, for messages ("upgrade trials"). */
  readonly what: string;
}

/** One CSV line's fields (RFC 4180: quotes, doubled quotes inside them); a quoted field may not span lines. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error('a quoted field is not closed');
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      if (i < line.length && line[i] !== ',') throw new Error('text after a closing quote');
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end).trim());
      i = end + 1;
    }
  }
  return out;
}

function checkColumns(names: readonly string[], columns: Columns, file: string, line: number | undefined): void {
  const allowed = [...columns.required, ...columns.optional];
  for (const name of names)
    if (!allowed.includes(name)) {
      const [near] = closest(name, allowed, 1);
      throw evidenceError(
        file,
        `unknown column "${name}"`,
        `${near ? `did you mean "${near}"? ` : ''}the columns of ${columns.what} are ${allowed.join(', ')}`,
        line,
      );
    }
  const missing = columns.required.filter((c) => !names.includes(c));
  if (missing.length)
    throw evidenceError(
      file,
      `the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`,
      `${columns.what} need the columns ${columns.required.join(', ')}${columns.optional.length ? ` (optional: ${columns.optional.join(', ')})` : ''}`,
      line,
    );
}

export function csvRows(text: string, file: string, columns: Columns): TableRow[] {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  if (first < 0) throw evidenceError(file, 'the file is empty', `give a header line (${columns.required.join(',')}) and one line per row`);
  const header = csvFields(lines[first] as string).map((h) => h.trim().toLowerCase());
  checkColumns(header, columns, file, first + 1);
  const rows: TableRow[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() === '' || l.startsWith('#')) continue;
    let values: string[];
    try {
      values = csvFields(l);
    } catch (e) {
      throw evidenceError(file, `not a CSV line: ${(e as Error).message}`, 'quote a field holding commas with "…", and double a quote inside it', i + 1);
    }
    if (values.length > header.length)
      throw evidenceError(file, `${values.length} fields where the header has ${header.length}`, 'quote a field holding commas with "…"', i + 1);
    rows.push({ line: i + 1, fields: Object.fromEntries(header.map((h, j) => [h, values[j] === '' ? undefined : values[j]])) });
  }
  return rows;
}

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function yamlRows(text: string, file: string, columns: Columns): TableRow[] {
  const src = parseYaml(text, file);
  const root = src.value;
  const list = Array.isArray(root) ? root : root && typeof root === 'object' ? (root as Record<string, unknown>)[columns.listKey] : undefined;
  const at = Array.isArray(root) ? [] : [columns.listKey];
  if (!Array.isArray(list))
    throw evidenceError(
      file,
      `expected a list of ${columns.what} (or "${columns.listKey}:" holding one)`,
      `write one mapping per row with ${columns.required.join(', ')}`,
    );
  return list.map((item, i) => {
    const line = src.lineOf([...at, i]);
    if (!item || typeof item !== 'object' || Array.isArray(item))
      throw evidenceError(file, `row ${i + 1} is not a mapping`, `write ${columns.required.map((c) => `${c}: …`).join(', ')}`, line);
    const fields = Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), scalar(v)]));
    checkColumns(Object.keys(fields), columns, file, line);
    return { line, fields };
  });
}

/** CSV for `.csv`, YAML for `.yaml`/`.yml`; otherwise YAML when the first line is a list item or a key. */
export function tableRows(text: string, file: string, columns: Columns): TableRow[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return csvRows(text, file, columns);
  if (ext === '.yaml' || ext === '.yml') return yamlRows(text, file, columns);
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  return /^\s*-\s|^[\w-]+:\s*$/.test(first) ? yamlRows(text, file, columns) : csvRows(text, file, columns);
}
