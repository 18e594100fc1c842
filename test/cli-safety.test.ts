import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';

const scs = join(repoRoot, 'examples/scs');
const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'upkeep-safety-'));
  temps.push(d);
  return d;
};
beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
});
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh workspace two folders deep, so that `../../x` would land inside the temp folder. */
async function workspace(): Promise<{ root: string; ws: string }> {
  const root = temp();
  const ws = join(root, 'a', 'ws');
  expect((await run('init', ws)).code).toBe(0);
  return { root, ws };
}

/** Every file under a folder, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('ids that name files: one rule, exit 2 otherwise, nothing written', () => {
  it.each([
    ['../../escaped', 'it contains "/"', 'for example escaped'],
    ['R 4/1', 'it contains a space, "/"', 'for example R-4-1'],
    ['R4.history', 'it contains ".history"', 'for example R4.hist'],
  ])('--release-id %j is refused before the OSISM manifests are read', async (id, reason, example) => {
    const { root, ws } = await workspace();
    const before = files(root);
    const r = await run('import', 'osism', data('osism-release/4.0.0'), '-w', ws, '--release-id', id, '--date', '2023-03-22', '--end', '2023-11-01');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error UPK_BAD_ID: --release-id ${JSON.stringify(id)} cannot name a file: ${reason}`);
    expect(r.err).toMatch(new RegExp(`hint: use letters, digits, "\\.", "_" and "-", starting with a letter or digit.*; ${example}`));
    expect(files(root)).toEqual(before);
  });

  it('an endoflife.date product file whose name is not an id is refused: nothing is written', async () => {
    const { root, ws } = await workspace();
    const src = temp();
    copyFileSync(data('endoflife/products/redis.md'), join(src, 'Redis DB.md'));
    const before = files(root);
    const r = await run('import', 'endoflife', join(src, 'Redis DB.md'), '-w', ws);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error UPK_BAD_ID: product id "Redis DB" cannot name a file: it contains a space');
    expect(files(root)).toEqual(before);
  });

  it('a release file whose id cannot name a file is refused at its line', async () => {
    const dir = temp();
    cpSync(scs, dir, { recursive: true });
    const file = join(dir, 'releases/R4.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: R4$/m, 'id: R 4/1'));
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_BAD_ID: .*R4\.yaml:\d+ \(id\): "R 4\/1" cannot name a file: it contains a space, "\/"/);
  });

  it('a release file named other than its id is refused: an import of that id would write a second file', async () => {
    const dir = temp();
    cpSync(scs, dir, { recursive: true });
    copyFileSync(join(dir, 'releases/R3.yaml'), join(dir, 'releases/r3-old.yaml'));
    rmSync(join(dir, 'releases/R3.yaml'));
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_SCHEMA: .*r3-old\.yaml \(id\): release id "R3" differs from its file name\n {2}hint: rename the file to R3\.yaml/);
  });
});
