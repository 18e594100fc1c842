import type { Command } from 'commander';
import type { CliIo, SetExit } from '../io.js';
import { choice, collect, dateOption } from '../options.js';

const FORMATS = ['table', 'json', 'markdown', 'sarif', 'junit'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

interface CheckFlags {
  asOf?: string;
  release?: string[];
  format: string;
  failOn: string;
}

export function registerCheck(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('check')
    .description('check each stack release against the workspace policy, as known on a date')
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('--as-of <date>', 'evaluate as known on this date (YYYY-MM-DD; default today)')
    .option('--release <id>', 'only this release (repeat or comma-separate)', collect)
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('--fail-on <severity>', `exit 1 when a finding is at or above: ${FAIL_ON.join(', ')}`, 'error')
    .addHelpText(
      'after',
      '\nExit codes: 0 nothing at or above --fail-on, 1 findings, 2 bad input or usage.\nExample: upkeep check examples/scs --as-of 2023-03-20 --release R4',
    )
    .action(async (workspace: string, flags: CheckFlags) => {
      const format = choice(flags.format, FORMATS, '--format');
      const failOn = choice(flags.failOn, FAIL_ON, '--fail-on');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { runCheck } = await import('./check-run.js');
      setExit(await runCheck(io, { workspace, asOf, releases: flags.release ?? [], format, failOn }));
    });

  program
    .command('status')
    .description("print each release's pins with their lifecycle phase on a date")
    .argument('[workspace]', 'workspace folder', '.')
    .option('--as-of <date>', 'as known on this date (YYYY-MM-DD; default today)')
    .option('--release <id>', 'only this release (repeat or comma-separate)', collect)
    .option('--all', 'also list pins without lifecycle data')
    .option('--long', 'one table per release with ends, days left and point releases')
    .option('--format <format>', 'output: table, json, html (a page with the lifecycle timeline)', 'table')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (workspace: string, flags: { asOf?: string; release?: string[]; all?: boolean; long?: boolean; format: string; out?: string }) => {
      const format = choice(flags.format, ['table', 'json', 'html'] as const, '--format');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { runStatus } = await import('./check-run.js');
      await runStatus(io, {
        workspace,
        asOf,
        releases: flags.release ?? [],
        all: Boolean(flags.all),
        long: Boolean(flags.long),
        format,
        ...(flags.out ? { out: flags.out } : {}),
      });
    });
}
