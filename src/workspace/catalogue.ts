import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CataloguedProduct, ProductCatalogue } from '../core/workspace.js';
import { readYaml, validate } from '../files/yaml-file.js';
import { PRODUCTS_DIR, WORKSPACE_FILE, yamlFiles } from './load.js';
import { ProductFile, WorkspaceFile } from './schema.js';

const PRODUCT_HEAD = z.looseObject({ id: ProductFile.shape.id, scheme: ProductFile.shape.scheme, identifiers: ProductFile.shape.identifiers });

/**
 * What an import of a release needs to know of the workspace: each product's scheme and
 * identifiers, and upkeep.yaml's `purls:`. upkeep.yaml is validated (the import rewrites it);
 * a product file that does not parse is left out here and reported by the next load.
 */
export function readCatalogue(dir: string): ProductCatalogue {
  const wsFile = join(dir, WORKSPACE_FILE);
  const purls = existsSync(wsFile) ? validate(WorkspaceFile, readYaml(wsFile, 'workspace file'), 'correct upkeep.yaml (docs/workspace.md)').purls : {};
  const products = new Map<string, CataloguedProduct>();
  for (const file of yamlFiles(join(dir, PRODUCTS_DIR))) {
    let head: ReturnType<typeof PRODUCT_HEAD.safeParse>;
    try {
      head = PRODUCT_HEAD.safeParse(readYaml(file, 'product file').value);
    } catch {
      continue;
    }
    if (!head.success) continue;
    const { id, scheme, identifiers } = head.data;
    products.set(id, { scheme: scheme as CataloguedProduct['scheme'], ...(identifiers ? { identifiers } : {}) });
  }
  return { products, purls };
}
