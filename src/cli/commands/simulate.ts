import type { Command } from 'commander';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import { SIMULATE_FORMATS } from '../../web/simulate-formats.js';
import type { CliIo, SetExit } from '../io.js';
import { choice, requiredDate } from '../options.js';
import { progressBar } from '../progress.js';

interface SimulateFlags {
  cadence?: string;
  lifetime?: string;
  from?: string;
  to?: string;
  release?: string;
  format: string;
}

export function registerSimulate(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('simulate')
    .description('replay the planner at every release date of each cadence over real history, and compare the cadences')
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--cadence <list>', 'release every N months (or d, w, y), comma-separated: 6m,3m,1m', '6m,3m,1m')
    .option('--lifetime <duration>', 'how long each simulated release lives (7m, 12m, 1y)')
    .option('--from <date>', 'the first release date (YYYY-MM-DD)')
    .option('--to <date>', 'the end of the window (YYYY-MM-DD)')
    .option('--release <id>', 'the workspace release the first simulated release replaces (default: the latest)')
    .option('--format <format>', `output: ${formatIds(SIMULATE_FORMATS).join(', ')}`, formatIds(SIMULATE_FORMATS)[0])
    .addHelpText(
      'after',
      `\n${formatsHelp(SIMULATE_FORMATS)}\n\nExit codes: 0 the simulation ran, 2 bad input or usage.\nExample: upkeep simulate examples/scs --cadence 6m,3m --lifetime 12m --from 2023-03-22 --to 2024-03-22 --release R3`,
    )
    .action(async (workspace: string, flags: SimulateFlags) => {
      const format = choice(flags.format, formatIds(SIMULATE_FORMATS), '--format');
      const from = requiredDate(flags.from, '--from');
      const to = requiredDate(flags.to, '--to');
      const { UpkeepError } = await import('../../app/index.js');
      if (!flags.lifetime) throw new UpkeepError('UPK_USAGE', '--lifetime is required', 'say how long each release lives: --lifetime 12m');
      const { simulate, parseDuration } = await import('../../app/simulate.js');
      const cadences = (flags.cadence ?? '').split(',').map((c) => parseDuration(c, '--cadence'));
      const lifetime = parseDuration(flags.lifetime, '--lifetime');
      const progress = await progressBar(io, 'simulate: plans');
      const result = await simulate({
        workspace,
        cadences,
        lifetime,
        from,
        to,
        ...(flags.release !== undefined ? { release: flags.release } : {}),
        ...(progress ? { onPlanned: (done: number, total: number) => progress.update(done, total) } : {}),
      }).finally(() => progress?.stop());
      io.out(await rendererOf(SIMULATE_FORMATS, format).render(result.simulation, { names: result.productName }));
      setExit(0);
    });
}
