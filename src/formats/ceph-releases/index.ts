import type { Importer } from '../types.js';
import { cephReleases } from './meta.js';
import { importCephReleases } from './read.js';

export { cephProduct } from './map.js';
export { parseCephReleases } from './parse.js';
export { importCephReleases } from './read.js';

export const importer: Importer = { ...cephReleases, import: (path) => importCephReleases(path) };
