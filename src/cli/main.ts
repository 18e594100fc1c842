/**
 * The one place that decides the exit code: UpkeepError → message + hint, exit 2;
 * findings at or above --fail-on → exit 1 (returned by the command); anything else →
 * "internal error" (the stack only with --debug).
 */
import { Command, CommanderError } from 'commander';
import { aOrAn, isUpkeepError, UpkeepError } from '../app/index.js';
import { renderProblems } from '../render/problems.js';
import { registerCommands } from './commands/index.js';
import { type CliIo, processIo } from './io.js';
import { packageVersion } from './version.js';

export type { CliIo } from './io.js';

function renderError(e: UpkeepError): string {
  return renderProblems(e.problems);
}

/** The command `argv` names (`upkeep import osism …` → import osism), and whether argv is only command words. */
function commandOf(program: Command, argv: readonly string[]): { command: Command; onlyWords: boolean } {
  let command = program;
  let onlyWords = true;
  for (const arg of argv) {
    if (arg === '--debug') continue;
    const sub = arg.startsWith('-') ? undefined : command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (sub) command = sub;
    else {
      onlyWords = false;
      if (!arg.startsWith('-')) break;
    }
  }
  return { command, onlyWords };
}

/** `upkeep import osism`: the command's name with its parents. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Commander's own errors (unknown option, missing argument, unknown command) as UPK_USAGE with a hint. */
function usageError(e: CommanderError, command: Command): UpkeepError {
  const [first, ...rest] = e.message.replace(/^error: /, '').split('\n');
  const didYouMean = rest
    .join(' ')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  const path = commandPath(command);
  const usage = command.commands.length ? `${path} <command>` : `${path} ${command.usage()}`;
  const hint =
    e.code === 'commander.unknownCommand'
      ? `${didYouMean ? `${didYouMean.replace(/^Did/, 'did')} ` : ''}\`${path} --help\` lists the commands`
      : `${didYouMean ? `${didYouMean.replace(/^Did/, 'did')} ` : ''}usage: ${usage}; \`${path} --help\` explains each option`;
  return new UpkeepError('UPK_USAGE', first ?? e.message, hint);
}

/** An empty value (`--release ""`, `--out ""`) is refused: it would silently mean "all" or "standard output". */
function refuseEmptyValues(command: Command): void {
  for (const option of command.options) {
    const value = command.getOptionValue(option.attributeName()) as unknown;
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.trim() === ''))
      throw new UpkeepError('UPK_USAGE', `${option.long ?? option.flags} is given an empty value`, `give a value (${option.flags}), or leave the option out`);
  }
  command.registeredArguments.forEach((arg, i) => {
    const value = command.processedArgs[i] as unknown;
    if ((Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && v.trim() === ''))
      throw new UpkeepError('UPK_USAGE', `the ${arg.name()} argument is empty`, `give ${aOrAn(arg.name())}: ${commandPath(command)} ${command.usage()}`);
  });
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const program = new Command('upkeep')
    .description('Keep a cloud stack inside upstream maintenance: lifecycles, policy checks, flavor names.')
    .version(packageVersion())
    // program options only before the command: `evidence add … --version 17.2.5` is the command's own
    .enablePositionalOptions()
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    // commander's own errors are printed below, as UPK_USAGE with a hint
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .hook('preAction', (_program, action) => refuseEmptyValues(action));
  registerCommands(program, io, (code) => {
    exitCode = code;
  });
  const named = commandOf(program, argv);
  // `upkeep`, `upkeep import`: asking what there is, not an error (as gh, cargo, kubectl): help on stdout, exit 0
  if (named.onlyWords && named.command.commands.length) {
    io.out(named.command.helpInformation());
    return 0;
  }
  try {
    // --debug is read above wherever it stands; positional options would otherwise refuse it after a command
    await program.parseAsync(
      argv.filter((a) => a !== '--debug'),
      { from: 'user' },
    );
    return exitCode;
  } catch (thrown) {
    if (
      thrown instanceof CommanderError &&
      (thrown.code === 'commander.helpDisplayed' || thrown.code === 'commander.version' || thrown.code === 'commander.help')
    )
      return 0;
    const e = thrown instanceof CommanderError ? usageError(thrown, named.command) : thrown;
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
