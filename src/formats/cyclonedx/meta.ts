import type { ImporterMeta } from '../types.js';

/** The subcommand is `sbom`: CycloneDX is the format, an SBOM what the user has. */
export const sbom: ImporterMeta = {
  id: 'sbom',
  description: 'a CycloneDX JSON SBOM as the pins of a stack release',
  input: 'file',
  history: false,
  release: true,
};
