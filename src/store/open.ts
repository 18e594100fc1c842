/**
 * Opens the evidence store: PGlite in `<workspace>/.upkeep/db` (created on first use) or a
 * PostgreSQL server (`--database postgres://…` or DATABASE_URL), with the migrations applied.
 * Drizzle and the drivers load here, on first open, never on the way to a command that needs no
 * evidence (PGlite takes 0.4 s to open, 2-3 s to create).
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UpkeepError } from '../core/errors.js';
import type { Backend, Db } from './drizzle-store.js';
import type { Store, StoreOptions } from './types.js';

const CHANNEL = 'upkeep_reload';

/** The folder of the SQL migrations drizzle-kit wrote: `migrations/` at the package root, two levels above src/store, dist/store or dist/bundle. */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'migrations', 'meta', '_journal.json'))) return join(dir, 'migrations');
    dir = dirname(dir);
  }
  throw new Error(`the SQL migrations (migrations/meta/_journal.json) are missing above ${fileURLToPath(import.meta.url)}`);
}

/** The embedded database's folder in a workspace. */
export function embeddedDir(workspaceDir: string): string {
  return join(resolve(workspaceDir), '.upkeep', 'db');
}

/** The database a command uses: `--database`, else DATABASE_URL, else the embedded one. */
export function databaseUrlOf(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = option ?? (env.DATABASE_URL || undefined);
  if (url !== undefined && !/^postgres(?:ql)?:\/\//.test(url))
    throw new UpkeepError(
      'UPK_DATABASE',
      `${option !== undefined ? '--database' : 'DATABASE_URL'} is not a PostgreSQL URL: ${url.slice(0, 60)}`,
      'give postgres://user@host:5432/database, or leave it out for the embedded database in <workspace>/.upkeep/db',
    );
  return url;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const url = databaseUrlOf(options.databaseUrl, {});
  return url === undefined ? openEmbedded(embeddedDir(options.workspaceDir)) : openServer(url);
}

async function openEmbedded(dataDir: string): Promise<Store> {
  const [{ PGlite }, { drizzle }, { migrate }, schema, { DrizzleStore }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
    import('./schema.js'),
    import('./drizzle-store.js'),
  ]);
  let client: InstanceType<typeof PGlite>;
  try {
    mkdirSync(dataDir, { recursive: true });
    client = await PGlite.create(dataDir);
  } catch (e) {
    throw new UpkeepError(
      'UPK_DATABASE',
      `cannot open the embedded database in ${dataDir}: ${(e as Error).message}`,
      'check that the folder is writable and that no other upkeep process uses it; remove it to start with an empty store',
      { file: dataDir },
    );
  }
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: migrationsFolder() });
  const events = new EventEmitter();
  const backend: Backend = {
    kind: 'pglite',
    // the transaction's own PGlite client: COPY reads its data from the blob PGlite mounts at /dev/blob
    copy: async (tx, statement, data) => {
      const client = (tx as unknown as { session: { client: Pick<InstanceType<typeof PGlite>, 'query'> } }).session.client;
      await client.query(`${statement} FROM '/dev/blob'`, [], { blob: new Blob([data]) });
    },
    notify: async () => {
      events.emit(CHANNEL);
    },
    listen: (listener) => {
      events.on(CHANNEL, listener);
      return () => events.off(CHANNEL, listener);
    },
    close: () => client.close(),
  };
  return new DrizzleStore(db as unknown as Db, backend);
}

/** The URL without its password, for messages. */
function shown(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function openServer(url: string): Promise<Store> {
  const [{ default: pg }, { drizzle }, { migrate }, schema, { DrizzleStore }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
    import('./schema.js'),
    import('./drizzle-store.js'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // an idle client's error (the server restarted) must not crash the process; the next query reports it
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool, schema });
  try {
    // one process migrates at a time: a lock held on a connection of its own
    const conn = await pool.connect();
    try {
      await conn.query('SELECT pg_advisory_lock(8152026)');
      await migrate(drizzle({ client: conn, schema }), { migrationsFolder: migrationsFolder() });
    } finally {
      await conn.query('SELECT pg_advisory_unlock(8152026)').catch(() => undefined);
      conn.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new UpkeepError(
      'UPK_DATABASE',
      `cannot open the database ${shown(url)}: ${(e as Error).message}`,
      'check that the server is running and the URL (user, host, port, database) is right; the user needs CREATE on the database for the first migration',
    );
  }
  let listener: InstanceType<typeof pg.Client> | undefined;
  /** Settles once LISTEN is in place: a notification sent by this process after onReload reaches its listener. */
  let listening: Promise<unknown> | undefined;
  const events = new EventEmitter();
  const backend: Backend = {
    kind: 'postgres',
    notify: async () => {
      await listening;
      await pool.query(`SELECT pg_notify('${CHANNEL}', '')`);
    },
    listen: (fn) => {
      events.on(CHANNEL, fn);
      if (!listener) {
        const client = new pg.Client({ connectionString: url });
        listener = client;
        client.on('notification', (n) => {
          if (n.channel === CHANNEL) events.emit(CHANNEL);
        });
        client.on('error', () => undefined);
        listening = client
          .connect()
          .then(() => client.query(`LISTEN ${CHANNEL}`))
          .catch(() => undefined);
      }
      return () => events.off(CHANNEL, fn);
    },
    close: async () => {
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
  return new DrizzleStore(db as unknown as Db, backend);
}
