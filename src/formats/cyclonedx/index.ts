import { releaseOf } from '../request.js';
import type { Importer } from '../types.js';
import { sbom } from './meta.js';
import { importCycloneDx } from './read.js';

export { cyclonedxReleaseFromText } from './map.js';
export { importCycloneDx, MAX_SBOM_BYTES } from './read.js';

export const importer: Importer = { ...sbom, import: (path, request) => importCycloneDx(path, releaseOf(request)) };
