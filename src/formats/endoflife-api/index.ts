import type { Importer } from '../types.js';
import { endoflifeApi } from './meta.js';
import { importEndoflifeApi } from './read.js';

export { productFromApi } from './map.js';
export { parseEndoflifeApi } from './parse.js';

export const importer: Importer = { ...endoflifeApi, import: (path) => importEndoflifeApi(path) };
