export { OSISM_PRODUCTS, type OsismProductRule, osismComponent } from './products.js';
export { importOsismRelease } from './read.js';
export { type ManifestFolder, type OsismImportOptions, osismReleaseFromFiles } from './release.js';
