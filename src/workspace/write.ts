import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, parseDocument, stringify } from 'yaml';
import type { Product, ProductIdentifiers } from '../core/lifecycle/types.js';
import type { Component, Release } from '../core/workspace.js';
import type { FileChange } from '../files/atomic-write.js';
import { badFileId } from '../files/fields.js';
import { readText } from '../files/yaml-file.js';
import { cycleToFile } from './convert.js';
import { PRODUCTS_DIR, RELEASES_DIR, WORKSPACE_FILE } from './load.js';
import { productSyncKey } from './sync-key.js';

const YAML_OPTS = { lineWidth: 0, indent: 2 } as const;

/**
 * `<dir>/<folder>/<id><ext>`, for an id that can name a file (src/core/file-id.ts); any other id
 * throws UPK_BAD_ID, so nothing is ever written outside the folder or where the loader does not look.
 */
export function idFile(dir: string, folder: typeof PRODUCTS_DIR | typeof RELEASES_DIR, id: string, ext: '.yaml' | '.history.jsonl'): string {
  const bad = badFileId(id, folder === PRODUCTS_DIR ? 'product id' : 'release id');
  if (bad) throw bad;
  return join(dir, folder, `${id}${ext}`);
}

function identifiersToFile(ids: ProductIdentifiers): Record<string, string[]> {
  return { ...(ids.purls.length ? { purls: [...ids.purls] } : {}), ...(ids.repology.length ? { repology: [...ids.repology] } : {}) };
}

/** The `sync:` key of a product file an import replaces; a file that does not parse has none to keep. */
function keptSyncKey(dir: string, id: string) {
  try {
    return productSyncKey(dir, id);
  } catch {
    return undefined;
  }
}

/** The files of one product: `products/<id>.yaml` and, with history, `products/<id>.history.jsonl`. */
export function productFiles(dir: string, product: Product, note: string): FileChange[] {
  // where `upkeep sync` fetches it from is the workspace's choice, kept across re-imports
  const sync = existsSync(idFile(dir, PRODUCTS_DIR, product.id, '.yaml')) ? keptSyncKey(dir, product.id) : undefined;
  const body = {
    id: product.id,
    name: product.name,
    scheme: product.scheme,
    sources: [...product.sources],
    ...(product.phaseLabels && Object.keys(product.phaseLabels).length ? { phase_labels: { ...product.phaseLabels } } : {}),
    ...(product.phaseNote ? { phase_note: product.phaseNote } : {}),
    ...(product.identifiers ? { identifiers: identifiersToFile(product.identifiers) } : {}),
    ...(sync ? { sync: { ...sync } } : {}),
    cycles: product.cycles.map(cycleToFile),
  };
  const head = `# ${product.name} lifecycle. ${note}\n# Written by upkeep; re-import to refresh, or edit and review like any other file.\n`;
  const out: FileChange[] = [{ path: idFile(dir, PRODUCTS_DIR, product.id, '.yaml'), content: head + stringify(body, YAML_OPTS) }];
  const historyPath = idFile(dir, PRODUCTS_DIR, product.id, '.history.jsonl');
  if (!product.history.length) {
    if (existsSync(historyPath)) out.push({ path: historyPath, content: null });
  } else
    out.push({
      path: historyPath,
      content: `${product.history
        .map((f) => JSON.stringify({ recorded: f.recorded, cycle: f.cycle, field: f.field, to: f.to, ...(f.source ? { source: f.source } : {}) }))
        .join('\n')}\n`,
    });
  return out;
}

/** A release file; pins written as `component: version` (with a source where it differs). */
export function releaseFile(dir: string, release: Release, source: string | undefined, note: string): FileChange {
  const pins: Record<string, unknown> = {};
  for (const p of release.pins) pins[p.component] = p.source && !(source && p.source.startsWith(source)) ? { version: p.version, source: p.source } : p.version;
  const alternatives: Record<string, string[]> = {};
  for (const a of release.alternatives) (alternatives[a.component] ??= []).push(a.version);
  const body: Record<string, unknown> = {
    id: release.id,
    ...(release.version ? { version: release.version } : {}),
    date: release.date,
    end: release.end,
    ...(source ? { source } : {}),
    pins,
    ...(release.alternatives.length ? { alternatives } : {}),
  };
  return { path: idFile(dir, RELEASES_DIR, release.id, '.yaml'), content: `# Stack release ${release.id}. ${note}\n${stringify(body, YAML_OPTS)}` };
}

/** upkeep.yaml with the given components added where missing (comments and order kept). */
export function componentsFile(dir: string, components: readonly Component[]): FileChange | undefined {
  const file = join(dir, WORKSPACE_FILE);
  const doc = existsSync(file) ? parseDocument(readText(file)) : new Document({ name: 'stack', components: {} });
  let map = doc.get('components');
  if (!isMap(map)) {
    doc.set('components', doc.createNode({}));
    map = doc.get('components');
  }
  let changed = false;
  if (isMap(map) && components.length) map.flow = false; // one component a line, reviewable in a diff
  for (const c of components) {
    if (!isMap(map) || map.has(c.id) || (!c.product && !c.scheme)) continue; // nothing to say about it
    const { id: _id, ...rest } = c;
    map.set(c.id, doc.createNode(rest, { flow: true }));
    changed = true;
  }
  return changed ? { path: file, content: doc.toString(YAML_OPTS) } : undefined;
}
