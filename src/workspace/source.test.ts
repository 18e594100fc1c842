import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import type { ImportResult } from '../core/workspace.js';
import { openWorkspace } from './index.js';

const dirs: string[] = [];
const savedEnv = { ...process.env };
afterAll(() => {
  process.env = savedEnv;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

let ws: string;
beforeEach(() => {
  ws = temp('upkeep-source-ws-');
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
  process.env.UPKEEP_CACHE_DIR = temp('upkeep-source-cache-');
});

const endOf = (w: { releases: readonly { id: string; end: string }[] }) => w.releases.find((r) => r.id === 'R4')?.end;
const changeR4End = (to: string) => {
  const file = join(ws, 'releases/R4.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^end: .*$/m, `end: ${to}`));
};

describe('a workspace source', () => {
  it('loads once: a changed file is not served before a reload', async () => {
    const source = openWorkspace(ws);
    expect(source.current()).toBeUndefined();
    const first = await source.load();
    changeR4End('2023-12-24');
    expect(await source.load()).toBe(first);
    expect(source.current()).toBe(first);
  });

  it('a file changed → reload returns and serves the new state', async () => {
    const source = openWorkspace(ws);
    expect(endOf(await source.load())).toBe('2023-11-05');
    changeR4End('2023-12-24');
    const next = await source.reload();
    expect(endOf(next)).toBe('2023-12-24');
    expect(await source.load()).toBe(next);
  });

  it('a broken file → reload fails with the error and the previous state stays served', async () => {
    const source = openWorkspace(ws);
    const before = await source.load();
    writeFileSync(join(ws, 'policy.yaml'), 'horizon: [\n');
    await expect(source.reload()).rejects.toMatchObject({ code: 'UPK_YAML_SYNTAX', location: { file: join(ws, 'policy.yaml') } });
    expect(source.current()).toBe(before);
    expect(await source.load()).toBe(before);
  });

  it('a first load that fails serves nothing, and the next load reads again', async () => {
    const good = readFileSync(join(ws, 'policy.yaml'), 'utf8');
    writeFileSync(join(ws, 'policy.yaml'), 'horizon: [\n');
    const source = openWorkspace(ws);
    await expect(source.load()).rejects.toMatchObject({ code: 'UPK_YAML_SYNTAX' });
    expect(source.current()).toBeUndefined();
    writeFileSync(join(ws, 'policy.yaml'), good);
    expect(endOf(await source.load())).toBe('2023-11-05');
  });

  it('loads started together read the files once', async () => {
    const source = openWorkspace(ws, { cache: false });
    const [a, b] = await Promise.all([source.load(), source.load()]);
    expect(a).toBe(b);
  });

  it('apply writes an import; the served state changes on reload', async () => {
    const source = openWorkspace(ws);
    const before = await source.load();
    const release = await source.release('R4');
    expect(release?.date).toBe('2023-03-22');
    const result: ImportResult = {
      products: [],
      components: [],
      warnings: [],
      source: 'test',
      releases: [{ ...(release as NonNullable<typeof release>), id: 'R9', pins: [{ component: 'ceph', version: '17.2.6' }], alternatives: [] }],
    };
    const applied = await source.apply(result);
    expect(applied.written).toEqual([`wrote ${join(ws, 'releases/R9.yaml')}`]);
    expect(source.current()).toBe(before);
    expect((await source.reload()).releases.map((r) => r.id)).toContain('R9');
  });

  it('requireWorkspace says a folder without upkeep.yaml is no workspace', async () => {
    await expect(openWorkspace(temp('upkeep-source-empty-')).requireWorkspace()).rejects.toMatchObject({ code: 'UPK_EMPTY_WORKSPACE' });
  });
});
