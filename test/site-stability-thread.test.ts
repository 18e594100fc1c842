import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteData } from '../src/app/site.js';
import { today } from '../src/cli/options.js';
import { chartDocument } from '../src/web/charts/dom.js';
import { renderStaticSite } from '../src/web/site/export.js';
import { SITE_PAGES } from '../src/web/site/pages.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

/**
 * `upkeep site` (the built command) builds the stability section on a worker thread
 * (src/app/site-stability-thread.ts) while the main thread draws the other pages. What it writes
 * must be what the same section built in-process gives (the test runner runs the sources, where
 * it is built in-process), the store must be closed after (its lock gone: the next command opens
 * it), and a failure on either thread must read as without the thread.
 */
const temp = cliTempDirs('upkeep-site-thread-');
const bin = join(repoRoot, 'dist/bundle/bin.js');

function scsCopy(): string {
  const ws = join(temp(), 'scs');
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true, filter: (src) => !src.includes(join('scs', '.upkeep')) });
  return ws;
}

const site = (ws: string, out: string) =>
  spawnSync(process.execPath, [bin, 'site', ws, out, '--as-of', '2023-03-20'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', UPKEEP_CACHE: 'off' },
    timeout: 120_000,
  });

describe('upkeep site with evidence: the stability section on a worker thread', () => {
  it('writes the stability page the in-process build writes, and closes the store', async () => {
    const ws = scsCopy();
    const out = join(temp(), 'site');
    const r = site(ws, out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = readFileSync(join(out, 'stability.html'), 'utf8');
    expect(written).toMatch(/not yet/i);
    expect(written).toContain('17.2.5');
    expect(existsSync(join(ws, '.upkeep', 'db.lock'))).toBe(false);

    // the same section built in-process (the store the command created, now synced: nothing new is stored)
    const parts = [...new Set(SITE_PAGES.flatMap((p) => p.needs))];
    // the copy's embedded store, as the command used (DATABASE_URL would name the test run's server)
    const url = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    const data = await siteData({ workspace: ws, asOf: '2023-03-20' as never, today: today() }, parts).finally(() => {
      if (url !== undefined) process.env.DATABASE_URL = url;
    });
    const page = renderStaticSite({ data, document: await chartDocument(), matrices: new Map() }).find((f) => f.path === 'stability.html');
    expect(written).toBe(page?.content);
  }, 180_000);

  it('says on the page why the evidence could not be read (a listed file is missing), and writes the rest', () => {
    const ws = scsCopy();
    const manifest = join(ws, 'evidence.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('evidence/ceph-17.2.5-tempest.xml', 'evidence/gone.xml'));
    const out = join(temp(), 'site');
    const r = site(ws, out);
    expect(r.status).toBe(0);
    const page = readFileSync(join(out, 'stability.html'), 'utf8');
    expect(page).toContain('evidence/gone.xml, listed in evidence.yaml, does not exist');
    expect(existsSync(join(out, 'timeline.html'))).toBe(true);
  }, 180_000);

  it('fails as before on a broken workspace (exit 2, no stack trace, no folder written) and ends the worker', () => {
    const ws = scsCopy();
    writeFileSync(join(ws, 'upkeep.yaml'), 'name: [unclosed\n');
    const out = join(temp(), 'site');
    const started = Date.now();
    const r = site(ws, out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/upkeep\.yaml/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 180_000);
});
