import type { Command } from 'commander';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import { PATHS_FORMATS } from '../../web/paths-formats.js';
import type { CliIo, SetExit } from '../io.js';
import { choice, dateOption } from '../options.js';

interface PathsFlags {
  from?: string;
  to?: string;
  asOf?: string;
  format: string;
}

export function registerPaths(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('paths')
    .description("the shortest sequence of the workspace's releases an operator upgrades through, and why a direct jump is not one upgrade")
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--from <id>', 'the release running now')
    .option('--to <id>', 'the release to reach')
    .option('--as-of <date>', 'judge with the cycles known on this date (YYYY-MM-DD; default today)')
    .option('--format <format>', `output: ${formatIds(PATHS_FORMATS).join(', ')}`, formatIds(PATHS_FORMATS)[0])
    .addHelpText(
      'after',
      `\n${formatsHelp(PATHS_FORMATS)}\n\nUpgrade rules per product: policy.yaml \`upgrades\` (upstream defaults for ceph, openstack, kubernetes, ubuntu; docs/planning.md).\nExit codes: 0 a path exists, 1 no path (the output names the blocking components), 2 bad input or usage.\nExample: upkeep paths examples/scs --from R3 --to R4.1`,
    )
    .action(async (workspace: string, flags: PathsFlags) => {
      const format = choice(flags.format, formatIds(PATHS_FORMATS), '--format');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { UpkeepError } = await import('../../app/index.js');
      if (!flags.from || !flags.to) throw new UpkeepError('UPK_USAGE', '--from and --to are required', 'name both releases: --from R3 --to R4.1');
      const { paths } = await import('../../app/paths.js');
      const result = await paths({ workspace, from: flags.from, to: flags.to, asOf });
      const exitCode = result.paths.path ? 0 : 1;
      io.out(await rendererOf(PATHS_FORMATS, format).render(result.paths, { names: result.productName, workspace: result.workspaceName, exitCode }));
      setExit(exitCode);
    });
}
