import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * The back ends a store test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. Each
 * gives a fresh place (a temporary workspace folder; a database of its own on the shared server,
 * dropped after) so test files never see each other's rows.
 */
export interface StoreBackend {
  readonly name: 'pglite' | 'postgres';
  /** A new empty place: the workspace folder and, on PostgreSQL, the URL of a new database. */
  fresh(): Promise<{ workspaceDir: string; databaseUrl: string | undefined }>;
  /** Removes every place made by `fresh`. */
  cleanup(): Promise<void>;
}

function pgliteBackend(): StoreBackend {
  const dirs: string[] = [];
  return {
    name: 'pglite',
    fresh: async () => {
      const workspaceDir = mkdtempSync(join(tmpdir(), 'upkeep-store-'));
      dirs.push(workspaceDir);
      return { workspaceDir, databaseUrl: undefined };
    },
    cleanup: async () => {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** A URL naming another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function postgresBackend(serverUrl: string): StoreBackend {
  const databases: string[] = [];
  const dirs: string[] = [];
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'postgres',
    fresh: async () => {
      const name = `upkeep_test_${randomBytes(6).toString('hex')}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      databases.push(name);
      const workspaceDir = mkdtempSync(join(tmpdir(), 'upkeep-store-'));
      dirs.push(workspaceDir);
      return { workspaceDir, databaseUrl: withDatabase(serverUrl, name) };
    },
    cleanup: async () => {
      const names = databases.splice(0);
      if (names.length) await admin(async (c) => Promise.all(names.map((n) => c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`))));
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function storeBackends(): StoreBackend[] {
  const url = process.env.DATABASE_URL;
  return url ? [pgliteBackend(), postgresBackend(url)] : [pgliteBackend()];
}
