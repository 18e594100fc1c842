export { importOsismRelease } from './read.js';
export { osismReleaseFromFiles, type ManifestFolder, type OsismImportOptions } from './release.js';
export { OSISM_PRODUCTS, osismComponent, type OsismProductRule } from './products.js';
