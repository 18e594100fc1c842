import { releaseOf } from '../request.js';
import type { ImportRun } from '../types.js';
import { importCycloneDx } from './read.js';

export { cyclonedxReleaseFromText } from './map.js';
export { importCycloneDx, MAX_SBOM_BYTES } from './read.js';

/** The import; its metadata is meta.ts, which the registry joins to it without loading this module. */
export const run: ImportRun = (path, request) => importCycloneDx(path, releaseOf(request), request.catalogue);
