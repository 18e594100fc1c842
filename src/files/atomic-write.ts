import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UpkeepError } from '../core/errors.js';

export interface FileChange {
  readonly path: string;
  /** New content; null removes the file. */
  readonly content: string | null;
}

function failed(e: unknown): UpkeepError {
  return new UpkeepError(
    'UPK_WRITE_FAILED',
    `could not write ${(e as NodeJS.ErrnoException).path ?? 'a file'}: ${(e as Error).message}`,
    'check that the folder is writable and the disk not full; nothing was changed',
    {},
  );
}

/**
 * Writes several files as one change, or none of them:
 * 1. every new content is written beside its target under a temporary name;
 * 2. the files being replaced or removed are moved aside;
 * 3. the new files are renamed into place;
 * 4. the files moved aside are deleted.
 * A failure in 1–3 undoes what was done, so the workspace is as it was.
 */
export function commitFiles(changes: readonly FileChange[], rename: (from: string, to: string) => void = renameSync): void {
  const suffix = `.upkeep-${process.pid}`;
  const temps: [string, string][] = [];
  const asides: [string, string][] = [];
  const placed: string[] = [];
  try {
    for (const c of changes) {
      if (statSync(c.path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('a folder is in the way'), { path: c.path });
      if (c.content === null) continue;
      mkdirSync(dirname(c.path), { recursive: true });
      const tmp = `${c.path}${suffix}.new`;
      writeFileSync(tmp, c.content, { flag: 'wx' });
      temps.push([tmp, c.path]);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw failed(e);
  }
  try {
    for (const c of changes) {
      if (!statSync(c.path, { throwIfNoEntry: false })) continue;
      const aside = `${c.path}${suffix}.old`;
      rename(c.path, aside);
      asides.push([aside, c.path]);
    }
    for (const [tmp, target] of temps) {
      rename(tmp, target);
      placed.push(target);
    }
  } catch (e) {
    for (const target of placed) rmSync(target, { force: true });
    for (const [aside, target] of asides) renameSync(aside, target);
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw failed(e);
  }
  for (const [aside] of asides) rmSync(aside, { force: true });
}
