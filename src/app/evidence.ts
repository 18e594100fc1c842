/**
 * Evidence use cases: add a file (`upkeep evidence add`, a server upload), list and remove what is
 * stored, and sync a workspace's manifest (`evidence.yaml`). Each file is hashed first (a file
 * stored before under the same tag is not read again), then parsed and stored in one transaction.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UpkeepError } from '../core/errors.js';
import { quote } from '../core/excerpt.js';
import type { Product } from '../core/lifecycle/types.js';
import { evidenceTag } from '../core/stability/tag.js';
import { EVIDENCE_KINDS, type EvidenceKind, type EvidenceTag } from '../core/stability/types.js';
import { closest } from '../core/suggest.js';
import { parseOnThread, parseWorkerFile, threadedParseBytes } from '../formats/evidence/threaded.js';
import { databaseUrlOf, openStore } from '../store/index.js';
import type { EvidenceFileRow, Store } from '../store/types.js';
import { openWorkspace } from '../workspace/index.js';

export type { EvidenceFileRow, Store } from '../store/types.js';

/** Where the evidence is: the workspace, and a PostgreSQL URL (`--database`; DATABASE_URL when absent) or the embedded store. */
export interface EvidencePlace {
  readonly workspace: string;
  readonly database?: string | undefined;
}

/** Progress of one file: bytes read of its size. */
export type Progress = (event: { readonly file: string; readonly bytes: number; readonly total: number }) => void;

export interface AddEvidenceInput extends EvidencePlace {
  readonly kind: string;
  readonly file: string;
  readonly product: string;
  readonly version: string;
  readonly env?: string | undefined;
  readonly addedBy?: string | undefined;
  readonly onProgress?: Progress | undefined;
}

export interface AddedEvidence {
  readonly row: EvidenceFileRow;
  /** Stored before under the same tag: nothing new was stored. */
  readonly duplicate: boolean;
  readonly warnings: readonly string[];
}

export function evidenceKind(text: string): EvidenceKind {
  if ((EVIDENCE_KINDS as readonly string[]).includes(text)) return text as EvidenceKind;
  const near = closest(text, EVIDENCE_KINDS, 1);
  throw new UpkeepError(
    'UPK_USAGE',
    `unknown evidence kind ${quote(text)}`,
    `${near.length ? `did you mean ${near[0]}? ` : ''}the kinds are ${EVIDENCE_KINDS.join(', ')} (\`upkeep evidence add --help\` explains each)`,
  );
}

/** Opens the store of a place: a server when `database` or DATABASE_URL names one, else the workspace's embedded database. */
export async function openEvidenceStore(place: EvidencePlace): Promise<Store> {
  return openStore({ workspaceDir: place.workspace, databaseUrl: databaseUrlOf(place.database) });
}

/** The tag of evidence about product + version, with its cycle; unknown product or version → UpkeepError with the closest known. */
export function tagEvidence(
  products: ReadonlyMap<string, Product>,
  input: { product: string; version: string; env?: string | undefined },
): {
  tag: EvidenceTag;
  warnings: string[];
} {
  const r = evidenceTag(products, input);
  if (r.ok)
    return {
      tag: r.tag,
      warnings: r.unlisted ? [`${r.tag.product} ${r.tag.version} is not among the known point releases of cycle ${r.tag.cycle}; stored anyway`] : [],
    };
  if (r.problem === 'unknown-product')
    throw new UpkeepError(
      'UPK_UNKNOWN_PRODUCT',
      `the workspace has no lifecycle of product ${quote(r.product)}`,
      `${r.closest.length ? `did you mean ${r.closest.join(', ')}? ` : ''}evidence is about a product of products/ (\`upkeep import\` adds one)`,
    );
  throw new UpkeepError(
    'UPK_UNKNOWN_VERSION',
    `${r.product} ${quote(r.version)} is in no cycle of its lifecycle`,
    `${r.closest.length ? `did you mean ${r.closest.join(', ')}? ` : ''}give a version of a known cycle of ${r.product} (products/${r.product}.yaml)`,
  );
}

/** The sha256 of a file's content, read as a stream (a missing file is UPK_FILE_NOT_FOUND). */
export async function fileSha256(file: string): Promise<string> {
  try {
    if (statSync(file).isDirectory())
      throw new UpkeepError('UPK_FILE_UNREADABLE', `${file} is a folder, not a file`, 'name the evidence file inside it', { file });
  } catch (e) {
    if (e instanceof UpkeepError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UpkeepError('UPK_FILE_NOT_FOUND', `${file} does not exist`, 'check the path of the evidence file (it is relative to the current directory)', {
        file,
      });
    throw new UpkeepError('UPK_FILE_UNREADABLE', `cannot read ${file}: ${(e as Error).message}`, 'check the file permissions', { file });
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The name a file is stored under: relative to the workspace when inside it, else its absolute path. */
function sourceName(workspace: string, file: string): string {
  const rel = relative(resolve(workspace), resolve(file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : resolve(file);
}

interface IngestFile {
  readonly kind: EvidenceKind;
  readonly path: string;
  readonly sourceName: string;
  readonly tag: EvidenceTag;
  readonly addedBy?: string | undefined;
  readonly onProgress?: Progress | undefined;
  /** The content hash when the caller has it already. */
  readonly sha256?: string | undefined;
}

/**
 * Hashes, checks for an earlier copy, parses and stores one file (one transaction). A large
 * streamed file starts parsing on a worker thread while it is hashed here, and that parse is
 * stopped when the file turns out to be stored already.
 */
export async function ingestFile(store: Store, file: IngestFile): Promise<AddedEvidence> {
  const warnings: string[] = [];
  const { evidenceParser } = await import('../formats/evidence/registry.js');
  const parser = await evidenceParser(file.kind);
  const total = statSync(file.path).size;
  const progress = file.onProgress;
  const input = {
    path: file.path,
    tag: file.tag,
    ...(progress ? { onProgress: (bytes: number) => progress({ file: file.path, bytes, total }) } : {}),
    warn: (message: string) => warnings.push(message),
  };
  const workerFile = parser.streams && total >= threadedParseBytes() ? parseWorkerFile() : undefined;
  const threaded = workerFile ? parseOnThread(workerFile, { kind: file.kind, path: file.path, tag: file.tag }, input) : undefined;
  try {
    const sha256 = file.sha256 ?? (await fileSha256(file.path));
    const earlier = await store.findEvidence(file.tag, sha256);
    if (earlier) return { row: earlier, duplicate: true, warnings };
    const batches = threaded ? threaded.batches : parser.parse(input);
    const added = await store.addEvidence({ kind: file.kind, tag: file.tag, sourceName: file.sourceName, sha256, addedBy: file.addedBy ?? null }, batches);
    return { ...added, warnings };
  } finally {
    await threaded?.stop(); // a no-op once the parse has ended; else (a duplicate, a store that failed) the worker is ended
  }
}

/** `upkeep evidence add KIND FILE --product P --version V [--env E]`. */
export async function addEvidence(input: AddEvidenceInput): Promise<AddedEvidence> {
  const kind = evidenceKind(input.kind);
  const ws = await openWorkspace(input.workspace).load();
  const { tag, warnings } = tagEvidence(ws.products, input);
  const sha256 = await fileSha256(input.file); // a missing file is reported before the store opens
  const store = await openEvidenceStore(input);
  try {
    const added = await ingestFile(store, {
      sha256,
      kind,
      path: input.file,
      sourceName: sourceName(input.workspace, input.file),
      tag,
      addedBy: input.addedBy,
      onProgress: input.onProgress,
    });
    return { ...added, warnings: [...warnings, ...added.warnings] };
  } finally {
    await store.close();
  }
}

export interface ListEvidenceInput extends EvidencePlace {
  readonly product?: string | undefined;
  readonly version?: string | undefined;
  readonly env?: string | undefined;
  readonly kind?: string | undefined;
}

/** `upkeep evidence list`: the stored files, oldest first, and which back end holds them. */
export async function listEvidence(input: ListEvidenceInput): Promise<{ files: EvidenceFileRow[]; backend: Store['backend'] }> {
  await openWorkspace(input.workspace).requireWorkspace();
  const kind = input.kind === undefined ? undefined : evidenceKind(input.kind);
  const store = await openEvidenceStore(input);
  try {
    const files = await store.listEvidence({
      ...(input.product !== undefined ? { product: input.product } : {}),
      ...(input.version !== undefined ? { version: input.version } : {}),
      ...(input.env !== undefined ? { env: input.env } : {}),
      ...(kind !== undefined ? { kind } : {}),
    });
    return { files, backend: store.backend };
  } finally {
    await store.close();
  }
}

/** `upkeep evidence remove ID`: the file and every record of it; false when no file has that id. */
export async function removeEvidence(input: EvidencePlace & { readonly id: number; readonly by?: string | undefined }): Promise<boolean> {
  await openWorkspace(input.workspace).requireWorkspace();
  const store = await openEvidenceStore(input);
  try {
    return await store.transaction(async (tx) => {
      const removed = await tx.deleteEvidence(input.id);
      if (removed) await tx.audit({ actor: input.by ?? 'cli', action: 'evidence.remove', target: String(input.id) });
      return removed;
    });
  } finally {
    await store.close();
  }
}

export interface SyncResult {
  /** Files stored by this sync. */
  readonly added: readonly EvidenceFileRow[];
  /** Files of the manifest stored before. */
  readonly unchanged: number;
  readonly warnings: readonly string[];
}

/**
 * Stores every file `<workspace>/evidence.yaml` lists and the store does not hold yet (by content
 * hash under its tag). `ws` is the workspace folder (or a WorkspaceSource: its `dir`). A workspace without a manifest is left alone (nothing is read). Each file is
 * its own transaction: a bad file stops the sync with its error, files stored before it stay.
 */
export async function syncManifest(
  ws: string | { readonly dir: string },
  store: Store,
  options: { readonly addedBy?: string; readonly onProgress?: Progress; readonly products?: ReadonlyMap<string, Product> } = {},
): Promise<SyncResult> {
  const workspace = typeof ws === 'string' ? ws : ws.dir;
  const { readManifest } = await import('../formats/evidence/manifest.js');
  const manifest = readManifest(workspace);
  if (!manifest || manifest.entries.length === 0) return { added: [], unchanged: 0, warnings: [] };
  const products = options.products ?? (await openWorkspace(workspace).load()).products;
  const added: EvidenceFileRow[] = [];
  const warnings: string[] = [];
  let unchanged = 0;
  // what is stored already, by tag and content: one query, not one a file
  const stored = new Map<string, EvidenceFileRow>();
  for (const row of await store.listEvidence()) stored.set(storedKey(row.tag, row.sha256), row);
  for (const [i, entry] of manifest.entries.entries()) {
    const line = manifest.lineOf(i);
    const at = { file: manifest.file, ...(line !== undefined ? { line } : {}) };
    let tag: EvidenceTag;
    try {
      const tagged = tagEvidence(products, entry);
      tag = tagged.tag;
      warnings.push(...tagged.warnings);
    } catch (e) {
      throw e instanceof UpkeepError ? new UpkeepError(e.code, e.message, e.hint ?? '', at) : e;
    }
    const path = join(workspace, entry.file);
    // a file the manifest lists that is not there: said with the manifest's line
    const listedMissing = (e: unknown): never => {
      if (e instanceof UpkeepError && e.code === 'UPK_FILE_NOT_FOUND')
        throw new UpkeepError(
          'UPK_FILE_NOT_FOUND',
          `${entry.file}, listed in evidence.yaml, does not exist`,
          'fix its path (relative to the workspace) or remove the entry',
          at,
        );
      throw e;
    };
    const sha256 = await fileSha256(path).catch(listedMissing);
    if (stored.has(storedKey(tag, sha256))) {
      unchanged++;
      continue;
    }
    const r = await ingestFile(store, {
      sha256,
      kind: entry.kind,
      path,
      sourceName: entry.file,
      tag,
      addedBy: options.addedBy ?? 'evidence.yaml',
      onProgress: options.onProgress,
    }).catch(listedMissing);
    warnings.push(...r.warnings);
    if (r.duplicate) unchanged++;
    else added.push(r.row);
  }
  return { added, unchanged, warnings };
}

const storedKey = (tag: EvidenceTag, sha256: string) => `${tag.product}\u0000${tag.version}\u0000${tag.env}\u0000${sha256}`;

/** `upkeep evidence sync`: opens the store of the place and syncs its manifest. */
export async function syncEvidence(input: EvidencePlace & { readonly addedBy?: string; readonly onProgress?: Progress }): Promise<SyncResult> {
  await openWorkspace(input.workspace).requireWorkspace();
  const store = await openEvidenceStore(input);
  try {
    return await syncManifest(input.workspace, store, {
      ...(input.addedBy !== undefined ? { addedBy: input.addedBy } : {}),
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    });
  } finally {
    await store.close();
  }
}
