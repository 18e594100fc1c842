import type { Evidence } from '../core/check/evidence.js';
import type { SourceRef } from '../core/workspace.js';

function place(at: SourceRef | undefined): string | undefined {
  if (!at?.file) return undefined;
  return at.line ? `${at.file}:${at.line}` : at.file;
}

/**
 * Where a finding's date comes from, in one line: "maintained.actual of cycle 16 in
 * products/ceph.yaml:40; history entry of 2024-03-04 (products/ceph.history.yaml:10), source:
 * ceph 16.2.15 announcement (last pacific release)".
 */
export function evidenceText(e: Evidence): string {
  const file = place(e.at);
  let s = `${e.field ? `${e.field} of ` : ''}cycle ${e.cycle}${file ? ` in ${file}` : ''}`;
  if (e.history) {
    const h = place(e.history.at);
    s += `; history entry of ${e.history.recorded}${h ? ` (${h})` : ''}`;
    if (e.history.source) s += `, source: ${e.history.source}`;
  }
  return s;
}

/** The evidence in the JSON document's shape (docs/json-output.md): every field present, null where unknown. */
export function evidenceJson(e: Evidence | undefined) {
  if (!e) return null;
  return {
    product: e.product,
    cycle: e.cycle,
    field: e.field ?? null,
    file: e.at?.file ?? null,
    line: e.at?.line ?? null,
    history: e.history
      ? { recorded: e.history.recorded, source: e.history.source ?? null, file: e.history.at?.file ?? null, line: e.history.at?.line ?? null }
      : null,
  };
}

/** SARIF related locations: the cycle's entry in the lifecycle file and the history entry. */
export function evidenceLocations(e: Evidence | undefined) {
  if (!e) return [];
  const out: { id: number; physicalLocation: unknown; message: { text: string } }[] = [];
  const loc = (at: SourceRef) => ({ artifactLocation: { uri: at.file }, ...(at.line ? { region: { startLine: at.line } } : {}) });
  if (e.at?.file) out.push({ id: out.length + 1, physicalLocation: loc(e.at), message: { text: `${e.field ? `${e.field} of ` : ''}cycle ${e.cycle}` } });
  if (e.history?.at?.file)
    out.push({
      id: out.length + 1,
      physicalLocation: loc(e.history.at),
      message: { text: `history entry of ${e.history.recorded}${e.history.source ? `, source: ${e.history.source}` : ''}` },
    });
  return out;
}
