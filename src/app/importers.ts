/** The importers' metadata (no format is loaded): what an edge offers as `import <id>`. */
export { type Importer, importers } from '../formats/importers.js';
