import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UpkeepError } from '../core/errors.js';

/** Where the browser build of the flavor core lives, relative to the package root. */
const FLAVOR_CORE = 'dist/web/flavor-core.js';

/**
 * The browser build of the flavor core of the package holding `fromDir`: the running module sits
 * in dist/bundle/, dist/app/ or src/app/, so walk up to the folder with package.json instead of
 * counting levels.
 */
export function findFlavorCore(fromDir: string): string {
  let dir = fromDir;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const file = path.join(dir, FLAVOR_CORE);
  if (!existsSync(file)) {
    throw new UpkeepError(
      'UPK_FILE_NOT_FOUND',
      `the browser build of the flavor core (${FLAVOR_CORE}) is missing`,
      'run `npm run build` (it writes dist/web/flavor-core.js), then run the command again',
      { file },
    );
  }
  return file;
}

/** The script of the flavor core that the flavor page inlines. */
export function flavorCoreScript(): string {
  return readFileSync(findFlavorCore(path.dirname(fileURLToPath(import.meta.url))), 'utf8');
}
