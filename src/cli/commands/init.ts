import type { Command } from 'commander';
import { shellWord } from '../../app/index.js';
import type { CliIo } from '../io.js';

export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create a workspace: upkeep.yaml, a commented default policy, products/ and releases/')
    .argument('[dir]', 'folder to create the workspace in', '.')
    .option('--name <name>', 'name of the stack (default: the folder name)')
    .action(async (dir: string, flags: { name?: string }) => {
      const { initWorkspace } = await import('../../app/init.js');
      initWorkspace({ dir, ...(flags.name !== undefined ? { name: flags.name } : {}) });
      const ws = shellWord(dir);
      io.out(
        `Created workspace in ${dir}: upkeep.yaml, policy.yaml, products/, releases/.\nNext: upkeep import endoflife FILE --workspace ${ws}; upkeep import osism DIR --workspace ${ws} --release-id ID --date D --end D; upkeep check ${ws}\n`,
      );
    });
}
