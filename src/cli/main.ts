/**
 * The one place that decides the exit code: UpkeepError → message + hint, exit 2;
 * findings at or above --fail-on → exit 1 (returned by the command); anything else →
 * "internal error" (the stack only with --debug).
 */
import { Command, CommanderError } from 'commander';
import { isUpkeepError, type UpkeepError } from '../app/index.js';
import { renderProblems } from '../render/problems.js';
import { registerCommands } from './commands/index.js';
import { type CliIo, processIo } from './io.js';
import { packageVersion } from './version.js';

export type { CliIo } from './io.js';

function renderError(e: UpkeepError): string {
  return renderProblems(e.problems);
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const program = new Command('upkeep')
    .description('Keep a cloud stack inside upstream maintenance: lifecycles, policy checks, flavor names.')
    .version(packageVersion())
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)');
  registerCommands(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (isUpkeepError(e)) {
      io.err(renderError(e));
      if (debug && e.stack) io.err(`${e.stack}\n`);
      return 2;
    }
    io.err('internal error: this is a bug in upkeep, please report it with the command you ran.\n');
    io.err(
      debug && e instanceof Error && e.stack
        ? `${e.stack}\n`
        : `  ${String(e instanceof Error ? e.message : e)}\n  (run again with --debug for the stack trace)\n`,
    );
    return 3;
  }
}
