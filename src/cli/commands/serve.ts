import type { Command } from 'commander';
import { UpkeepError } from '../../app/index.js';
import type { CliIo } from '../io.js';

interface ServeFlags {
  port: string;
  host: string;
  database?: string;
  private?: boolean;
}

/** A TCP port: 0 (any free one) to 65535. */
function portOption(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UpkeepError('UPK_USAGE', `--port "${value}" is not a port number`, 'give a number from 1 to 65535: --port 8080');
  return port;
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description(
      'serve the dashboard (at /), the JSON API (OpenAPI at /openapi.json), notices as Atom and iCalendar, Prometheus metrics and health checks of a workspace',
    )
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--port <port>', 'TCP port to listen on', '8080')
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface, e.g. in a container)', '127.0.0.1')
    .option('--database <url>', 'PostgreSQL URL of the evidence store (default: DATABASE_URL, else <workspace>/.upkeep/db)')
    .option('--private', 'reads need a token too (default: reads are public, writes need a token)')
    .addHelpText(
      'after',
      '\nThe workspace is read again when its files change and on POST /api/reload (a bad edit keeps the last good state).\nSIGTERM or SIGINT: requests in flight finish, then the store closes. Logs are JSON lines on standard output.\nUPKEEP_WRITE_LIMIT sets the writes a client may make a minute (default 120).\nThe dashboard: /, /timeline, /matrix?asOf=DATE, /plan, /paths, /stability, /notices, /report, /flavors (docs/dashboard.md).\nExample: upkeep serve examples/scs --port 8080, then open http://localhost:8080/ or curl localhost:8080/api/releases/R4/status',
    )
    .action(async (workspace: string, flags: ServeFlags) => {
      const port = portOption(flags.port);
      const { serve } = await import('../../server/main.js');
      await serve({
        workspace,
        port,
        host: flags.host,
        database: flags.database,
        private: Boolean(flags.private),
        onListening: (address) => io.err(`upkeep serves ${workspace} on ${address} (OpenAPI: ${address}/openapi.json, dashboard: ${address}/)\n`),
      });
    });
}
