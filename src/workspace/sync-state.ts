import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainDate, type PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { readText } from '../files/yaml-file.js';

/**
 * `sync-state.json`, beside upkeep.yaml: per product, where its lifecycle was fetched from, when it
 * was last confirmed current (`checked`: an answer, changed or 304) and last changed (`fetched`),
 * the validators for the next conditional request (`etag`, `last_modified`) and the sha256 of the
 * answer. Written by `upkeep sync` and `upkeep bundle import`; read by every load for the age of
 * the lifecycle data. Reviewed in git like the rest (sorted keys, one change a line in a diff).
 */
export const SYNC_STATE_FILE = 'sync-state.json';

export interface SourceState {
  readonly format: string;
  readonly url: string;
  /** The sync date the source last answered (200 or 304). */
  readonly checked: PlainDate;
  /** The sync date its answer last differed. */
  readonly fetched?: PlainDate;
  readonly etag?: string;
  readonly last_modified?: string;
  /** sha256 of the answer's bytes. */
  readonly sha256?: string;
}

export interface SyncState {
  readonly version: 1;
  readonly products: Readonly<Record<string, SourceState>>;
}

export const EMPTY_SYNC_STATE: SyncState = { version: 1, products: {} };

function bad(file: string, message: string): UpkeepError {
  return new UpkeepError(
    'UPK_SCHEMA',
    `${SYNC_STATE_FILE}: ${message}`,
    `the file is written by \`upkeep sync\`; restore it from git or delete it (the next sync fetches every source again)`,
    { file },
  );
}

const STRING_KEYS = ['format', 'url', 'etag', 'last_modified', 'sha256'] as const;

/** The shape checked by hand: every load reads this file, and the schema library stays unloaded. */
export function parseSyncState(text: string, file: string): SyncState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw bad(file, `not JSON: ${(e as Error).message}`);
  }
  const r = raw as { version?: unknown; products?: unknown };
  if (!r || typeof r !== 'object' || r.version !== 1 || !r.products || typeof r.products !== 'object' || Array.isArray(r.products))
    throw bad(file, 'expected {"version": 1, "products": {…}}');
  const products: Record<string, SourceState> = {};
  for (const [id, v] of Object.entries(r.products as Record<string, unknown>)) {
    const s = v as Record<string, unknown>;
    if (!s || typeof s !== 'object') throw bad(file, `products.${id} is not an object`);
    for (const k of Object.keys(s))
      if (!(STRING_KEYS as readonly string[]).includes(k) && k !== 'checked' && k !== 'fetched') throw bad(file, `products.${id}: unknown key "${k}"`);
    for (const k of STRING_KEYS) if (s[k] !== undefined && typeof s[k] !== 'string') throw bad(file, `products.${id}.${k} is not a string`);
    if (typeof s.format !== 'string' || typeof s.url !== 'string') throw bad(file, `products.${id} needs format and url`);
    if (!isPlainDate(s.checked)) throw bad(file, `products.${id}.checked is not a date (YYYY-MM-DD)`);
    if (s.fetched !== undefined && !isPlainDate(s.fetched)) throw bad(file, `products.${id}.fetched is not a date (YYYY-MM-DD)`);
    products[id] = s as unknown as SourceState;
  }
  return { version: 1, products };
}

export function readSyncState(dir: string): SyncState {
  const file = join(dir, SYNC_STATE_FILE);
  if (!existsSync(file)) return EMPTY_SYNC_STATE;
  return parseSyncState(readText(file, 'sync state'), file);
}

/** The file's text: products sorted, keys in one order, so the same state is the same bytes. */
export function syncStateText(state: SyncState): string {
  const products: Record<string, Record<string, string>> = {};
  for (const id of Object.keys(state.products).sort()) {
    const s = state.products[id] as SourceState;
    const out: Record<string, string> = { format: s.format, url: s.url, checked: s.checked };
    if (s.fetched) out.fetched = s.fetched;
    if (s.etag) out.etag = s.etag;
    if (s.last_modified) out.last_modified = s.last_modified;
    if (s.sha256) out.sha256 = s.sha256;
    products[id] = out;
  }
  return `${JSON.stringify({ version: 1, products }, null, 2)}\n`;
}

/** The date each product's source last answered: what the age of the lifecycle data is read from. */
export function checkedDates(state: SyncState): Record<string, PlainDate> {
  return Object.fromEntries(Object.entries(state.products).map(([id, s]) => [id, s.checked]));
}
