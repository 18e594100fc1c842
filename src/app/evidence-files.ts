import type { EvidenceKind } from '../core/stability/types.js';
import type { EvidenceFileRow, Store } from '../store/types.js';

export { EVIDENCE_KINDS, type EvidenceKind } from '../core/stability/types.js';
export type { EvidenceFileRow } from '../store/types.js';

export interface EvidenceFilter {
  readonly product?: string;
  readonly version?: string;
  readonly env?: string;
  readonly kind?: EvidenceKind;
}

/** The evidence files stored, newest last, filtered. */
export function listEvidenceFiles(input: { readonly store: Store; readonly filter: EvidenceFilter }): Promise<EvidenceFileRow[]> {
  return input.store.listEvidence({ ...input.filter });
}

/** Deletes one evidence file and its records (false: no such file); audited when it deleted one. */
export async function deleteEvidenceFile(input: { readonly store: Store; readonly id: number; readonly actor: string }): Promise<boolean> {
  return input.store.transaction(async (store) => {
    const done = await store.deleteEvidence(input.id);
    if (done) await store.audit({ actor: input.actor, action: 'evidence.delete', target: `evidence/${input.id}` });
    return done;
  });
}
