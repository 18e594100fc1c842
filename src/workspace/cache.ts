import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact, Product } from '../core/lifecycle/types.js';
import type { Workspace } from '../core/workspace.js';

/**
 * A parsed workspace, kept between runs. YAML parsing and schema validation are most of a cold
 * `check`; when no workspace file changed (same paths, sizes and modification times) the
 * validated workspace is read back from one JSON file instead. The cache lives outside the
 * workspace (`$XDG_CACHE_HOME/upkeep`, else `~/.cache/upkeep`); `UPKEEP_CACHE=off` disables it.
 * This module does not import the YAML or schema libraries, nor node:crypto (about 6 ms to load):
 * a cache hit never loads them. The key is the fingerprint text itself, compared whole, so the
 * file name needs only a short non-cryptographic hash of the workspace path.
 * The folder is bounded: each write keeps the MAX_ENTRIES entries used last (a hit marks an entry
 * used) within MAX_BYTES, and removes the rest and any temporary file left by a crash.
 */
const FORMAT = 5;
/** About 3 MB for workspaces the size of examples/scs (about 200 kB an entry). */
export const MAX_ENTRIES = 16;
export const MAX_BYTES = 32 * 1024 * 1024;
/** A temporary file older than this was left by a process that died while writing. */
const STALE_TMP_MS = 60 * 60 * 1000;

function cacheDir(): string | undefined {
  if (process.env.UPKEEP_CACHE === 'off') return undefined;
  return process.env.UPKEEP_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'upkeep');
}

/** Every file the loader reads, with size and modification time. */
function fingerprint(dir: string): string | undefined {
  const parts: string[] = [`v${FORMAT}`, resolve(dir)];
  const add = (file: string) => {
    const s = statSync(file, { throwIfNoEntry: false });
    if (s?.isFile()) parts.push(`${file}|${s.size}|${s.mtimeMs}`);
  };
  // this build of upkeep: every file beside this module (a build rewrites them all)
  const here = dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(here).sort()) if (f.endsWith('.js')) add(join(here, f));
  add(join(dir, 'upkeep.yaml'));
  add(join(dir, 'policy.yaml'));
  add(join(dir, 'commitments.yaml'));
  add(join(dir, 'sync-state.json'));
  for (const sub of ['products', 'releases']) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) add(join(d, f));
  }
  if (!parts.some((p) => p.includes('upkeep.yaml|'))) return undefined;
  return parts.join('\n');
}

/** 24 hex digits from two 53-bit string hashes (cyrb53): names a cache file, never trusted as a key. */
export function shortHash(text: string): string {
  const h53 = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return `${h53(1)}${h53(2)}`.slice(0, 24);
}

interface Stored {
  readonly key: string;
  /** Texts that history entries name by index (sources, files). */
  readonly strings: string[];
  readonly workspace: Omit<Workspace, 'products' | 'components'> & { products: [string, StoredProduct][]; components: [string, unknown][] };
}

/**
 * History entries are most of a cache (thousands of them, each naming its source and file): they are
 * kept as arrays, with sources and files as indexes into `strings` (-1: none): a third the size to read.
 */
type StoredFact = [recorded: Fact['recorded'], cycle: string, field: Fact['field'], to: Fact['to'], source: number, file: number, line: number];
type StoredProduct = Omit<Product, 'history'> & { history: StoredFact[] };

function packProduct(p: Product, ref: (text: string) => number): StoredProduct {
  const history = p.history.map(
    (f): StoredFact => [
      f.recorded,
      f.cycle,
      f.field,
      f.to,
      f.source === undefined ? -1 : ref(f.source),
      f.at?.file === undefined ? -1 : ref(f.at.file),
      f.at?.line ?? -1,
    ],
  );
  return { ...p, history };
}

function unpackProduct(p: StoredProduct, strings: readonly string[]): Product {
  const history = p.history.map(([recorded, cycle, field, to, source, file, line]): Fact => {
    const fact: { -readonly [K in keyof Fact]: Fact[K] } = { recorded, cycle, field, to };
    if (source >= 0) fact.source = strings[source] as string;
    if (file >= 0 || line >= 0) fact.at = { ...(file >= 0 ? { file: strings[file] as string } : {}), ...(line >= 0 ? { line } : {}) };
    return fact;
  });
  return { ...p, history };
}

function fileFor(dir: string, root: string): string {
  return join(root, `${shortHash(resolve(dir))}.json`);
}

function read(dir: string, root: string, key: string): Workspace | undefined {
  try {
    const stored = JSON.parse(readFileSync(fileFor(dir, root), 'utf8')) as Stored;
    if (stored.key !== key) return undefined;
    const now = new Date();
    utimesSync(fileFor(dir, root), now, now); // used now: kept longest by the eviction
    const w = stored.workspace;
    const products = new Map(w.products.map(([id, p]) => [id, unpackProduct(p, stored.strings)]));
    return { ...w, products, components: new Map(w.components) } as Workspace;
  } catch {
    return undefined;
  }
}

function write(dir: string, root: string, key: string, ws: Workspace): void {
  try {
    mkdirSync(root, { recursive: true });
    const strings: string[] = [];
    const index = new Map<string, number>();
    const ref = (text: string): number => {
      let i = index.get(text);
      if (i === undefined) index.set(text, (i = strings.push(text) - 1));
      return i;
    };
    const products = [...ws.products].map(([id, p]): [string, StoredProduct] => [id, packProduct(p, ref)]);
    const stored: Stored = { key, strings, workspace: { ...ws, products, components: [...ws.components] } };
    const target = fileFor(dir, root);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(stored));
    renameSync(tmp, target);
    evict(root, target);
  } catch {
    // a cache that cannot be written only costs time
  }
}

/** Keeps the entries used last (the one just written first), at most MAX_ENTRIES and MAX_BYTES; removes the rest. */
export function evict(root: string, justWritten?: string): void {
  const now = Date.now();
  const entries = readdirSync(root).flatMap((name) => {
    const file = join(root, name);
    const s = statSync(file, { throwIfNoEntry: false });
    if (!s?.isFile()) return [];
    if (name.endsWith('.tmp')) {
      if (now - s.mtimeMs > STALE_TMP_MS) rmSync(file, { force: true });
      return [];
    }
    return /^[0-9a-f]{24}\.json$/.test(name) ? [{ file, size: s.size, used: file === justWritten ? Number.POSITIVE_INFINITY : s.mtimeMs }] : [];
  });
  entries.sort((a, b) => b.used - a.used);
  let bytes = 0;
  entries.forEach((e, i) => {
    bytes += e.size;
    if (i >= MAX_ENTRIES || (i > 0 && bytes > MAX_BYTES)) rmSync(e.file, { force: true });
  });
}

/** The cache only ever saves time: any problem with it means "no cache", never an error. */
function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

export interface CachedLoadOptions {
  /** Use the cache at all (besides UPKEEP_CACHE=off). Default true. */
  readonly cache?: boolean;
  /** Read the files even on a cache hit (a reload asked for because something changed); the result is cached. */
  readonly fresh?: boolean;
}

/** Loads a workspace, from the cache when no file changed since the last load. */
export async function loadWorkspaceCached(dir: string, options: CachedLoadOptions = {}): Promise<Workspace> {
  const root = options.cache === false ? undefined : cacheDir();
  const key = root && statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? safely(() => fingerprint(dir)) : undefined;
  if (root && key && !options.fresh) {
    const hit = read(dir, root, key);
    if (hit) return hit;
  }
  const { loadWorkspace } = await import('./load.js');
  const ws = loadWorkspace(dir);
  if (root && key) write(dir, root, key, ws);
  return ws;
}
