/**
 * The evidence store's one schema (PostgreSQL, for PGlite and a server alike). drizzle-kit
 * generates the SQL migrations in `migrations/` from this file (`npm run db:generate`); the store
 * applies them when it opens. Records hang off the file they came from (`file_id`, deleted with
 * it by the store), so a file and its records are stored, and removed, in one transaction.
 */
import { sql } from 'drizzle-orm';
import { customType, date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const plainDate = (name: string) => date(name, { mode: 'string' });
/** Bytes (the store writes and reads them by SQL of its own: `decode(…, 'base64')`, `encode(…, 'base64')`). */
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });
/**
 * The file a record came from. No foreign key: PostgreSQL checks one per inserted row, which makes
 * bulk writes three times slower; files and their records are written and removed together in one
 * transaction by the store (drizzle-store.ts), the only writer.
 */
const fileId = () => integer('file_id').notNull();

/** One ingested file; the same content (sha256) under the same tag is stored once. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    product: text('product').notNull(),
    version: text('version').notNull(),
    cycle: text('cycle'),
    env: text('env').notNull(),
    sourceName: text('source_name').notNull(),
    sha256: text('sha256').notNull(),
    records: integer('records').notNull(),
    addedAt: instant('added_at').notNull().defaultNow(),
    addedBy: text('added_by'),
  },
  (t) => [uniqueIndex('evidence_files_tag_sha256').on(t.product, t.version, t.env, t.sha256), index('evidence_files_product_version').on(t.product, t.version)],
);

/**
 * Test cases in chunks: one row per batch the parser hands over (up to 5,000 cases). `body` holds
 * the cases as JSON `{"suites":[…],"names":[…],"outcomes":[…],"seconds":[…]}` (parallel arrays:
 * the n-th of each belong to the n-th case), deflated (raw deflate, RFC 1951); `seq` orders a
 * file's chunks; the outcome counts answer SQL questions without opening the body. A row per test
 * case cost the database 20–35 µs each and held ingest at a fifth of the parser's speed; a chunk
 * costs one row and about a tenth of the bytes (docs/benchmarks.md, "Evidence ingest").
 */
export const testCaseChunks = pgTable(
  'test_case_chunks',
  {
    fileId: fileId(),
    seq: integer('seq').notNull(),
    cases: integer('cases').notNull(),
    passed: integer('passed').notNull(),
    failed: integer('failed').notNull(),
    errors: integer('errors').notNull(),
    skipped: integer('skipped').notNull(),
    body: bytea('body').notNull(),
  },
  (t) => [uniqueIndex('test_case_chunks_file_seq').on(t.fileId, t.seq)],
);

export const benchmarkSamples = pgTable(
  'benchmark_samples',
  {
    fileId: fileId(),
    metric: text('metric').notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    labels: jsonb('labels').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('benchmark_samples_file').on(t.fileId)],
);

export const seriesPoints = pgTable(
  'series_points',
  {
    fileId: fileId(),
    metric: text('metric').notNull(),
    labels: jsonb('labels').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    at: instant('at').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [index('series_points_file').on(t.fileId)],
);

export const alerts = pgTable(
  'alerts',
  {
    fileId: fileId(),
    name: text('name').notNull(),
    severity: text('severity').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at'),
    labels: jsonb('labels').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('alerts_file').on(t.fileId)],
);

export const upgradeTrials = pgTable(
  'upgrade_trials',
  {
    fileId: fileId(),
    fromVersion: text('from_version').notNull(),
    toVersion: text('to_version').notNull(),
    result: text('result').notNull(),
    durationSeconds: doublePrecision('duration_seconds'),
    notes: text('notes').notNull(),
    date: plainDate('date').notNull(),
  },
  (t) => [index('upgrade_trials_file').on(t.fileId)],
);

export const knownBugs = pgTable(
  'known_bugs',
  {
    fileId: fileId(),
    bugId: text('bug_id').notNull(),
    version: text('version').notNull(),
    severity: text('severity').notNull(),
    status: text('status').notNull(),
    opened: plainDate('opened').notNull(),
    closed: plainDate('closed'),
  },
  (t) => [index('known_bugs_file').on(t.fileId)],
);

/** Experience reports: from a file (`file_id`) or one at a time (`upkeep serve`, `addReport`). */
export const experienceReports = pgTable(
  'experience_reports',
  {
    id: serial('id').primaryKey(),
    fileId: integer('file_id'),
    product: text('product').notNull(),
    version: text('version').notNull(),
    env: text('env').notNull(),
    outcome: text('outcome').notNull(),
    severity: text('severity').notNull(),
    text: text('text').notNull(),
    date: plainDate('date').notNull(),
    addedAt: instant('added_at').notNull().defaultNow(),
    addedBy: text('added_by'),
  },
  (t) => [index('experience_reports_product_version').on(t.product, t.version), index('experience_reports_file').on(t.fileId)],
);

/** API tokens: only the sha256 of the secret is kept. */
export const tokens = pgTable('tokens', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: instant('created_at').notNull().defaultNow(),
  revokedAt: instant('revoked_at'),
});

export const audit = pgTable('audit', {
  id: serial('id').primaryKey(),
  at: instant('at').notNull().defaultNow(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  target: text('target').notNull(),
});
