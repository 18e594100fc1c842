import type { Command } from 'commander';
import { CHECK_FORMATS } from '../../render/check-formats.js';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import { STATUS_FORMATS } from '../../web/status-formats.js';
import type { CliIo, SetExit } from '../io.js';
import { choice, collect, dateOption } from '../options.js';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

interface CheckFlags {
  asOf?: string;
  release?: string[];
  format: string;
  failOn: string;
  long?: boolean;
}

interface StatusFlags {
  asOf?: string;
  release?: string[];
  all?: boolean;
  long?: boolean;
  format: string;
  out?: string;
}

export function registerCheck(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('check')
    .description('check each stack release against the workspace policy, as known on a date')
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--as-of <date>', 'evaluate as known on this date (YYYY-MM-DD; default today)')
    .option('--release <id>', 'only this release (repeat or comma-separate)', collect)
    .option('--format <format>', `output: ${formatIds(CHECK_FORMATS).join(', ')}`, formatIds(CHECK_FORMATS)[0])
    .option('--fail-on <severity>', `exit 1 when a finding is at or above: ${FAIL_ON.join(', ')}`, 'error')
    .option('--long', 'also list the pins not judged (no lifecycle, unversioned, unknown cycle) in table and markdown')
    .addHelpText(
      'after',
      `\n${formatsHelp(CHECK_FORMATS)}\n\nExit codes: 0 nothing at or above --fail-on, 1 findings, 2 bad input or usage.\nExample: upkeep check examples/scs --as-of 2023-03-20 --release R4`,
    )
    .action(async (workspace: string, flags: CheckFlags) => {
      const format = choice(flags.format, formatIds(CHECK_FORMATS), '--format');
      const failOn = choice(flags.failOn, FAIL_ON, '--fail-on');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { check, failsAt } = await import('../../app/check.js');
      const { report, productName } = await check({ workspace, asOf, releases: flags.release ?? [] });
      const exitCode = failsAt(report, failOn) ? 1 : 0;
      io.out(await rendererOf(CHECK_FORMATS, format).render(report, { names: productName, failOn, exitCode, long: Boolean(flags.long) }));
      setExit(exitCode);
    });

  program
    .command('status')
    .description("print each release's pins with their lifecycle phase on a date")
    .argument('[workspace]', 'workspace folder', '.')
    .option('--as-of <date>', 'as known on this date (YYYY-MM-DD; default today)')
    .option('--release <id>', 'only this release (repeat or comma-separate)', collect)
    .option('--all', 'also list pins without lifecycle data')
    .option('--long', 'one table per release with ends, days left and point releases')
    .option('--format <format>', `output: ${formatIds(STATUS_FORMATS).join(', ')}`, formatIds(STATUS_FORMATS)[0])
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText('after', `\n${formatsHelp(STATUS_FORMATS)}`)
    .action(async (workspace: string, flags: StatusFlags) => {
      const format = choice(flags.format, formatIds(STATUS_FORMATS), '--format');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { status, failsAt } = await import('../../app/check.js');
      const { report, productName } = await status({ workspace, asOf, releases: flags.release ?? [] });
      const text = await rendererOf(STATUS_FORMATS, format).render(report, {
        names: productName,
        all: Boolean(flags.all),
        long: Boolean(flags.long),
        exitCode: failsAt(report, 'error') ? 1 : 0,
      });
      if (!flags.out) return io.out(text);
      const { writeOutput } = await import('../../app/output.js');
      writeOutput(flags.out, text);
      io.out(`wrote ${flags.out}\n`);
    });
}
