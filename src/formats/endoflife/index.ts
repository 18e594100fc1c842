import type { ImportRun } from '../types.js';
import { importEndoflife } from './read.js';

export { factsFrom, pointReleasesFromHistory } from './map.js';
export { parseEndoflifeHistory, parseEndoflifeProduct } from './parse.js';
export { importEndoflife } from './read.js';

/** The import; its metadata is meta.ts, which the registry joins to it without loading this module. */
export const run: ImportRun = (path, request) => importEndoflife(path, request.history);
