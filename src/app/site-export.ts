/**
 * Writes a static export of the dashboard: into a new temporary folder beside the target, then
 * renamed into place, so the target is the whole site or nothing. A folder that exists and holds
 * anything is refused (UPK_SITE_NOT_EMPTY): an export never mixes with or overwrites other files.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UpkeepError } from '../core/errors.js';

function notEmpty(dir: string, what: string): UpkeepError {
  return new UpkeepError(
    'UPK_SITE_NOT_EMPTY',
    `${dir} ${what}: the site is written only into a new or empty folder`,
    'name a new folder (upkeep site examples/scs public/), or empty this one first',
    { file: dir },
  );
}

/** Refuses a target that is a file or a folder with anything in it (checked before the work and again before the rename). */
export function assertSiteFolder(dir: string): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) return;
  if (!st.isDirectory()) throw notEmpty(dir, 'is a file');
  if (readdirSync(dir).length) throw notEmpty(dir, 'is not empty');
}

/** Writes `files` (paths relative to `dir`) as the folder `dir`, whole or not at all. */
export function writeSiteFolder(dir: string, files: readonly { path: string; content: string }[]): void {
  assertSiteFolder(dir);
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  let temp: string | undefined;
  try {
    mkdirSync(parent, { recursive: true });
    temp = mkdtempSync(path.join(parent, `.${path.basename(target)}.upkeep-`));
    chmodSync(temp, 0o755); // mkdtemp makes it private; a site is for a web server to read
    for (const f of files) {
      const file = path.join(temp, f.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, f.content, { flag: 'wx' });
    }
    assertSiteFolder(dir);
    if (statSync(target, { throwIfNoEntry: false })) rmdirSync(target);
    renameSync(temp, target);
    temp = undefined;
  } catch (e) {
    if (e instanceof UpkeepError) throw e;
    throw new UpkeepError(
      'UPK_WRITE_FAILED',
      `could not write the site to ${dir}: ${(e as Error).message}`,
      'check that the folder is writable and the disk not full; nothing was written',
      { file: dir },
    );
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}
