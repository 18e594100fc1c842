import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { loadWorkspaceCached } from './cache.js';

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
    expect(second.products.get('ceph')).toEqual(first.products.get('ceph'));
    expect(second.releases).toEqual(first.releases);
    expect(second.policy).toEqual(first.policy);
  });

  it('sees a changed file at once', async () => {
    await loadWorkspaceCached(ws);
    const file = join(ws, 'releases/R4.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('end: 2023-11-05', 'end: 2023-12-24'));
    expect((await loadWorkspaceCached(ws)).releases.find((r) => r.id === 'R4')?.end).toBe('2023-12-24');
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
