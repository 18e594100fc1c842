/**
 * The store's contract (issue 15 builds it on Drizzle with PGlite or PostgreSQL; issue 16 serves
 * it). One implementation, two drivers; every method is one transaction. Opening the store is
 * slow (PGlite: 0.4 s to open, 2-3 s to create): commands that need no evidence never open it.
 */
import type { PlainDate } from '../core/dates.js';
import type { EvidenceBatch } from '../core/stability/records.js';
import type { EvidenceKind, EvidenceSet, EvidenceTag, ExperienceReport } from '../core/stability/types.js';

export type Role = 'reporter' | 'maintainer' | 'admin';

export interface EvidenceFileRow {
  readonly id: number;
  readonly kind: EvidenceKind;
  readonly tag: EvidenceTag;
  readonly sourceName: string;
  readonly sha256: string;
  readonly records: number;
  /** ISO instant the file was stored. */
  readonly addedAt: string;
  readonly addedBy: string | null;
}

export interface ReportGroupCount {
  readonly product: string;
  readonly version: string;
  readonly outcome: ExperienceReport['outcome'];
  readonly count: number;
  readonly latest: PlainDate;
}

export interface StoredReport extends ExperienceReport {
  readonly id: number;
  readonly addedAt: string;
}

export interface TokenRow {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface AuditRow {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
}

/** A file about to be stored: its tag and content hash (computed before parsing, so a file stored already is not read twice). */
export interface EvidenceFileInput {
  readonly kind: EvidenceKind;
  readonly tag: EvidenceTag;
  /** The file's name as given (relative to the workspace when it is inside it). */
  readonly sourceName: string;
  readonly sha256: string;
  readonly addedBy?: string | null;
}

export interface AddedEvidence {
  readonly row: EvidenceFileRow;
  /** The same content was stored under this tag before: nothing new was stored, `row` is the earlier file. */
  readonly duplicate: boolean;
}

export interface StoreOptions {
  /** The workspace folder: the embedded database lives in `<workspaceDir>/.upkeep/db`. */
  readonly workspaceDir: string;
  /** `postgres://…`: a PostgreSQL server instead of the embedded database. */
  readonly databaseUrl?: string | undefined;
}

export interface Store {
  /** `pglite` (embedded, <workspace>/.upkeep/db) or `postgres` (a server URL). */
  readonly backend: 'pglite' | 'postgres';
  close(): Promise<void>;

  listEvidence(filter?: { product?: string; version?: string; env?: string; kind?: EvidenceKind }): Promise<EvidenceFileRow[]>;
  /** Everything recorded for product+version (+env when given), ready for assess. */
  readEvidence(query: { product: string; version: string; env?: string }): Promise<EvidenceSet>;
  deleteEvidence(id: number): Promise<boolean>;
  /** The file with this content under this tag (product, version, env), or null. */
  findEvidence(tag: Pick<EvidenceTag, 'product' | 'version' | 'env'>, sha256: string): Promise<EvidenceFileRow | null>;
  /**
   * Stores a file and its records in one transaction: a failing parser (a thrown error from
   * `batches`) or a killed process leaves nothing of it. Batches are consumed as they come, so a
   * streaming parser never holds the whole file. A file stored before under the same tag is not stored again.
   */
  addEvidence(file: EvidenceFileInput, batches: AsyncIterable<EvidenceBatch> | Iterable<EvidenceBatch>): Promise<AddedEvidence>;

  addReport(report: ExperienceReport, by?: string): Promise<StoredReport>;
  listReports(filter?: { product?: string; version?: string }): Promise<StoredReport[]>;
  /** Reports counted by product, version and outcome, with the newest date of each (counted by the database: a row per group, not per report). */
  countReports(filter?: { product?: string }): Promise<ReportGroupCount[]>;

  /** Returns the secret once; only its hash is stored. */
  createToken(input: { name: string; role: Role }): Promise<{ token: string; row: TokenRow }>;
  /** The live (not revoked) token with this secret, or null. */
  verifyToken(secret: string): Promise<TokenRow | null>;
  listTokens(): Promise<TokenRow[]>;
  revokeToken(id: number): Promise<boolean>;

  audit(entry: { actor: string; action: string; target: string }): Promise<void>;
  /**
   * Runs `work` in one transaction, on a store whose every call joins it: a write and its audit
   * entry are stored together or not at all. A call that is a transaction of its own (addEvidence)
   * becomes a savepoint inside it.
   */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  listAudit(limit?: number): Promise<AuditRow[]>;

  /** Tell every process on this database to reload the workspace (LISTEN/NOTIFY on PostgreSQL; in-process on PGlite). */
  notifyReload(): Promise<void>;
  onReload(listener: () => void): () => void;
}
