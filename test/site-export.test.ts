import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../src/web/site/pages.js';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const scs = join(repoRoot, 'examples/scs');
const temp = cliTempDirs('upkeep-site-');

describe('upkeep site: the dashboard as a static site', () => {
  it('writes every page of the SCS example, and the matrix on each release date and end, in under 3 s; each page under 300 KB', async () => {
    const out = join(temp(), 'public');
    const t = performance.now();
    const r = await run('site', scs, out, '--as-of', '2023-03-20');
    const ms = performance.now() - t;
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote 15 pages to ${out}\n`);
    const files = readdirSync(out).sort();
    for (const p of SITE_PAGES) expect(files).toContain(p.file);
    expect(files.filter((f) => f.startsWith('matrix-'))).toEqual([
      'matrix-2022-09-21.html',
      'matrix-2023-03-20.html',
      'matrix-2023-03-22.html',
      'matrix-2023-04-18.html',
      'matrix-2023-05-05.html',
      'matrix-2023-11-05.html',
    ]);
    for (const f of files) expect(statSync(join(out, f)).size, f).toBeLessThan(300 * 1024);
    expect(readFileSync(join(out, 'timeline.html'), 'utf8')).toContain('Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01, 157 days before R4 ends (2023-11-05)');
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(ms).toBeLessThan(3000);
  });

  it('takes one argument as OUTDIR, the workspace being the current folder', async () => {
    const out = join(temp(), 'site');
    const cwd = process.cwd();
    process.chdir(scs);
    try {
      const r = await run('site', out, '--as-of', '2023-03-20');
      expect(r.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('writes into an empty folder that exists', async () => {
    const out = temp();
    const r = await run('site', scs, out, '--as-of', '2023-03-20');
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'matrix.html'))).toBe(true);
  });

  it.each([
    ['a folder with a file in it', (d: string) => writeFileSync(join(d, 'keep.txt'), 'mine'), /is not empty/],
    ['a file', (d: string) => writeFileSync(join(d, 'file'), 'mine'), /is a file/],
  ])('refuses %s: exit 2, a clear message, nothing written', async (_what, make, message) => {
    const dir = temp();
    make(dir);
    const out = _what === 'a file' ? join(dir, 'file') : dir;
    const r = await run('site', scs, out, '--as-of', '2023-03-20');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_SITE_NOT_EMPTY/);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/hint: name a new folder/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([_what === 'a file' ? 'file' : 'keep.txt']);
  });

  it('leaves nothing behind when the workspace is bad (no OUTDIR, no temporary folder)', async () => {
    const dir = temp();
    const r = await run('site', join(dir, 'missing-ws'), join(dir, 'out'), '--as-of', '2023-03-20');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UPK_FILE_NOT_FOUND/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a bad --as-of before writing anything', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'x'));
    const r = await run('site', scs, join(dir, 'out'), '--as-of', '2023-02-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UPK_BAD_DATE/);
    expect(readdirSync(dir)).toEqual(['x']);
  });

  it('says what it does in its help', async () => {
    const r = await run('site', '--help');
    expect(r.out).toMatch(/Usage: upkeep site \[options\] \[workspace\] <outdir>/);
    expect(r.out).toMatch(/--as-of <date>/);
    expect(r.out).toMatch(/OUTDIR must not exist or be empty \(exit 2 otherwise\)/);
  });
});
