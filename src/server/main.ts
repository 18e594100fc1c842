import type { FastifyPluginAsync } from 'fastify';
import { openEvidenceStore } from '../app/evidence.js';
import { UpkeepError } from '../app/index.js';
import { openServedWorkspace } from '../app/workspace-input.js';
import { type AppDeps, buildApp } from './app.js';
import type { ServerContext } from './context.js';
import { startReloader } from './reloader.js';
import { sitePages } from './routes/pages.js';

export interface ServeOptions {
  readonly workspace: string;
  readonly port: number;
  readonly host: string;
  /** `--database`: a PostgreSQL URL (else DATABASE_URL, else the embedded database). */
  readonly database?: string | undefined;
  readonly private: boolean;
  /** The dashboard's pages (default: every page of src/web/site/pages.ts, src/server/routes/pages.ts); false: the API only. */
  readonly pages?: FastifyPluginAsync<{ ctx: ServerContext }> | false;
  readonly logger?: AppDeps['logger'];
  /** Called once listening, with the address (tests and the CLI print it). */
  readonly onListening?: (address: string) => void;
}

/**
 * `upkeep serve`: loads the workspace (a bad one stops here, exit 2), opens the store, listens,
 * reloads on change, and on SIGTERM or SIGINT stops taking requests, lets those in flight finish,
 * and closes the store. Resolves when the server has closed.
 */
export async function serve(options: ServeOptions): Promise<void> {
  const source = openServedWorkspace(options.workspace);
  await source.load();
  const store = await openEvidenceStore({ workspace: options.workspace, database: options.database });
  const { app, ctx, metrics, beginClose } = await buildApp({
    workspace: source,
    store,
    private: options.private,
    ...(options.pages !== false ? { pages: options.pages ?? sitePages } : {}),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    ...(process.env.UPKEEP_WRITE_LIMIT ? { writeLimit: { max: Number(process.env.UPKEEP_WRITE_LIMIT), timeWindow: 60_000 } } : {}),
  });
  const reloader = startReloader(ctx, metrics, app.log);
  const current = source.current();
  if (current) await ctx.status.warm(current, ctx.today());

  let closed: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    closed = resolve;
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    beginClose();
    reloader.close();
    try {
      await app.close();
    } finally {
      await store.close();
      app.log.info('closed');
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      closed();
    }
  };
  const onTerm = () => void stop('SIGTERM');
  const onInt = () => void stop('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);

  try {
    const address = await app.listen({ port: options.port, host: options.host });
    options.onListening?.(address);
  } catch (e) {
    reloader.close();
    await app.close();
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL')
      throw new UpkeepError(
        'UPK_USAGE',
        `cannot listen on ${options.host}:${options.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : 'no such address here'}`,
        'choose another --port (or --host), or stop the process that uses it',
      );
    throw e;
  }
  return done;
}
