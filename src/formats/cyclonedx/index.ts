export { CYCLONEDX_PRODUCTS, cyclonedxComponent } from './products.js';
export { importCycloneDx, MAX_SBOM_BYTES } from './read.js';
export { type CycloneDxImportOptions, cyclonedxReleaseFromText } from './release.js';
