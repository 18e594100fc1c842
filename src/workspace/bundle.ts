import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpkeepError } from '../core/errors.js';
import { commitFiles, type FileChange } from '../files/atomic-write.js';
import { readText } from '../files/yaml-file.js';
import { loadWorkspace, PRODUCTS_DIR, RELEASES_DIR } from './load.js';
import { readSyncState, type SourceState, SYNC_STATE_FILE, syncStateText } from './sync-state.js';

/**
 * An offline bundle: the lifecycle files of some products (`products/<id>.yaml` and its histories)
 * with a manifest (each product's source and fetch dates, the sha256 and size of every file), in one
 * JSON file. Deterministic: products and files sorted, no clock, no host name, so the same data gives
 * the same bytes on any machine. `manifest_sha256` is the sha256 of the manifest as written.
 */
export const BUNDLE_FORMAT = 'upkeep-bundle/v1';

export interface BundleProduct {
  readonly id: string;
  /** Where `upkeep sync` fetched it, and when (absent for a product never synced). */
  readonly source?: SourceState;
}

export interface BundleFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface BundleManifest {
  readonly products: readonly BundleProduct[];
  readonly files: readonly BundleFile[];
}

export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly manifest: BundleManifest;
  readonly manifest_sha256: string;
  readonly files: Readonly<Record<string, string>>;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The files of one product, as they are in the folder (relative paths, `/`-separated). */
function productPaths(dir: string, id: string): string[] {
  return ['.yaml', '.history.jsonl', '.history.yaml'].map((ext) => `${PRODUCTS_DIR}/${id}${ext}`).filter((p) => existsSync(join(dir, p)));
}

/** The bundle's text for the products given (all when empty). The workspace is loaded first: only valid data is bundled. */
export function bundleText(dir: string, only: readonly string[]): { text: string; manifest: BundleManifest } {
  const ws = loadWorkspace(dir);
  for (const id of only)
    if (!ws.products.has(id))
      throw new UpkeepError('UPK_UNKNOWN_PRODUCT', `--products: the workspace has no product "${id}"`, `products: ${[...ws.products.keys()].join(', ')}`);
  const ids = (only.length ? [...new Set(only)] : [...ws.products.keys()]).sort();
  const state = readSyncState(dir);
  const files: Record<string, string> = {};
  for (const id of ids) for (const p of productPaths(dir, id)) files[p] = readText(join(dir, p), 'product file');
  const paths = Object.keys(files).sort();
  const manifest: BundleManifest = {
    products: ids.map((id) => ({ id, ...(state.products[id] ? { source: state.products[id] } : {}) })),
    files: paths.map((path) => ({ path, sha256: sha256(files[path] as string), bytes: Buffer.byteLength(files[path] as string, 'utf8') })),
  };
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    manifest,
    manifest_sha256: sha256(JSON.stringify(manifest)),
    files: Object.fromEntries(paths.map((p) => [p, files[p] as string])),
  };
  return { text: `${JSON.stringify(bundle, null, 1)}\n`, manifest };
}

function refused(file: string, message: string): UpkeepError {
  return new UpkeepError(
    'UPK_BUNDLE_INVALID',
    `${file}: ${message}; nothing was changed`,
    'the bundle is truncated or altered: copy it again from where it was exported (`upkeep bundle export`) and compare its sha256',
    { file },
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keysAre = (o: Record<string, unknown>, keys: readonly string[], optional: readonly string[] = []) =>
  keys.every((k) => k in o) && Object.keys(o).every((k) => keys.includes(k) || optional.includes(k));
const FILE_PATH = /^products\/[a-z0-9][a-z0-9._-]*\.(yaml|history\.jsonl|history\.yaml)$/;
const ID = /^[a-z0-9][a-z0-9._-]*$/;

/** The bundle, every checksum and the shape verified; anything else is UPK_BUNDLE_INVALID. */
export function verifyBundle(text: string, file: string): Bundle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw refused(file, `not a complete JSON document (${(e as Error).message})`);
  }
  if (!isObject(raw) || !keysAre(raw, ['format', 'manifest', 'manifest_sha256', 'files'])) throw refused(file, 'not an upkeep bundle');
  if (raw.format !== BUNDLE_FORMAT) throw refused(file, `format "${String(raw.format)}", expected ${BUNDLE_FORMAT}`);
  const m = raw.manifest;
  if (!isObject(m) || !keysAre(m, ['products', 'files']) || !Array.isArray(m.products) || !Array.isArray(m.files))
    throw refused(file, 'the manifest is malformed');
  if (typeof raw.manifest_sha256 !== 'string' || sha256(JSON.stringify(m)) !== raw.manifest_sha256)
    throw refused(file, 'the manifest does not match its sha256');
  if (!isObject(raw.files)) throw refused(file, 'the files are malformed');
  const files = raw.files;
  const listed = new Set<string>();
  for (const f of m.files) {
    if (!isObject(f) || !keysAre(f, ['path', 'sha256', 'bytes']) || typeof f.path !== 'string' || !FILE_PATH.test(f.path))
      throw refused(file, 'a manifest entry is malformed');
    const content = files[f.path];
    if (typeof content !== 'string') throw refused(file, `${f.path} is missing`);
    if (Buffer.byteLength(content, 'utf8') !== f.bytes || sha256(content) !== f.sha256) throw refused(file, `${f.path} does not match its sha256`);
    listed.add(f.path);
  }
  for (const p of Object.keys(files)) if (!listed.has(p)) throw refused(file, `${p} is not in the manifest`);
  for (const p of m.products) {
    if (!isObject(p) || !keysAre(p, ['id'], ['source']) || typeof p.id !== 'string' || !ID.test(p.id)) throw refused(file, 'a product entry is malformed');
    if (!listed.has(`${PRODUCTS_DIR}/${p.id}.yaml`)) throw refused(file, `product ${p.id} has no products/${p.id}.yaml`);
  }
  for (const p of listed) {
    const id = p.slice(PRODUCTS_DIR.length + 1).replace(/\.(yaml|history\.jsonl|history\.yaml)$/, '');
    if (!m.products.some((x) => (x as BundleProduct).id === id)) throw refused(file, `${p} belongs to no product of the manifest`);
  }
  return raw as unknown as Bundle;
}

export interface BundleImported {
  readonly products: readonly string[];
  readonly written: readonly string[];
}

/**
 * Writes a verified bundle into the workspace: each bundled product's files become the bundle's
 * (a history file the bundle does not have is removed), its sync-state entry the bundle's. The
 * result is loaded in a scratch copy first: a bundle whose data the workspace would refuse changes
 * nothing. All files are written at once, or none.
 */
export function importBundleInto(dir: string, bundle: Bundle): BundleImported {
  const changes: FileChange[] = [];
  for (const p of bundle.manifest.products)
    for (const ext of ['.yaml', '.history.jsonl', '.history.yaml']) {
      const rel = `${PRODUCTS_DIR}/${p.id}${ext}`;
      const content = bundle.files[rel];
      if (content !== undefined) changes.push({ path: join(dir, rel), content });
      else if (existsSync(join(dir, rel))) changes.push({ path: join(dir, rel), content: null });
    }
  const state = readSyncState(dir);
  const products: Record<string, SourceState> = { ...state.products };
  for (const p of bundle.manifest.products) {
    if (p.source) products[p.id] = p.source;
    else delete products[p.id];
  }
  changes.push({ path: join(dir, SYNC_STATE_FILE), content: syncStateText({ version: 1, products }) });
  const scratch = mkdtempSync(join(tmpdir(), 'upkeep-bundle-'));
  try {
    for (const f of ['upkeep.yaml', 'policy.yaml', SYNC_STATE_FILE, PRODUCTS_DIR, RELEASES_DIR])
      if (existsSync(join(dir, f))) cpSync(join(dir, f), join(scratch, f), { recursive: true });
    commitFiles(changes.map((c) => ({ path: join(scratch, c.path.slice(dir.length)), content: c.content })));
    loadWorkspace(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  commitFiles(changes);
  return { products: bundle.manifest.products.map((p) => p.id), written: changes.map((c) => c.path) };
}
