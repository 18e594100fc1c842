import { releaseOf } from '../request.js';
import type { Importer } from '../types.js';
import { osism } from './meta.js';
import { importOsismRelease } from './read.js';

export { osismReleaseFromFiles } from './map.js';
export { importOsismRelease } from './read.js';

export const importer: Importer = { ...osism, import: (path, request) => importOsismRelease(path, releaseOf(request)) };
