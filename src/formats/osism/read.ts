import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { collectProblems, type Problem, throwProblems, UpkeepError } from '../../core/errors.js';
import type { ImportResult } from '../../core/workspace.js';
import { readText } from '../../files/yaml-file.js';
import type { StackReleaseRequest } from '../types.js';
import { osismReleaseFromFiles } from './map.js';

/**
 * Reads an OSISM release folder (`osism/release/5.0.0/`) and imports it as one Release.
 * A real symlink (`ceph.yml -> ceph-pacific.yml`) is read as its target's name, like the
 * "symlink files" a copy without symlink support leaves.
 */
export function importOsismRelease(dir: string, opts: StackReleaseRequest): ImportResult {
  const files = new Map<string, string>();
  const problems: Problem[] = [];
  for (const name of listFolder(dir).filter((n) => /\.ya?ml$/.test(n))) {
    const file = path.join(dir, name);
    const text = collectProblems(() => (lstatSync(file).isSymbolicLink() ? linkTarget(dir, file) : readText(file, 'OSISM manifest')), problems);
    if (text !== undefined) files.set(name, text);
  }
  throwProblems(problems);
  return osismReleaseFromFiles({ dir, files }, opts);
}

function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UpkeepError('UPK_FILE_NOT_FOUND', `OSISM release folder ${dir} does not exist`, 'check the path (it is relative to the current directory)', {
        file: dir,
      });
    if (code === 'ENOTDIR')
      throw new UpkeepError(
        'UPK_IMPORT_SHAPE',
        `${dir} is a file, not an OSISM release folder`,
        'name the <version>/ folder that holds base.yml, ceph-*.yml and openstack-*.yml',
        { file: dir },
      );
    throw new UpkeepError('UPK_FILE_UNREADABLE', `cannot read ${dir}: ${(e as Error).message}`, 'check the folder permissions', { file: dir });
  }
}

/** The target's file name when it lies in the same folder; otherwise the raw target (then refused). */
function linkTarget(dir: string, file: string): string {
  const target = readlinkSync(file);
  return path.dirname(path.resolve(dir, target)) === path.resolve(dir) ? path.basename(target) : target;
}
