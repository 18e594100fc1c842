import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
async function workspace(): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'upkeep-several-'));
  dirs.push(tmp);
  const dir = join(tmp, 'ws');
  await run('init', dir);
  return dir;
}
const products = (...names: string[]) => names.map((n) => data('endoflife/products', `${n}.md`));
const productFiles = (dir: string) =>
  readdirSync(join(dir, 'products'))
    .filter((f) => !f.startsWith('.'))
    .sort();

describe('import endoflife with several product files (products/*.md --history-dir DIR)', () => {
  it('imports every product with its own history, each file naming its own source', async () => {
    const dir = await workspace();
    const r = await run('import', 'endoflife', ...products('redis', 'nginx', 'kubernetes'), '--history-dir', data('endoflife/history'), '-w', dir);
    expect(r.code).toBe(0);
    expect(productFiles(dir)).toEqual([
      'kubernetes.history.jsonl',
      'kubernetes.yaml',
      'nginx.history.jsonl',
      'nginx.yaml',
      'redis.history.jsonl',
      'redis.yaml',
    ]);
    expect(readFileSync(join(dir, 'products/nginx.yaml'), 'utf8')).toMatch(
      /^# nginx lifecycle\. Imported from endoflife\.date nginx\.md with history nginx\.jsonl\./,
    );
  });

  it('imports all 29 products of the shared data at once', async () => {
    const dir = await workspace();
    const names = readdirSync(data('endoflife/products')).filter((f) => f.endsWith('.md'));
    const r = await run('import', 'endoflife', ...names.map((n) => data('endoflife/products', n)), '--history-dir', data('endoflife/history'), '-w', dir);
    expect(r.code, r.err).toBe(0);
    expect(productFiles(dir).filter((f) => f.endsWith('.yaml'))).toHaveLength(29);
  });

  it('writes nothing when one of them fails (all or nothing)', async () => {
    const dir = await workspace();
    const r = await run('import', 'endoflife', ...products('redis', 'nginx'), data('endoflife/history/redis.jsonl'), '-w', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UPK_IMPORT_SHAPE.*redis\.jsonl/);
    expect(productFiles(dir)).toEqual([]);
  });

  it('refuses --history with several files, and the same product twice', async () => {
    const dir = await workspace();
    const one = await run('import', 'endoflife', ...products('redis', 'nginx'), '--history', data('endoflife/history/redis.jsonl'), '-w', dir);
    expect(one.code).toBe(2);
    expect(one.err).toMatch(/UPK_USAGE: --history names the history of one product file, and 2 are given\n {2}hint: .*--history-dir/);
    const twice = await run('import', 'endoflife', ...products('redis', 'redis'), '-w', dir);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/UPK_DUPLICATE.*product redis is imported twice/);
  });

  it('imports a product whose history the folder lacks without it, and says so', async () => {
    const dir = await workspace();
    const r = await run(
      'import',
      'endoflife',
      ...products('redis'),
      join(repoRoot, 'test/fixtures/endoflife/kong-gateway.md'),
      '--history-dir',
      data('endoflife/history'),
      '-w',
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/warning: kong-gateway\.md: no .*kong-gateway\.jsonl; imported without history/);
    expect(productFiles(dir)).toEqual(['kong-gateway.yaml', 'redis.history.jsonl', 'redis.yaml']);
  });
});

describe('an import refused for contradicting itself', () => {
  it('names the imported file, not the product file it did not write, and a hint for the problem found', async () => {
    const dir = await workspace();
    const file = join(dir, '..', 'dup.md');
    writeFileSync(file, '---\ntitle: Dup\nreleases:\n  - releaseCycle: "1.0"\n    eol: 2025-01-01\n  - releaseCycle: "1.0"\n    eol: 2026-01-01\n---\n');
    const r = await run('import', 'endoflife', file, '-w', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error UPK_BAD_LIFECYCLE: imported endoflife.date dup.md (cycles[1]): cycle 1.0 is declared twice');
    expect(r.err).toContain('hint: give cycle 1.0 once: merge the two entries or rename one');
    expect(r.err).not.toMatch(/products\/dup\.yaml/);
    expect(productFiles(dir)).toEqual([]);
  });
});
