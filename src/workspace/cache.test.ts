import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { evict, loadWorkspaceCached, MAX_ENTRIES } from './cache.js';

let ws: string;
let cache: string;
const saved = { ...process.env };
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'upkeep-cache-ws-'));
  cache = mkdtempSync(join(tmpdir(), 'upkeep-cache-'));
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
  delete process.env.UPKEEP_CACHE;
  process.env.UPKEEP_CACHE_DIR = cache;
});
afterAll(() => {
  process.env = saved;
  rmSync(ws, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('the parsed-workspace cache', () => {
  it('returns the same workspace from the cache as from the files', async () => {
    const first = await loadWorkspaceCached(ws);
    expect(readdirSync(cache)).toHaveLength(1);
    const second = await loadWorkspaceCached(ws);
    expect([...second.products]).toEqual([...first.products]);
    expect([...second.products.values()].some((p) => p.history.some((f) => f.source && f.at?.file && f.at.line))).toBe(true);
    expect([...second.components]).toEqual([...first.components]);
    expect(second.releases).toEqual(first.releases);
    expect(second.policy).toEqual(first.policy);
    expect(second.commitments).toEqual(first.commitments);
    expect(second.commitments?.[0]).toMatchObject({ component: 'ceph', by: 'community' });
  });

  it('sees a changed file at once', async () => {
    await loadWorkspaceCached(ws);
    const file = join(ws, 'releases/R4.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('end: 2023-11-05', 'end: 2023-12-24'));
    expect((await loadWorkspaceCached(ws)).releases.find((r) => r.id === 'R4')?.end).toBe('2023-12-24');
  });

  it('sees a changed commitments.yaml at once', async () => {
    await loadWorkspaceCached(ws);
    const file = join(ws, 'commitments.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('until: 2023-11-05', 'until: 2023-10-15'));
    expect((await loadWorkspaceCached(ws)).commitments?.[0]?.until).toBe('2023-10-15');
  });

  it('still reports bad input when a file turns bad after being cached', async () => {
    await loadWorkspaceCached(ws);
    writeFileSync(join(ws, 'policy.yaml'), 'horizon: [\n');
    await expect(loadWorkspaceCached(ws)).rejects.toMatchObject({ code: 'UPK_YAML_SYNTAX' });
  });
});

describe('the cache never turns a user error into a crash', () => {
  it('a file given instead of the workspace folder is UPK_FILE_UNREADABLE, with the cache on', async () => {
    await expect(loadWorkspaceCached(join(ws, 'upkeep.yaml'))).rejects.toMatchObject({ code: 'UPK_FILE_UNREADABLE' });
  });
  it('a missing folder is UPK_FILE_NOT_FOUND, with the cache on', async () => {
    await expect(loadWorkspaceCached(join(ws, 'nope'))).rejects.toMatchObject({ code: 'UPK_FILE_NOT_FOUND' });
  });
});

describe('the cache folder stays bounded (it grew to 15 MB in an afternoon of runs on temporary folders)', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'upkeep-cache-ws-'));
    cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  /** A cache folder holding `n` entries of `size` bytes, the i-th last used i hours ago. */
  function filled(n: number, size = 1000): { root: string; names: string[] } {
    const root = mkdtempSync(join(tmpdir(), 'upkeep-cache-bound-'));
    const names = Array.from({ length: n }, (_, i) => `${i.toString(16).padStart(24, '0')}.json`);
    names.forEach((name, i) => {
      writeFileSync(join(root, name), 'x'.repeat(size));
      const t = new Date(Date.now() - i * 3_600_000);
      utimesSync(join(root, name), t, t);
    });
    return { root, names };
  }

  it(`a write keeps the ${MAX_ENTRIES} entries used last and removes the others`, async () => {
    const { root, names } = filled(MAX_ENTRIES + 4);
    process.env.UPKEEP_CACHE_DIR = root;
    try {
      await loadWorkspaceCached(ws, { fresh: true });
      const left = readdirSync(root).sort();
      expect(left).toHaveLength(MAX_ENTRIES);
      expect(left).toEqual(expect.arrayContaining(names.slice(0, MAX_ENTRIES - 1))); // the newest old ones
      expect(left.filter((f) => !names.includes(f))).toHaveLength(1); // and the one just written
    } finally {
      process.env.UPKEEP_CACHE_DIR = cache;
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a hit marks an entry as used, so the workspace in use is the last to go', async () => {
    const root = mkdtempSync(join(tmpdir(), 'upkeep-cache-bound-'));
    process.env.UPKEEP_CACHE_DIR = root;
    try {
      await loadWorkspaceCached(ws);
      const [entry] = readdirSync(root);
      const old = new Date(Date.now() - 86_400_000);
      utimesSync(join(root, entry as string), old, old);
      await loadWorkspaceCached(ws);
      expect(Date.now() - statSync(join(root, entry as string)).mtimeMs).toBeLessThan(60_000);
    } finally {
      process.env.UPKEEP_CACHE_DIR = cache;
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the total under 32 MB, removes temporary files left by a crash, and leaves other files alone', () => {
    const { root, names } = filled(4, 12 * 1024 * 1024);
    const stale = join(root, `${names[0]}.123.tmp`);
    writeFileSync(stale, 'half');
    const t = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(stale, t, t);
    writeFileSync(join(root, 'README'), 'not ours');
    evict(root);
    expect(readdirSync(root).sort()).toEqual(['README', ...names.slice(0, 2)].sort());
    expect(existsSync(stale)).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });
});
