/**
 * `upkeep evidence list --format …`: the stored evidence files. The row shape is the store's
 * (src/store/types.ts EvidenceFileRow), restated here as data: renderers see no store.
 */
import type { EvidenceKind, EvidenceTag } from '../core/stability/types.js';
import type { Renderer } from './renderer.js';

export interface StoredEvidenceFile {
  readonly id: number;
  readonly kind: EvidenceKind;
  readonly tag: EvidenceTag;
  readonly sourceName: string;
  readonly sha256: string;
  readonly records: number;
  readonly addedAt: string;
  readonly addedBy: string | null;
}

export interface EvidenceListContext {
  /** `pglite` or `postgres`: where the rows come from. */
  readonly backend: string;
}

function table(files: readonly StoredEvidenceFile[]): string {
  if (files.length === 0)
    return 'No evidence stored (upkeep evidence add KIND FILE --product P --version V, or list files in evidence.yaml and run upkeep evidence sync).\n';
  const head = ['id', 'kind', 'product', 'version', 'cycle', 'env', 'records', 'added', 'file'];
  const rows = files.map((f) => [
    String(f.id),
    f.kind,
    f.tag.product,
    f.tag.version,
    f.tag.cycle ?? '-',
    f.tag.env,
    f.records.toLocaleString('en'),
    f.addedAt.slice(0, 16).replace('T', ' '),
    f.sourceName,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const numeric = new Set([0, 6]);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : numeric.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const total = files.reduce((n, f) => n + f.records, 0);
  return `${[line(head), ...rows.map(line)].join('\n')}\n${files.length} file${files.length === 1 ? '' : 's'}, ${total.toLocaleString('en')} records.\n`;
}

export const evidenceListTable: Renderer<readonly StoredEvidenceFile[], EvidenceListContext> = {
  id: 'table',
  description: 'one line per stored file: id, kind, tag, records, when added, source file',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: async (files) => table(files),
};

export const evidenceListJson: Renderer<readonly StoredEvidenceFile[], EvidenceListContext> = {
  id: 'json',
  description: 'the stored files as data (schema upkeep.evidence-list/v1)',
  mediaType: 'application/json',
  extension: '.json',
  render: async (files, c) => `${JSON.stringify({ schema: 'upkeep.evidence-list/v1', backend: c.backend, files }, null, 2)}\n`,
};

export const EVIDENCE_LIST_FORMATS = [evidenceListTable, evidenceListJson] as const;
