import { statSync } from 'node:fs';
import { UpkeepError } from '../../core/errors.js';
import type { ImportResult, ProductCatalogue } from '../../core/workspace.js';
import { readText } from '../../files/yaml-file.js';
import type { StackReleaseRequest } from '../types.js';
import { cyclonedxReleaseFromText } from './map.js';

/** SBOMs of whole images stay well below this; a larger file is likely not one release's SBOM. */
export const MAX_SBOM_BYTES = 50 * 1024 * 1024;

/** Reads a CycloneDX JSON SBOM and imports it as one Release. */
export function importCycloneDx(file: string, opts: StackReleaseRequest, catalogue?: ProductCatalogue): ImportResult {
  const size = fileSize(file);
  if (size !== undefined && size > MAX_SBOM_BYTES) {
    throw new UpkeepError(
      'UPK_FILE_UNREADABLE',
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; Upkeep reads SBOMs up to ${MAX_SBOM_BYTES / 1024 / 1024} MB`,
      'import the SBOM of the release (not of a whole registry), or drop file-level components (`syft -o cyclonedx-json` without `--select-catalogers file`)',
      { file },
    );
  }
  return cyclonedxReleaseFromText(readText(file, 'SBOM'), file, opts, catalogue);
}

/** Undefined when the file cannot be stat'ed; readText then says why. */
function fileSize(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}
