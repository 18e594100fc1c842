import type { Command } from 'commander';
import type { PlainDate } from '../../core/dates.js';
import { importers, type RegisteredImporter } from '../../formats/importers.js';
import type { WorkspaceSource } from '../../workspace/index.js';
import type { CliIo } from '../io.js';
import { dateOption } from '../options.js';

interface ImportFlags {
  workspace: string;
  history?: string;
  dropHistory?: boolean;
  releaseId?: string;
  date?: string;
  end?: string;
}

/** --date/--end are required for a new release; for an existing one its dates are kept. */
async function releaseDates(workspace: WorkspaceSource, flags: ImportFlags): Promise<{ releaseId: string; date: PlainDate; end: PlainDate }> {
  const { UpkeepError } = await import('../../core/errors.js');
  if (!flags.releaseId) throw new UpkeepError('UPK_USAGE', '--release-id is required', 'name the stack release, e.g. --release-id R4');
  const existing = await workspace.release(flags.releaseId);
  const date = flags.date ? dateOption(flags.date, '--date') : existing?.date;
  const end = flags.end ? dateOption(flags.end, '--end') : existing?.end;
  if (!date || !end)
    throw new UpkeepError(
      'UPK_USAGE',
      `release ${flags.releaseId} is new: --date and --end are required`,
      'add --date YYYY-MM-DD (release date) and --end YYYY-MM-DD (planned end of maintenance)',
    );
  if (end < date) throw new UpkeepError('UPK_BAD_DATE', `--end ${end} is before --date ${date}`, 'the planned end must be on or after the release date');
  return { releaseId: flags.releaseId, date, end };
}

async function runImport(io: CliIo, importer: RegisteredImporter, path: string, flags: ImportFlags): Promise<void> {
  const { openWorkspace } = await import('../../workspace/index.js');
  const workspace = openWorkspace(flags.workspace);
  await workspace.requireWorkspace();
  const release = importer.release ? await releaseDates(workspace, flags) : undefined;
  const result = (await importer.load()).import(path, { ...(flags.history ? { history: flags.history } : {}), ...(release ? { release } : {}) });
  const applied = await workspace.apply(result, { dropHistory: Boolean(flags.dropHistory) });
  for (const w of applied.warnings) io.err(`warning: ${w}\n`);
  io.out(`${applied.written.join('\n')}\n`);
}

/** One subcommand per importer of the registry (src/formats/importers.ts). */
export function registerImport(program: Command, io: CliIo): void {
  const imp = program.command('import').description('import lifecycles and releases into a workspace (all files written, or none)');
  for (const importer of importers) {
    const c = imp
      .command(importer.id)
      .description(importer.description)
      .argument(importer.input === 'folder' ? '<dir>' : '<file>')
      .option('-w, --workspace <dir>', 'workspace folder', '.');
    if (importer.history) c.option('--history <file>', 'its change history (.jsonl, one change a line)');
    if (!importer.release) c.option('--drop-history', 'remove an earlier imported history when importing without one');
    if (importer.release)
      c.option('--release-id <id>', 'stack release id, e.g. R4')
        .option('--date <date>', 'release date YYYY-MM-DD (required for a new release)')
        .option('--end <date>', 'planned end of maintenance YYYY-MM-DD (required for a new release)');
    c.action((path: string, flags: ImportFlags) => runImport(io, importer, path, flags));
  }
}
