import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { collect } from '../options.js';

const products = (list: string[] | undefined) => (list ?? []).flatMap((p) => p.split(',')).filter(Boolean);

export function registerBundle(program: Command, io: CliIo): void {
  const bundle = program
    .command('bundle')
    .description('offline bundles of lifecycle data for air-gapped sites: export, then import with every checksum verified (docs/sync.md)');

  bundle
    .command('export')
    .description('write the lifecycle data (files, histories, sources and fetch dates) with a sha256 manifest into one file')
    .argument('<file>', 'the bundle file to write (JSON)')
    .option('-w, --workspace <dir>', 'workspace folder', '.')
    .option('--products <ids>', 'only these products (comma-separate or repeat; default all)', collect)
    .addHelpText('after', '\nThe same data gives the same bytes on any machine.\nExample: upkeep bundle export lifecycle.bundle.json -w examples/scs')
    .action(async (file: string, flags: { workspace: string; products?: string[] }) => {
      const { exportBundle } = await import('../../app/bundle.js');
      const manifest = await exportBundle({ workspace: flags.workspace, file, products: products(flags.products) });
      io.out(`wrote ${file}: ${manifest.products.length} products, ${manifest.files.length} files\n`);
    });

  bundle
    .command('import')
    .description("verify a bundle's checksums, then write its lifecycle data into the workspace (all files, or none)")
    .argument('<file>', 'a bundle written by `upkeep bundle export`')
    .option('-w, --workspace <dir>', 'workspace folder', '.')
    .addHelpText(
      'after',
      '\nA truncated or altered bundle is refused (exit 2) and nothing changes.\nExample: upkeep bundle import lifecycle.bundle.json -w my-stack',
    )
    .action(async (file: string, flags: { workspace: string }) => {
      const { importBundle } = await import('../../app/bundle.js');
      const r = await importBundle({ workspace: flags.workspace, file });
      io.out(`imported ${r.products.length} products from ${file} (${r.products.join(', ')})\n`);
    });
}
