import type { Command } from 'commander';
import { UpkeepError } from '../../app/index.js';
import type { CliIo, SetExit } from '../io.js';
import { choice, collect, dateOption } from '../options.js';

interface SyncFlags {
  products?: string[];
  dryRun?: boolean;
  force?: boolean;
  endoflifeApi?: string;
  caFile?: string;
  timeout: string;
  retries: string;
  parallel: string;
  date?: string;
  format: string;
}

const SYNC_FORMATS = ['text', 'json'] as const;

function count(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UpkeepError('UPK_USAGE', `${option} ${value}: not a number from ${min} to ${max}`, `e.g. ${option} ${min + 1}`);
  return n;
}

/** HTTP_PROXY, HTTPS_PROXY, NO_PROXY (or their lower-case spellings), as the edge reads them. */
function proxyEnv(): { http?: string; https?: string; noProxy?: string } {
  const env = (name: string) => process.env[name] ?? process.env[name.toLowerCase()];
  const http = env('HTTP_PROXY');
  const https = env('HTTPS_PROXY');
  const noProxy = env('NO_PROXY');
  return { ...(http ? { http } : {}), ...(https ? { https } : {}), ...(noProxy ? { noProxy } : {}) };
}

const products = (list: string[] | undefined) => (list ?? []).flatMap((p) => p.split(',')).filter(Boolean);

export function registerSync(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('sync')
    .description("fetch each product's lifecycle source and apply what changed, each change a history entry (docs/sync.md)")
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--products <ids>', 'only these products (comma-separate or repeat)', collect)
    .option('--dry-run', 'fetch and show what would change; write nothing')
    .option('--force', 'ask without validators and compare every answer (after editing lifecycle files by hand)')
    .option('--endoflife-api <url>', 'endoflife.date API v1 base (default: $UPKEEP_ENDOFLIFE_API or https://endoflife.date/api/v1)')
    .option('--ca-file <file>', 'PEM file of CA certificates to trust (an internal mirror, a TLS-inspecting proxy)')
    .option('--timeout <seconds>', 'give up a request after this long (connect, headers, body)', '30')
    .option('--retries <n>', 'retries after a network error, timeout, 429 or 5xx (backoff 0.5 s, doubling)', '2')
    .option('--parallel <n>', 'requests at once', '8')
    .option('--date <date>', 'record the changes on this date (YYYY-MM-DD; default today)')
    .option('--format <format>', `output: ${SYNC_FORMATS.join(', ')}`, 'text')
    .addHelpText(
      'after',
      `
Sources: products/<id>.yaml may say \`sync: {format: endoflife-api | openstack-series | ceph-releases | none, url: …}\`;
without it ceph reads Ceph's releases.yml, openstack series_status.yaml, and a product whose sources name an
endoflife.date page reads {api}/products/<name>. Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.
Conditional requests (ETag, Last-Modified) use the validators in sync-state.json.

Exit codes: 0 every source answered, 1 a source failed (that product is left as it was), 2 bad input or usage.
Example: upkeep sync examples/scs --dry-run --products ceph,openstack`,
    )
    .action(async (workspace: string, flags: SyncFlags) => {
      const format = choice(flags.format, SYNC_FORMATS, '--format');
      const date = dateOption(flags.date, '--date');
      const http = {
        timeoutSeconds: count(flags.timeout, '--timeout', 0.05, 3600),
        retries: count(flags.retries, '--retries', 0, 10),
        parallel: count(flags.parallel, '--parallel', 1, 64),
        ...(flags.caFile ? { caFile: flags.caFile } : {}),
        proxy: proxyEnv(),
      };
      const endoflifeApi = flags.endoflifeApi ?? process.env.UPKEEP_ENDOFLIFE_API;
      const [{ sync }, { renderSyncJson, renderSyncText }] = await Promise.all([import('../../app/sync.js'), import('../../render/sync-text.js')]);
      let bar: { start(total: number, value: number, payload?: object): void; update(value: number, payload?: object): void; stop(): void } | undefined;
      if (io.errIsTty) {
        const { default: progress } = await import('cli-progress');
        bar = new progress.SingleBar(
          { format: 'sync [{bar}] {value}/{total} {product}', stream: process.stderr, clearOnComplete: true, hideCursor: true },
          progress.Presets.shades_classic,
        );
      }
      let started = false;
      const report = await sync({
        workspace,
        date,
        products: products(flags.products),
        dryRun: Boolean(flags.dryRun),
        force: Boolean(flags.force),
        ...(endoflifeApi ? { endoflifeApi } : {}),
        http,
        onProgress: (done, total, product) => {
          if (!bar) return;
          if (!started) bar.start(total, 0, { product: '' });
          started = true;
          bar.update(done, { product });
        },
      }).finally(() => bar?.stop());
      io.out(format === 'json' ? renderSyncJson(report) : renderSyncText(report));
      setExit(report.products.some((p) => p.status === 'failed') ? 1 : 0);
    });
}
