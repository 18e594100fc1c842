export { importCycloneDx, MAX_SBOM_BYTES } from './read.js';
export { cyclonedxReleaseFromText, type CycloneDxImportOptions } from './release.js';
export { CYCLONEDX_PRODUCTS, cyclonedxComponent } from './products.js';
