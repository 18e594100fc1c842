import { releaseOf } from '../request.js';
import type { ImportRun } from '../types.js';
import { importOsismRelease } from './read.js';

export { osismReleaseFromFiles } from './map.js';
export { importOsismRelease } from './read.js';

/** The import; its metadata is meta.ts, which the registry joins to it without loading this module. */
export const run: ImportRun = (path, request) => importOsismRelease(path, releaseOf(request));
