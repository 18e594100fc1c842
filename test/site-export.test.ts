import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../src/web/site/pages.js';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const scs = join(repoRoot, 'examples/scs');
const temp = cliTempDirs('upkeep-site-');

/**
 * A copy of examples/scs without evidence.yaml (and without a store): the pages' own work. With the
 * evidence, the stability page opens (or creates) the embedded store in the workspace
 * (test/site-content.test.ts); the repository's example is never written to.
 */
function scsPages(): string {
  const ws = join(temp(), 'scs');
  cpSync(scs, ws, { recursive: true, filter: (src) => !src.includes(join('scs', '.upkeep')) });
  rmSync(join(ws, 'evidence.yaml'));
  return ws;
}

/**
 * The built command (dist/bundle, as users run it) in a child process in `cwd`, with the CPU time
 * it used: wall time on a shared machine measures the neighbours, CPU time the command.
 */
function spawnUpkeep(args: string[], cwd = repoRoot): { code: number | null; stdout: string; stderr: string; cpuMs: number } {
  const bin = join(repoRoot, 'dist/bundle/bin.js');
  const probe = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\ncpu-us=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); }); process.argv.splice(1, 0, 'upkeep'); await import(${JSON.stringify(bin)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, UPKEEP_CACHE: 'off' },
  });
  const m = /\ncpu-us=(\d+)\n$/.exec(r.stderr);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, m?.index ?? r.stderr.length), cpuMs: Number(m?.[1]) / 1000 };
}

describe('upkeep site: the dashboard as a static site', () => {
  it('writes every page of the SCS example (without its evidence), the matrix on each release date and end, the notices with feeds and calendars, in under 3 s; each page under 300 KB', async () => {
    const out = join(temp(), 'public');
    const r = spawnUpkeep(['site', scsPages(), out, '--as-of', '2023-03-20']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote 16 pages, 2 Atom feeds and 2 calendars to ${out}\n`);
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
    // the internal notice is for the team: not published unless asked (--internal)
    expect(files.filter((f) => f.startsWith('notices'))).toEqual([
      'notices-operators.atom',
      'notices-operators.html',
      'notices-operators.ics',
      'notices.atom',
      'notices.html',
      'notices.ics',
    ]);
    for (const f of files) expect(statSync(join(out, f)).size, f).toBeLessThan(300 * 1024);
    // every link from page to page names a file of the site
    const missing = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) =>
        [...readFileSync(join(out, f), 'utf8').matchAll(/href="(?![a-z][a-z+.-]*:)([^"#?]+)[^"]*"/g)]
          .map((m) => m[1] as string)
          .filter((href) => !files.includes(href))
          .map((href) => `${f} → ${href}`),
      );
    expect(missing).toEqual([]);
    expect(readFileSync(join(out, 'timeline.html'), 'utf8')).toContain(
      'Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01, 157 days before R4 ends (2023-11-05)',
    );
    expect(statSync(out).mode & 0o777).toBe(0o755);
    // the whole command, a cold process from start to exit (npm run bench has its wall time on a quiet machine)
    expect(r.cpuMs).toBeLessThan(3000);
  });

  it('writes the internal notice, its feed and calendar, with --internal (a site for the team), linked from the notices page', async () => {
    const out = join(temp(), 'team');
    const r = await run('site', scsPages(), out, '--as-of', '2023-03-20', '--internal');
    expect(r.out).toBe(`wrote 17 pages, 3 Atom feeds and 3 calendars to ${out}\n`);
    expect(readdirSync(out).filter((f) => f.startsWith('notices-internal'))).toEqual([
      'notices-internal.atom',
      'notices-internal.html',
      'notices-internal.ics',
    ]);
    expect(readFileSync(join(out, 'notices.html'), 'utf8')).toContain('<a href="notices-internal.html">internal readers</a>');
    const published = join(temp(), 'public');
    await run('site', scsPages(), published, '--as-of', '2023-03-20');
    expect(readFileSync(join(published, 'notices.html'), 'utf8')).not.toContain('internal');
  });

  it('takes one argument as OUTDIR, the workspace being the current folder', () => {
    const out = join(temp(), 'site');
    const r = spawnUpkeep(['site', out, '--as-of', '2023-03-20'], scsPages());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<strong>SCS</strong>');
  });

  it('writes into an empty folder that exists', async () => {
    const out = temp();
    const r = await run('site', scsPages(), out, '--as-of', '2023-03-20');
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

  it('needs OUTDIR', async () => {
    const r = await run('site');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UPK_USAGE: OUTDIR is required\n {2}hint: name the folder to write the site into/);
  });

  it('says what it does in its help', async () => {
    const r = await run('site', '--help');
    expect(r.out).toMatch(/Usage: upkeep site \[options\] \[workspace\] \[outdir\]/);
    expect(r.out).toMatch(/--as-of <date>/);
    expect(r.out).toMatch(/OUTDIR must not exist or be empty \(exit 2 otherwise\)/);
    for (const p of SITE_PAGES) expect(r.out.replace(/\s+/g, ' ')).toContain(p.file);
  });
});
