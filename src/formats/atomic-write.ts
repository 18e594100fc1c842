import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UpkeepError } from '../core/errors.js';

export interface FileChange {
  readonly path: string;
  /** New content; null removes the file (after all writes succeeded). */
  readonly content: string | null;
}

/**
 * Writes several files as one change: every file is first written beside its target under a
 * temporary name; only when all are written are they renamed into place. On any failure the
 * temporary files are removed and the workspace is as it was.
 */
export function commitFiles(changes: readonly FileChange[]): void {
  const temps: [string, string][] = [];
  try {
    for (const c of changes) {
      if (c.content === null) continue;
      mkdirSync(dirname(c.path), { recursive: true });
      const tmp = `${c.path}.upkeep-tmp-${process.pid}`;
      writeFileSync(tmp, c.content, { flag: 'wx' });
      temps.push([tmp, c.path]);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw new UpkeepError('UPK_WRITE_FAILED', `could not write ${(e as NodeJS.ErrnoException).path ?? 'a file'}: ${(e as Error).message}`, 'check the folder is writable and the disk not full; nothing was changed', {});
  }
  for (const [tmp, target] of temps) renameSync(tmp, target);
  for (const c of changes) if (c.content === null) rmSync(c.path, { force: true });
}
