/**
 * The Store over Drizzle, for both drivers (a PgDatabase is a PgDatabase, whether PGlite or
 * node-postgres is underneath). Test cases go a chunk (one batch, deflated) per row; other records
 * are written in bulk by COPY (PGlite) or `json_to_recordset`: one statement and one parameter per
 * batch, whatever its size (a multi-row VALUES would hit the 65,535 parameter limit).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { PlainDate } from '../core/dates.js';
import type { EvidenceBatch } from '../core/stability/records.js';
import type {
  AlertRecord,
  EvidenceKind,
  EvidenceSet,
  EvidenceTag,
  ExperienceReport,
  KnownBug,
  ReportOutcome,
  ReportSeverity,
  SeriesPoint,
  TestCaseResult,
  UpgradeTrial,
} from '../core/stability/types.js';
import { casesOfChunk, chunkInsert, copyOf, jsonInsert, RECORD_TABLES } from './bulk.js';
import * as schema from './schema.js';
import type { AddedEvidence, AuditRow, EvidenceFileInput, EvidenceFileRow, ReportGroupCount, Role, Store, StoredReport, TokenRow } from './types.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** How a back end tells processes to reload, and closes. */
export interface Backend {
  readonly kind: Store['backend'];
  /** Runs `COPY … FROM` with text-format data inside the transaction `db`, where the driver can (PGlite); else batches go by json_to_recordset. */
  readonly copy?: (db: Db, statement: string, data: string) => Promise<void>;
  notify(): Promise<void>;
  listen(listener: () => void): () => void;
  close(): Promise<void>;
}

type Row = Record<string, unknown>;

/** `2026-11-30 07:30:00.123+00` (PostgreSQL's text form, as both drivers return it) → ISO 8601 in UTC. */
export function isoInstant(text: string): string {
  const m = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)(Z|[+-]\d\d(?::?\d\d)?)?$/.exec(text);
  if (!m) return text;
  const zone = m[3] === undefined || m[3] === 'Z' ? 'Z' : m[3].length === 3 ? `${m[3]}:00` : m[3].replace(/^([+-]\d\d)(\d\d)$/, '$1:$2');
  return new Date(`${m[1]}T${m[2]}${zone}`).toISOString();
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

function fileRow(r: typeof schema.evidenceFiles.$inferSelect): EvidenceFileRow {
  return {
    id: r.id,
    kind: r.kind as EvidenceKind,
    tag: { product: r.product, version: r.version, cycle: r.cycle, env: r.env },
    sourceName: r.sourceName,
    sha256: r.sha256,
    records: r.records,
    addedAt: isoInstant(r.addedAt),
    addedBy: r.addedBy,
  };
}

function tokenRow(r: typeof schema.tokens.$inferSelect): TokenRow {
  return { id: r.id, name: r.name, role: r.role as Role, createdAt: isoInstant(r.createdAt), revokedAt: r.revokedAt === null ? null : isoInstant(r.revokedAt) };
}

function reportOf(r: typeof schema.experienceReports.$inferSelect): StoredReport {
  return {
    id: r.id,
    product: r.product,
    version: r.version,
    env: r.env,
    outcome: r.outcome as ReportOutcome,
    severity: r.severity as ReportSeverity,
    text: r.text,
    date: r.date as PlainDate,
    addedAt: isoInstant(r.addedAt),
  };
}

function tagWhere(alias: string, q: { product: string; version: string; env?: string | undefined }): SQL {
  const a = sql.raw(alias);
  return q.env === undefined
    ? sql`${a}.product = ${q.product} AND ${a}.version = ${q.version}`
    : sql`${a}.product = ${q.product} AND ${a}.version = ${q.version} AND ${a}.env = ${q.env}`;
}

/** PostgreSQL's unique_violation, as the driver's error or as the cause of Drizzle's. */
function isUniqueViolation(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) if ((c as { code?: unknown }).code === '23505') return true;
  return false;
}

const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
const iso = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export class DrizzleStore implements Store {
  readonly backend: Store['backend'];

  constructor(
    private readonly db: Db,
    private readonly io: Backend,
  ) {
    this.backend = io.kind;
  }

  close(): Promise<void> {
    return this.io.close();
  }

  async listEvidence(filter: { product?: string; version?: string; env?: string; kind?: EvidenceKind } = {}): Promise<EvidenceFileRow[]> {
    const f = schema.evidenceFiles;
    const where = and(
      filter.product === undefined ? undefined : eq(f.product, filter.product),
      filter.version === undefined ? undefined : eq(f.version, filter.version),
      filter.env === undefined ? undefined : eq(f.env, filter.env),
      filter.kind === undefined ? undefined : eq(f.kind, filter.kind),
    );
    const rows = await this.db.select().from(f).where(where).orderBy(f.id);
    return rows.map(fileRow);
  }

  async findEvidence(tag: Pick<EvidenceTag, 'product' | 'version' | 'env'>, sha256: string): Promise<EvidenceFileRow | null> {
    const f = schema.evidenceFiles;
    const [row] = await this.db
      .select()
      .from(f)
      .where(and(eq(f.product, tag.product), eq(f.version, tag.version), eq(f.env, tag.env), eq(f.sha256, sha256)));
    return row ? fileRow(row) : null;
  }

  async addEvidence(file: EvidenceFileInput, batches: AsyncIterable<EvidenceBatch> | Iterable<EvidenceBatch>): Promise<AddedEvidence> {
    const earlier = await this.findEvidence(file.tag, file.sha256);
    if (earlier) return { row: earlier, duplicate: true };
    const f = schema.evidenceFiles;
    const addedBy = file.addedBy ?? null;
    const row = await this.db
      .transaction(async (tx) => {
        const [created] = await tx
          .insert(f)
          .values({
            kind: file.kind,
            product: file.tag.product,
            version: file.tag.version,
            cycle: file.tag.cycle,
            env: file.tag.env,
            sourceName: file.sourceName,
            sha256: file.sha256,
            records: 0,
            addedBy,
          })
          .returning({ id: f.id });
        const id = (created as { id: number }).id;
        let records = 0;
        let chunks = 0;
        const copy = this.io.copy;
        // one batch in flight: a server stores it while the parser reads the next
        let inflight: Promise<unknown> = Promise.resolve();
        try {
          for await (const batch of batches) {
            if (batch.rows.length === 0) continue;
            let write: Promise<unknown>;
            if (batch.records === 'tests') write = chunkInsert(id, chunks++, batch.rows).then((q) => tx.execute(q));
            else if (copy) {
              const c = copyOf(id, batch, addedBy);
              write = copy(tx as unknown as Db, c.statement, c.data);
              // Drizzle's query is a thenable that runs on every then(): made a promise once, it runs once
            } else write = Promise.resolve(tx.execute(jsonInsert(id, batch, addedBy)));
            write.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
            await inflight;
            inflight = write;
            records += batch.rows.length;
          }
        } catch (e) {
          await inflight.catch(() => undefined); // the transaction's connection is idle before it rolls back
          throw e;
        }
        await inflight;
        const [done] = await tx.update(f).set({ records }).where(eq(f.id, id)).returning();
        await tx.insert(schema.audit).values({ actor: addedBy ?? 'cli', action: 'evidence.add', target: `${file.kind} ${file.sourceName} (${id})` });
        return done as typeof f.$inferSelect;
      })
      .catch(async (e: unknown) => {
        // another process stored the same file meanwhile: the unique index let one of them through
        const earlier = isUniqueViolation(e) ? await this.findEvidence(file.tag, file.sha256) : null;
        if (earlier) return earlier;
        throw e;
      });
    return 'tag' in row ? { row, duplicate: true } : { row: fileRow(row), duplicate: false };
  }

  async deleteEvidence(id: number): Promise<boolean> {
    const f = schema.evidenceFiles;
    // records carry no foreign key (a per-row check would slow bulk writes threefold): removed here, in the same transaction
    return this.db.transaction(async (tx) => {
      for (const table of RECORD_TABLES) await tx.execute(sql`DELETE FROM ${sql.raw(table)} WHERE file_id = ${id}`);
      const gone = await tx.delete(f).where(eq(f.id, id)).returning({ id: f.id });
      return gone.length > 0;
    });
  }

  async readEvidence(query: { product: string; version: string; env?: string }): Promise<EvidenceSet> {
    const q = { product: query.product, version: query.version, env: query.env };
    const byFile = (table: string, columns: SQL) =>
      this.db.execute(sql`SELECT ${columns} FROM ${sql.raw(table)} r JOIN evidence_files f ON f.id = r.file_id WHERE ${tagWhere('f', q)} ORDER BY r.file_id`);
    const [tests, samples, series, alertRows, trials, reports, bugs] = await Promise.all([
      this.db.execute(
        sql`SELECT encode(r.body, 'base64') AS body FROM test_case_chunks r JOIN evidence_files f ON f.id = r.file_id WHERE ${tagWhere('f', q)} ORDER BY r.file_id, r.seq`,
      ),
      this.db.execute(
        sql`SELECT r.metric, r.unit, array_agg(r.value) AS "values" FROM benchmark_samples r JOIN evidence_files f ON f.id = r.file_id WHERE ${tagWhere('f', q)} GROUP BY r.metric, r.unit ORDER BY r.metric, r.unit`,
      ),
      byFile('series_points', sql`r.metric, r.labels, ${iso('r.at')} AS at, r.value`),
      byFile('alerts', sql`r.name, r.severity, ${iso('r.starts_at')} AS starts_at, ${iso('r.ends_at')} AS ends_at, r.labels`),
      byFile('upgrade_trials', sql`r.from_version, r.to_version, r.result, r.duration_seconds, r.notes, r.date::text AS date`),
      this.db.execute(
        sql`SELECT product, version, env, outcome, severity, text, date::text AS date FROM experience_reports r WHERE ${tagWhere('r', q)} ORDER BY date, id`,
      ),
      // a bug names the version it affects; it comes from any bugs file of the product, whatever its tag
      this.db.execute(
        sql`SELECT r.bug_id, r.version, r.severity, r.status, r.opened::text AS opened, r.closed::text AS closed FROM known_bugs r JOIN evidence_files f ON f.id = r.file_id WHERE f.product = ${q.product} AND r.version = ${q.version} ORDER BY r.file_id, r.bug_id`,
      ),
    ]);
    const testCases: TestCaseResult[] = [];
    for (const r of rowsOf(tests)) casesOfChunk(String(r.body), testCases);
    const sampleMap = new Map<string, { unit: string; values: Float64Array }>();
    for (const r of rowsOf(samples)) {
      const metric = String(r.metric);
      const key = sampleMap.has(metric) ? `${metric} (${String(r.unit)})` : metric;
      sampleMap.set(key, { unit: String(r.unit), values: Float64Array.from(r.values as number[], num) });
    }
    return {
      product: q.product,
      version: q.version,
      env: q.env ?? null,
      tests: testCases,
      samples: sampleMap,
      series: rowsOf(series).map(
        (r): SeriesPoint => ({ metric: String(r.metric), labels: r.labels as Record<string, string>, at: String(r.at), value: num(r.value) }),
      ),
      alerts: rowsOf(alertRows).map(
        (r): AlertRecord => ({
          name: String(r.name),
          severity: String(r.severity),
          startsAt: String(r.starts_at),
          endsAt: r.ends_at === null ? null : String(r.ends_at),
          labels: r.labels as Record<string, string>,
        }),
      ),
      trials: rowsOf(trials).map(
        (r): UpgradeTrial => ({
          from: String(r.from_version),
          to: String(r.to_version),
          result: r.result as UpgradeTrial['result'],
          durationSeconds: numOrNull(r.duration_seconds),
          notes: String(r.notes),
          date: String(r.date) as PlainDate,
        }),
      ),
      reports: rowsOf(reports).map(
        (r): ExperienceReport => ({
          product: String(r.product),
          version: String(r.version),
          env: String(r.env),
          outcome: r.outcome as ReportOutcome,
          severity: r.severity as ReportSeverity,
          text: String(r.text),
          date: String(r.date) as PlainDate,
        }),
      ),
      bugs: rowsOf(bugs).map(
        (r): KnownBug => ({
          id: String(r.bug_id),
          version: String(r.version),
          severity: r.severity as ReportSeverity,
          status: r.status as KnownBug['status'],
          opened: String(r.opened) as PlainDate,
          closed: r.closed === null ? null : (String(r.closed) as PlainDate),
        }),
      ),
    };
  }

  async addReport(report: ExperienceReport, by?: string): Promise<StoredReport> {
    const r = schema.experienceReports;
    const [row] = await this.db
      .insert(r)
      .values({ ...report, addedBy: by ?? null })
      .returning();
    return reportOf(row as typeof r.$inferSelect);
  }

  async listReports(filter: { product?: string; version?: string } = {}): Promise<StoredReport[]> {
    const r = schema.experienceReports;
    const rows = await this.db
      .select()
      .from(r)
      .where(
        and(filter.product === undefined ? undefined : eq(r.product, filter.product), filter.version === undefined ? undefined : eq(r.version, filter.version)),
      )
      .orderBy(r.date, r.id);
    return rows.map(reportOf);
  }

  async countReports(filter: { product?: string } = {}): Promise<ReportGroupCount[]> {
    const r = schema.experienceReports;
    const rows = await this.db
      .select({ product: r.product, version: r.version, outcome: r.outcome, count: sql<number>`count(*)::int`, latest: sql<string>`max(${r.date})::text` })
      .from(r)
      .where(filter.product === undefined ? undefined : eq(r.product, filter.product))
      .groupBy(r.product, r.version, r.outcome);
    return rows.map((row) => ({
      product: row.product,
      version: row.version,
      outcome: row.outcome as ReportGroupCount['outcome'],
      count: Number(row.count),
      latest: String(row.latest) as PlainDate,
    }));
  }

  async createToken(input: { name: string; role: Role }): Promise<{ token: string; row: TokenRow }> {
    const token = `upk_${randomBytes(24).toString('base64url')}`;
    const t = schema.tokens;
    const [row] = await this.db
      .insert(t)
      .values({ name: input.name, role: input.role, hash: hashOf(token) })
      .returning();
    return { token, row: tokenRow(row as typeof t.$inferSelect) };
  }

  async verifyToken(secret: string): Promise<TokenRow | null> {
    const t = schema.tokens;
    const [row] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.hash, hashOf(secret)), isNull(t.revokedAt)));
    return row ? tokenRow(row) : null;
  }

  async listTokens(): Promise<TokenRow[]> {
    const t = schema.tokens;
    return (await this.db.select().from(t).orderBy(t.id)).map(tokenRow);
  }

  async revokeToken(id: number): Promise<boolean> {
    const t = schema.tokens;
    const rows = await this.db
      .update(t)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(t.id, id), isNull(t.revokedAt)))
      .returning({ id: t.id });
    return rows.length > 0;
  }

  transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new DrizzleStore(tx as unknown as Db, this.io)));
  }

  async audit(entry: { actor: string; action: string; target: string }): Promise<void> {
    await this.db.insert(schema.audit).values(entry);
  }

  async listAudit(limit = 100): Promise<AuditRow[]> {
    const a = schema.audit;
    const rows = await this.db.select().from(a).orderBy(desc(a.id)).limit(limit);
    return rows.map((r) => ({ ...r, at: isoInstant(r.at) }));
  }

  notifyReload(): Promise<void> {
    return this.io.notify();
  }

  onReload(listener: () => void): () => void {
    return this.io.listen(listener);
  }
}
