import type { ImportRun } from '../types.js';
import { importEndoflifeApi } from './read.js';

export { productFromApi } from './map.js';
export { parseEndoflifeApi } from './parse.js';

/** The import; its metadata is meta.ts, which the registry joins to it without loading this module. */
export const run: ImportRun = (path) => importEndoflifeApi(path);
