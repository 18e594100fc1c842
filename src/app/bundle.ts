import { statSync } from 'node:fs';
import { UpkeepError } from '../core/errors.js';
import { writeOutput } from './output.js';

export type { BundleImported, BundleManifest } from '../workspace/bundle.js';

/** Bundles larger than this are refused before they are read (memory stays bounded). */
const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

export interface BundleExportInput {
  readonly workspace: string;
  /** The bundle file to write. */
  readonly file: string;
  /** Only these products (all when empty). */
  readonly products: readonly string[];
}

/** Writes an offline bundle of the workspace's lifecycle data (src/workspace/bundle.ts); returns its manifest. */
export async function exportBundle(input: BundleExportInput) {
  const { bundleText } = await import('../workspace/bundle.js');
  const { requireWorkspace } = await import('../workspace/apply.js');
  requireWorkspace(input.workspace);
  const { text, manifest } = bundleText(input.workspace, input.products);
  writeOutput(input.file, text);
  return manifest;
}

export interface BundleImportInput {
  readonly workspace: string;
  readonly file: string;
}

/** Verifies every checksum of a bundle, then writes its lifecycle data into the workspace, all at once; a bad bundle changes nothing. */
export async function importBundle(input: BundleImportInput) {
  const [{ verifyBundle, importBundleInto }, { requireWorkspace }, { readFileSync }] = await Promise.all([
    import('../workspace/bundle.js'),
    import('../workspace/apply.js'),
    import('node:fs'),
  ]);
  requireWorkspace(input.workspace);
  const stat = statSync(input.file, { throwIfNoEntry: false });
  if (!stat?.isFile())
    throw new UpkeepError('UPK_FILE_NOT_FOUND', `bundle ${input.file} does not exist`, 'give the file `upkeep bundle export` wrote', { file: input.file });
  if (stat.size > MAX_BUNDLE_BYTES)
    throw new UpkeepError('UPK_BUNDLE_INVALID', `bundle ${input.file} is larger than ${MAX_BUNDLE_BYTES} bytes`, 'export fewer products (--products)', {
      file: input.file,
    });
  const bundle = verifyBundle(readFileSync(input.file, 'utf8'), input.file);
  return importBundleInto(input.workspace, bundle);
}
