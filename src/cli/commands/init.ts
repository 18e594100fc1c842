import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create a workspace: upkeep.yaml, a commented default policy, products/ and releases/')
    .argument('[dir]', 'folder to create the workspace in', '.')
    .option('--name <name>', 'name of the stack (default: the folder name)')
    .action(async (dir: string, flags: { name?: string }) => {
      const { existsSync } = await import('node:fs');
      const { basename, join, resolve } = await import('node:path');
      const { UpkeepError } = await import('../../core/errors.js');
      const { commitFiles } = await import('../../files/atomic-write.js');
      const { POLICY_TEMPLATE, workspaceTemplate } = await import('../../workspace/templates.js');
      for (const name of ['upkeep.yaml', 'policy.yaml'])
        if (existsSync(join(dir, name)))
          throw new UpkeepError(
            'UPK_WORKSPACE_EXISTS',
            `${join(dir, name)} exists already`,
            'choose another folder, or move the file away; init never overwrites',
            { file: join(dir, name) },
          );
      commitFiles([
        { path: join(dir, 'upkeep.yaml'), content: workspaceTemplate(flags.name ?? basename(resolve(dir))) },
        { path: join(dir, 'policy.yaml'), content: POLICY_TEMPLATE },
        { path: join(dir, 'products', '.gitkeep'), content: '' },
        { path: join(dir, 'releases', '.gitkeep'), content: '' },
      ]);
      io.out(
        `Created workspace in ${dir}: upkeep.yaml, policy.yaml, products/, releases/.\nNext: upkeep import endoflife FILE --workspace ${dir}; upkeep import osism DIR --workspace ${dir} --release-id ID --date D --end D; upkeep check ${dir}\n`,
      );
    });
}
