import type { Importer } from '../types.js';
import { endoflifeApi } from './meta.js';
import { importEndoflifeApi } from './read.js';

export { endoflifeApiImport, productFromApi } from './map.js';
export { parseEndoflifeApi } from './parse.js';
export { importEndoflifeApi } from './read.js';

export const importer: Importer = { ...endoflifeApi, import: (path) => importEndoflifeApi(path) };
