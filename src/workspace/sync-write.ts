import { existsSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import type { Cycle, Fact } from '../core/lifecycle/types.js';
import type { FileChange } from '../files/atomic-write.js';
import { readText } from '../files/yaml-file.js';
import { cycleToFile } from './convert.js';
import { PRODUCTS_DIR } from './load.js';
import { idFile } from './write.js';

const YAML_OPTS = { lineWidth: 0, indent: 2 } as const;

/** One history entry as a line of `<id>.history.jsonl` (the same shape an import writes). */
export function factLine(f: Fact): string {
  return JSON.stringify({ recorded: f.recorded, cycle: f.cycle, field: f.field, to: f.to, ...(f.source ? { source: f.source } : {}) });
}

/**
 * The files a sync changes for one product: its lifecycle file with only `cycles:` replaced (the
 * header, comments, sources, identifiers and `sync:` stay as they are), and the new history entries
 * appended to `<id>.history.jsonl` (a reviewed `<id>.history.yaml` is never touched; the loader
 * reads both).
 */
export function syncedProductFiles(dir: string, id: string, cycles: readonly Cycle[], facts: readonly Fact[]): FileChange[] {
  const file = idFile(dir, PRODUCTS_DIR, id, '.yaml');
  const doc = parseDocument(readText(file, 'product file'));
  if (!isMap(doc.contents)) throw new Error(`${file}: not a mapping`);
  doc.set('cycles', doc.createNode(cycles.map(cycleToFile)));
  const out: FileChange[] = [{ path: file, content: doc.toString(YAML_OPTS) }];
  if (facts.length) {
    const history = idFile(dir, PRODUCTS_DIR, id, '.history.jsonl');
    const before = existsSync(history) ? readText(history, 'history file') : '';
    const sep = before && !before.endsWith('\n') ? '\n' : '';
    out.push({ path: history, content: `${before}${sep}${facts.map(factLine).join('\n')}\n` });
  }
  return out;
}
