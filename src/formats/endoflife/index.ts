import type { Importer } from '../types.js';
import { endoflife } from './meta.js';
import { importEndoflife } from './read.js';

export { factsFrom, pointReleasesFromHistory } from './map.js';
export { parseEndoflifeHistory, parseEndoflifeProduct } from './parse.js';
export { importEndoflife } from './read.js';

export const importer: Importer = { ...endoflife, import: (path, request) => importEndoflife(path, request.history) };
