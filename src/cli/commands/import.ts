import type { Command } from 'commander';
import { importers } from '../../app/importers.js';
import type { CliIo } from '../io.js';
import { dateText } from '../options.js';

interface ImportFlags {
  workspace: string;
  history?: string;
  historyDir?: string;
  dropHistory?: boolean;
  releaseId?: string;
  date?: string;
  end?: string;
}

/** One subcommand per importer of the registry (src/formats/importers.ts). */
export function registerImport(program: Command, io: CliIo): void {
  const imp = program.command('import').description('import lifecycles and releases into a workspace (all files written, or none)');
  for (const importer of importers) {
    const c = imp
      .command(importer.id)
      .description(importer.description)
      .argument(importer.input === 'folder' ? '<dir>' : importer.several ? '<files...>' : '<file>')
      .option('-w, --workspace <dir>', 'workspace folder', '.');
    if (importer.history) c.option('--history <file>', 'its change history (.jsonl, one change a line)');
    if (importer.history && importer.several) c.option('--history-dir <dir>', 'with several files: the folder of their histories, <name>.jsonl for <name>.md');
    if (!importer.release)
      c.option(
        '--drop-history',
        importer.history
          ? 'remove an earlier imported history when importing without one'
          : "remove the product's earlier imported history (.history.jsonl, e.g. from endoflife.date): this import brings none",
      );
    if (importer.release)
      c.option('--release-id <id>', 'stack release id, e.g. R4')
        .option('--date <date>', 'release date YYYY-MM-DD (required for a new release)')
        .option('--end <date>', 'planned end of maintenance YYYY-MM-DD (required for a new release)');
    c.action(async (input: string | string[], flags: ImportFlags) => {
      const paths = typeof input === 'string' ? [input] : input;
      const { importInto } = await import('../../app/import.js');
      const date = dateText(flags.date);
      const end = dateText(flags.end);
      const applied = await importInto({
        workspace: flags.workspace,
        importer: importer.id,
        path: paths[0] ?? '',
        paths,
        ...(flags.history ? { history: flags.history } : {}),
        ...(flags.historyDir !== undefined ? { historyDir: flags.historyDir } : {}),
        dropHistory: Boolean(flags.dropHistory),
        release: { ...(flags.releaseId ? { id: flags.releaseId } : {}), ...(date ? { date } : {}), ...(end ? { end } : {}) },
      });
      for (const w of applied.warnings) io.err(`warning: ${w}\n`);
      io.out(`${applied.written.join('\n')}\n`);
    });
  }
}
