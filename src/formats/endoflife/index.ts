import type { Importer } from '../types.js';
import { endoflife } from './meta.js';
import { importEndoflife } from './read.js';

export { endoflifeImport, endValue, factsFrom, pointReleasesFromHistory, productFrom, reconcileWithCurrent } from './map.js';
export { frontMatter, parseEndoflifeHistory, parseEndoflifeProduct } from './parse.js';
export { importEndoflife } from './read.js';
export { schemeFor } from './schemes.js';

export const importer: Importer = { ...endoflife, import: (path, request) => importEndoflife(path, request.history) };
