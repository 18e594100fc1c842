import { join } from 'node:path';
import { badFileId } from '../files/fields.js';
import { readYaml } from '../files/yaml-file.js';
import { PRODUCTS_DIR } from './load.js';

/** A product file's `sync:` key, as written (the schema checked it when the workspace loaded). */
export interface ProductSyncKey {
  readonly format?: string;
  readonly url?: string;
}

/** Read without the YAML writer library (a sync with nothing to write never loads it). */
export function productSyncKey(dir: string, id: string): ProductSyncKey | undefined {
  const bad = badFileId(id, 'product id');
  if (bad) throw bad;
  const v = readYaml(join(dir, PRODUCTS_DIR, `${id}.yaml`), 'product file').value as { sync?: ProductSyncKey } | null;
  return v?.sync;
}
