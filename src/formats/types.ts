import type { Product } from '../core/lifecycle/types.js';
import type { Component, Release } from '../core/workspace.js';

/**
 * What an importer produces: domain objects only. The CLI merges them into the workspace and
 * writes all files at once (src/formats/workspace/write.ts), so an import is all-or-nothing.
 */
export interface ImportResult {
  readonly products: readonly Product[];
  readonly releases: readonly Release[];
  /** Components the import introduces (pin id → product, scheme, packaging). */
  readonly components: readonly Component[];
  /** Things the user should know (skipped entries, permissive parsing of an upstream feed). */
  readonly warnings: readonly string[];
  /** Where the data came from, written into the files' header comment. */
  readonly source: string;
}
