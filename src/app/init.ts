import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UpkeepError } from '../core/errors.js';
import { commitFiles } from '../files/atomic-write.js';
import { POLICY_TEMPLATE, workspaceTemplate } from '../workspace/templates.js';

export interface InitInput {
  /** The folder to create the workspace in (created when missing). */
  readonly dir: string;
  /** The stack's name; the folder's name when absent. */
  readonly name?: string;
}

/** The embedded evidence database (`.upkeep/db`) is no declaration: `.gitignore` keeps it out of git (a line added to an existing file). */
function gitignore(dir: string): { path: string; content: string } {
  const path = join(dir, '.gitignore');
  const line = '.upkeep/';
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (existing.split(/\r?\n/).some((l) => l.trim() === line || l.trim() === '/.upkeep/')) return { path, content: existing };
  const lead = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  return { path, content: `${lead}# the embedded evidence database (upkeep evidence)\n${line}\n` };
}

/** Creates a workspace: upkeep.yaml, a commented default policy, products/ and releases/. Never overwrites. */
export function initWorkspace(input: InitInput): { readonly written: readonly string[] } {
  const { dir } = input;
  for (const name of ['upkeep.yaml', 'policy.yaml'])
    if (existsSync(join(dir, name)))
      throw new UpkeepError(
        'UPK_WORKSPACE_EXISTS',
        `${join(dir, name)} exists already`,
        'choose another folder, or move the file away; init never overwrites',
        {
          file: join(dir, name),
        },
      );
  const files = [
    { path: join(dir, 'upkeep.yaml'), content: workspaceTemplate(input.name ?? basename(resolve(dir))) },
    { path: join(dir, 'policy.yaml'), content: POLICY_TEMPLATE },
    { path: join(dir, 'products', '.gitkeep'), content: '' },
    { path: join(dir, 'releases', '.gitkeep'), content: '' },
    gitignore(dir),
  ];
  commitFiles(files);
  return { written: files.map((f) => f.path) };
}
