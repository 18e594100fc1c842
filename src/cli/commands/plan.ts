import type { Command } from 'commander';
import { PLAN_FORMATS } from '../../render/plan-formats.js';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import type { CliIo, SetExit } from '../io.js';
import { choice, dateOption, requiredDate } from '../options.js';

interface PlanFlags {
  release?: string;
  date?: string;
  end?: string;
  from?: string;
  point?: boolean;
  asOf?: string;
  format: string;
}

export function registerPlan(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('plan')
    .description('choose the version of each component for the next release or a point release, and say why')
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--release <id>', 'id of the planned release (R5, or R4.1 for a point release of R4)')
    .option('--date <date>', 'its release date (YYYY-MM-DD)')
    .option('--end <date>', "its planned end (default: the base's end for a point release, else the base's lifetime from --date)")
    .option('--from <id>', 'the release it replaces (default: the latest)')
    .option('--point', 'a point release of --from (implied when the id extends it: R4 → R4.1)')
    .option('--as-of <date>', 'decide with what was known on this date (YYYY-MM-DD; default today)')
    .option('--format <format>', `output: ${formatIds(PLAN_FORMATS).join(', ')}`, formatIds(PLAN_FORMATS)[0])
    .addHelpText(
      'after',
      `\n${formatsHelp(PLAN_FORMATS)}\n\nExit codes: 0 a plan that breaks no rule at error, 1 nothing qualifies for some component (the plan shows the options), 2 bad input or usage.\nExample: upkeep plan examples/scs --release R4.1 --from R4 --date 2023-04-18 --as-of 2023-03-20`,
    )
    .action(async (workspace: string, flags: PlanFlags) => {
      const format = choice(flags.format, formatIds(PLAN_FORMATS), '--format');
      const asOf = dateOption(flags.asOf, '--as-of');
      const date = requiredDate(flags.date, '--date');
      const { UpkeepError } = await import('../../app/index.js');
      if (!flags.release) throw new UpkeepError('UPK_USAGE', '--release is required', 'name the planned release: --release R5');
      const { plan } = await import('../../app/plan.js');
      const result = await plan({
        workspace,
        release: flags.release,
        date,
        asOf,
        ...(flags.end !== undefined ? { end: dateOption(flags.end, '--end') } : {}),
        ...(flags.from !== undefined ? { from: flags.from } : {}),
        ...(flags.point ? { point: true } : {}),
      });
      const exitCode = result.plan.status === 'qualifies' ? 0 : 1;
      io.out(await rendererOf(PLAN_FORMATS, format).render(result.plan, { names: result.productName, exitCode }));
      setExit(exitCode);
    });
}
