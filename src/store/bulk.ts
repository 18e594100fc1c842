/**
 * Writing a batch of records in one statement whatever its size. Test cases: one row per batch
 * (`chunkInsert`). Other records: COPY where the driver can send it (PGlite), else INSERT … SELECT FROM json_to_recordset with
 * the batch as one JSON parameter (a multi-row VALUES would hit the 65,535-parameter limit).
 */
import { promisify } from 'node:util';
import { deflate, inflateSync } from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import type { EvidenceBatch } from '../core/stability/records.js';
import type {
  AlertRecord,
  BenchmarkSample,
  ExperienceReport,
  KnownBug,
  SeriesPoint,
  TestCaseResult,
  TestOutcome,
  UpgradeTrial,
} from '../core/stability/types.js';

type Value = string | number | null | Readonly<Record<string, string>>;

interface Column<R> {
  readonly name: string;
  readonly type: string;
  get(row: R, addedBy: string | null): Value;
}

interface Table<R> {
  readonly table: string;
  readonly columns: readonly Column<R>[];
}

const col = <R>(name: string, type: string, get: (row: R, addedBy: string | null) => Value): Column<R> => ({ name, type, get });

/** Record types stored a row per record; test cases go in chunks (`chunkInsert`). */
type RowBatch = Exclude<EvidenceBatch, { records: 'tests' }>;

const TABLES: { readonly [K in RowBatch['records']]: Table<never> } = {
  samples: {
    table: 'benchmark_samples',
    columns: [
      col<BenchmarkSample>('metric', 'text', (r) => r.metric),
      col<BenchmarkSample>('value', 'float8', (r) => r.value),
      col<BenchmarkSample>('unit', 'text', (r) => r.unit),
      col<BenchmarkSample>('labels', 'jsonb', (r) => r.labels),
    ],
  },
  series: {
    table: 'series_points',
    columns: [
      col<SeriesPoint>('metric', 'text', (r) => r.metric),
      col<SeriesPoint>('labels', 'jsonb', (r) => r.labels),
      col<SeriesPoint>('at', 'timestamptz', (r) => r.at),
      col<SeriesPoint>('value', 'float8', (r) => r.value),
    ],
  },
  alerts: {
    table: 'alerts',
    columns: [
      col<AlertRecord>('name', 'text', (r) => r.name),
      col<AlertRecord>('severity', 'text', (r) => r.severity),
      col<AlertRecord>('starts_at', 'timestamptz', (r) => r.startsAt),
      col<AlertRecord>('ends_at', 'timestamptz', (r) => r.endsAt),
      col<AlertRecord>('labels', 'jsonb', (r) => r.labels),
    ],
  },
  trials: {
    table: 'upgrade_trials',
    columns: [
      col<UpgradeTrial>('from_version', 'text', (r) => r.from),
      col<UpgradeTrial>('to_version', 'text', (r) => r.to),
      col<UpgradeTrial>('result', 'text', (r) => r.result),
      col<UpgradeTrial>('duration_seconds', 'float8', (r) => r.durationSeconds),
      col<UpgradeTrial>('notes', 'text', (r) => r.notes),
      col<UpgradeTrial>('date', 'date', (r) => r.date),
    ],
  },
  reports: {
    table: 'experience_reports',
    columns: [
      col<ExperienceReport>('product', 'text', (r) => r.product),
      col<ExperienceReport>('version', 'text', (r) => r.version),
      col<ExperienceReport>('env', 'text', (r) => r.env),
      col<ExperienceReport>('outcome', 'text', (r) => r.outcome),
      col<ExperienceReport>('severity', 'text', (r) => r.severity),
      col<ExperienceReport>('text', 'text', (r) => r.text),
      col<ExperienceReport>('date', 'date', (r) => r.date),
      col<ExperienceReport>('added_by', 'text', (_r, addedBy) => addedBy),
    ],
  },
  bugs: {
    table: 'known_bugs',
    columns: [
      col<KnownBug>('bug_id', 'text', (r) => r.id),
      col<KnownBug>('version', 'text', (r) => r.version),
      col<KnownBug>('severity', 'text', (r) => r.severity),
      col<KnownBug>('status', 'text', (r) => r.status),
      col<KnownBug>('opened', 'date', (r) => r.opened),
      col<KnownBug>('closed', 'date', (r) => r.closed),
    ],
  },
};

/** The tables records are written to, for removing a file's records. */
export const RECORD_TABLES: readonly string[] = ['test_case_chunks', ...Object.values(TABLES).map((t) => t.table)];

/** INSERT … SELECT FROM json_to_recordset(one JSON parameter). */
export function jsonInsert(fileId: number, batch: RowBatch, addedBy: string | null): SQL {
  const spec = TABLES[batch.records];
  const names = spec.columns.map((c) => c.name).join(', ');
  const rows = (batch.rows as readonly never[]).map((row) => Object.fromEntries(spec.columns.map((c) => [c.name, c.get(row, addedBy)])));
  return sql`INSERT INTO ${sql.raw(spec.table)} (file_id, ${sql.raw(names)}) SELECT ${fileId}::int, ${sql.raw(names)} FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(${sql.raw(spec.columns.map((c) => `${c.name} ${c.type}`).join(', '))})`;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in COPY's text format: `\N` for null, backslash escapes for tab, newline, CR and backslash. */
function copyField(v: Value): string {
  if (v === null) return '\\N';
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v);
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string) : s;
}

/** `COPY <table> (file_id, …) FROM STDIN` and its text-format data. */
export function copyOf(fileId: number, batch: RowBatch, addedBy: string | null): { statement: string; data: string } {
  const spec = TABLES[batch.records];
  const id = String(fileId);
  const columns = spec.columns;
  let data = '';
  for (const row of batch.rows as readonly never[]) {
    data += id;
    for (const c of columns) data += `\t${copyField(c.get(row, addedBy))}`;
    data += '\n';
  }
  return { statement: `COPY ${spec.table} (file_id, ${columns.map((c) => c.name).join(', ')})`, data };
}

const deflateAsync = promisify(deflate);

/** Outcomes in a chunk's body, by their index. */
const OUTCOMES: readonly TestOutcome[] = ['passed', 'failed', 'error', 'skipped'];
const OUTCOME_INDEX: Readonly<Record<TestOutcome, number>> = { passed: 0, failed: 1, error: 2, skipped: 3 };

/**
 * A chunk's body before deflating: parallel arrays, the n-th of each for the n-th case. A suite
 * is an index into `suiteNames` (a run names a few hundred suites for thousands of cases), an
 * outcome an index into passed, failed, error, skipped.
 */
interface ChunkBody {
  readonly suiteNames: readonly string[];
  readonly suites: readonly number[];
  readonly names: readonly string[];
  readonly outcomes: readonly number[];
  readonly seconds: readonly (number | null)[];
}

/**
 * One row of `test_case_chunks` for a batch of test cases: the cases as JSON arrays, deflated
 * (zlib, level 1: on libuv's thread pool, beside the parser), sent as one base64 text parameter
 * (PGlite serialises a text parameter far faster than a bytea one). One row per batch instead of
 * one per case: the database's cost per row (20–35 µs) was most of the ingest.
 */
export async function chunkInsert(fileId: number, seq: number, rows: readonly TestCaseResult[]): Promise<SQL> {
  const n = rows.length;
  const suiteIndex = new Map<string, number>();
  const suiteNames: string[] = [];
  const suites = new Array<number>(n);
  const names = new Array<string>(n);
  const outcomes = new Array<number>(n);
  const seconds = new Array<number | null>(n);
  const count = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const r = rows[i] as TestCaseResult;
    let s = suiteIndex.get(r.suite);
    if (s === undefined) {
      s = suiteNames.push(r.suite) - 1;
      suiteIndex.set(r.suite, s);
    }
    suites[i] = s;
    names[i] = r.name;
    const o = OUTCOME_INDEX[r.outcome];
    outcomes[i] = o;
    (count[o] as number)++;
    seconds[i] = r.seconds;
  }
  const body: ChunkBody = { suiteNames, suites, names, outcomes, seconds };
  const bytes = await deflateAsync(JSON.stringify(body), { level: 1 });
  return sql`INSERT INTO test_case_chunks (file_id, seq, cases, passed, failed, errors, skipped, body) VALUES (${fileId}, ${seq}, ${n}, ${count[0]}, ${count[1]}, ${count[2]}, ${count[3]}, decode(${bytes.toString('base64')}, 'base64'))`;
}

/** A chunk migrated from a store before 0002: plain JSON with the cases' own suites and outcomes. */
interface MigratedChunkBody {
  readonly suites: readonly string[];
  readonly names: readonly string[];
  readonly outcomes: readonly TestOutcome[];
  readonly seconds: readonly (number | null)[];
}

/** Appends the test cases of a chunk's body (base64, as `encode(body, 'base64')` gives it): deflated JSON, or plain JSON (a chunk migrated from a store before 0002 starts with `{`). */
export function casesOfChunk(base64: string, into: TestCaseResult[]): void {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes[0] === 0x7b) {
    const old = JSON.parse(bytes.toString('utf8')) as MigratedChunkBody;
    for (let i = 0; i < old.names.length; i++)
      into.push({ suite: old.suites[i] as string, name: old.names[i] as string, outcome: old.outcomes[i] as TestOutcome, seconds: old.seconds[i] ?? null });
    return;
  }
  const body = JSON.parse(inflateSync(bytes).toString('utf8')) as ChunkBody;
  for (let i = 0; i < body.names.length; i++)
    into.push({
      suite: body.suiteNames[body.suites[i] as number] as string,
      name: body.names[i] as string,
      outcome: OUTCOMES[body.outcomes[i] as number] as TestOutcome,
      seconds: body.seconds[i] ?? null,
    });
}
