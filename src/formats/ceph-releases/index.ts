import type { ImportRun } from '../types.js';
import { importCephReleases } from './read.js';

export { cephProduct } from './map.js';
export { parseCephReleases } from './parse.js';
export { importCephReleases } from './read.js';

/** The import; its metadata is meta.ts, which the registry joins to it without loading this module. */
export const run: ImportRun = (path) => importCephReleases(path);
