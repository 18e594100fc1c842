import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../store/types.js';
import { type AddedEvidence, evidenceKind, ingestFile, tagEvidence } from './evidence.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

export interface UploadInput {
  readonly store: Store;
  readonly workspace: WorkspaceInput;
  readonly kind: string;
  readonly product: string;
  readonly version: string;
  readonly env?: string | undefined;
  /** The name the file is listed under (`upload:<name>`). */
  readonly name: string;
  readonly content: Buffer;
  readonly actor: string;
}

/**
 * Evidence sent over HTTP: tagged and checked like `upkeep evidence add` (unknown kind, product or
 * version is refused before anything is stored), written to a private temporary file for the
 * streaming parsers, stored in one transaction by the same `ingestFile`, and audited.
 */
export async function uploadEvidence(input: UploadInput): Promise<AddedEvidence> {
  const kind = evidenceKind(input.kind);
  const ws = await loadInput(input.workspace);
  const { tag, warnings } = tagEvidence(ws.products, input);
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-upload-'));
  try {
    const path = join(dir, 'evidence');
    writeFileSync(path, input.content, { mode: 0o600 });
    // stored with its audit entry (the actor, evidence.add) in the store's one transaction
    const added = await ingestFile(input.store, { kind, path, sourceName: `upload:${input.name}`, tag, addedBy: input.actor });
    return { ...added, warnings: [...warnings, ...added.warnings] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
