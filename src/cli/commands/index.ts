import type { Command } from 'commander';
import type { CliIo } from '../main.js';

/** Sets the process exit code from inside a command action. */
export type SetExit = (code: number) => void;

/**
 * One line per command group. Each module registers its options and imports its
 * implementation lazily inside the action, so `upkeep --help` and `upkeep check` stay fast.
 */
export function registerCommands(program: Command, io: CliIo, setExit: SetExit): void {
  void program;
  void io;
  void setExit;
}
