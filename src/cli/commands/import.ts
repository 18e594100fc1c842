import type { Command } from 'commander';
import type { PlainDate } from '../../core/dates.js';
import type { ImportResult } from '../../formats/types.js';
import type { CliIo } from '../main.js';
import { dateOption } from '../options.js';

interface ReleaseFlags {
  workspace: string;
  releaseId?: string;
  date?: string;
  end?: string;
}

async function write(io: CliIo, workspace: string, result: ImportResult, dropHistory = false): Promise<void> {
  const { applyImport } = await import('../../formats/workspace/apply.js');
  const applied = applyImport(workspace, result, { dropHistory });
  for (const w of applied.warnings) io.err(`warning: ${w}\n`);
  io.out(applied.written.join('\n') + '\n');
}

/** --date/--end are required for a new release; for an existing one its dates are kept. */
async function releaseDates(flags: ReleaseFlags): Promise<{ releaseId: string; date: PlainDate; end: PlainDate }> {
  const { UpkeepError } = await import('../../core/errors.js');
  const { existingRelease, requireWorkspace } = await import('../../formats/workspace/apply.js');
  if (!flags.releaseId) throw new UpkeepError('UPK_USAGE', '--release-id is required', 'name the stack release, e.g. --release-id R4');
  requireWorkspace(flags.workspace);
  const existing = existingRelease(flags.workspace, flags.releaseId);
  const date = flags.date ? dateOption(flags.date, '--date') : existing?.date;
  const end = flags.end ? dateOption(flags.end, '--end') : existing?.end;
  if (!date || !end)
    throw new UpkeepError('UPK_USAGE', `release ${flags.releaseId} is new: --date and --end are required`, 'add --date YYYY-MM-DD (release date) and --end YYYY-MM-DD (planned end of maintenance)');
  if (end < date) throw new UpkeepError('UPK_BAD_DATE', `--end ${end} is before --date ${date}`, 'the planned end must be on or after the release date');
  return { releaseId: flags.releaseId, date, end };
}

export function registerImport(program: Command, io: CliIo): void {
  const imp = program.command('import').description('import lifecycles and releases into a workspace (all files written, or none)');
  const ws = (c: Command) => c.option('-w, --workspace <dir>', 'workspace folder', '.');

  ws(imp.command('endoflife').description('an endoflife.date product file (products/<name>.md), optionally with its history').argument('<file>'))
    .option('--history <file>', 'history .jsonl of the product file (one change a line)')
    .option('--drop-history', 'remove an earlier imported history when importing without one')
    .action(async (file: string, flags: { workspace: string; history?: string; dropHistory?: boolean }) => {
      const { importEndoflife } = await import('../../formats/endoflife/index.js');
      await write(io, flags.workspace, importEndoflife(file, flags.history), flags.dropHistory);
    });

  ws(imp.command('endoflife-api').description('the endoflife.date API v1 JSON of one product (/api/v1/products/<name>)').argument('<file>')).action(
    async (file: string, flags: { workspace: string }) => {
      const { importEndoflifeApi } = await import('../../formats/endoflife/index.js');
      await write(io, flags.workspace, importEndoflifeApi(file));
    },
  );

  ws(imp.command('openstack-series').description("OpenStack's series_status.yaml, optionally with its history").argument('<file>'))
    .option('--history <file>', 'history .jsonl of series_status.yaml')
    .option('--drop-history', 'remove an earlier imported history when importing without one')
    .action(async (file: string, flags: { workspace: string; history?: string; dropHistory?: boolean }) => {
      const { importOpenstackSeries } = await import('../../formats/openstack-series/index.js');
      await write(io, flags.workspace, importOpenstackSeries(file, flags.history), flags.dropHistory);
    });

  ws(imp.command('ceph-releases').description("Ceph's doc/releases/releases.yml (point releases, announced and actual ends)").argument('<file>')).action(
    async (file: string, flags: { workspace: string }) => {
      const { importCephReleases } = await import('../../formats/ceph-releases/index.js');
      await write(io, flags.workspace, importCephReleases(file));
    },
  );

  ws(imp.command('osism').description('an OSISM release manifest folder (osism/release <version>/) as a stack release').argument('<dir>'))
    .option('--release-id <id>', 'stack release id, e.g. R4')
    .option('--date <date>', 'release date YYYY-MM-DD')
    .option('--end <date>', 'planned end of maintenance YYYY-MM-DD')
    .action(async (dir: string, flags: ReleaseFlags) => {
      const opts = await releaseDates(flags);
      const { importOsismRelease } = await import('../../formats/osism/index.js');
      await write(io, flags.workspace, importOsismRelease(dir, opts));
    });

  ws(imp.command('sbom').description('a CycloneDX JSON SBOM as the pins of a stack release').argument('<file>'))
    .option('--release-id <id>', 'stack release id')
    .option('--date <date>', 'release date YYYY-MM-DD (new releases)')
    .option('--end <date>', 'planned end YYYY-MM-DD (new releases)')
    .action(async (file: string, flags: ReleaseFlags) => {
      const opts = await releaseDates(flags);
      const { importCycloneDx } = await import('../../formats/cyclonedx/index.js');
      await write(io, flags.workspace, importCycloneDx(file, opts));
    });
}
