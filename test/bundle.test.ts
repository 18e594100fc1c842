/**
 * Offline bundles: a workspace synced from the (fake) sources is exported, and the bundle imported
 * into a fresh copy of the example gives the same check; a bundle with one byte changed, or cut
 * short, is refused and nothing changes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/workspace/load.js';
import { run } from './cli-io.js';
import { apiAnswer, type FakeSources, fakeSources, scsWithSources, snapshot, syncFrom } from './fake-sources.js';
import { data, repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const temp = cliTempDirs('upkeep-bundle-');
let srv: FakeSources;
beforeAll(async () => {
  srv = await fakeSources();
});
afterAll(() => srv.close());

/** A copy of the example synced on 2026-11-30 with Squid's end moved and a new Redis cycle. */
async function synced(into: string): Promise<string> {
  const { dir, prefix } = scsWithSources(srv, into);
  srv.routes.set(`${prefix}/ceph/releases.yml`, { body: readFileSync(data('ceph/releases.yml'), 'utf8').replace('2026-09-19', '2027-03-31') });
  const redis = loadWorkspace(dir).products.get('redis');
  if (!redis) throw new Error('no redis');
  const answer = JSON.parse(apiAnswer(redis));
  answer.result.releases.unshift({ name: '9.9', releaseDate: '2026-11-01', isEol: false, isEoas: false, eoasFrom: '2027-11-01' });
  srv.routes.set(`${prefix}/api/v1/products/redis`, { body: JSON.stringify(answer) });
  const r = await syncFrom(srv, dir, prefix, '2026-11-30');
  expect(r.code, r.out + r.err).toBe(0);
  expect(r.out).toContain('ceph 19: maintained.announced 2026-09-19 → 2027-03-31');
  return dir;
}

const fresh = () => {
  const dir = temp();
  cpSync(resolve(repoRoot, 'examples/scs'), dir, { recursive: true });
  return dir;
};

const checkOf = async (dir: string, asOf: string) => {
  const r = await run('check', dir, '--as-of', asOf, '--format', 'json', '--fail-on', 'never');
  return r.out.replaceAll(dir, '<ws>');
};

describe('upkeep bundle', () => {
  let source: string;
  let bundle: string;
  const kept = mkdtempSync(join(tmpdir(), 'upkeep-bundle-kept-'));
  afterAll(() => rmSync(kept, { recursive: true, force: true }));
  beforeAll(async () => {
    source = await synced(join(kept, 'synced'));
    bundle = join(kept, 'lifecycle.bundle.json');
    const r = await run('bundle', 'export', bundle, '-w', source);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^wrote .*: 19 products, \d+ files\n$/);
  }, 60_000);

  it('imported into a fresh copy of the example gives the same lifecycle files and the same check, on past dates and after the sync', async () => {
    const target = fresh();
    const r = await run('bundle', 'import', bundle, '-w', target);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('imported 19 products');
    const a = snapshot(source);
    const b = snapshot(target);
    for (const f of Object.keys(a).filter((f) => f.startsWith('/products/') || f === '/sync-state.json')) expect(b[f], f).toBe(a[f]);
    for (const asOf of ['2023-03-20', '2026-12-01']) expect(await checkOf(target, asOf)).toBe(await checkOf(source, asOf));
  });

  it('is the same bytes when exported again from a copy elsewhere', async () => {
    const copy = temp();
    cpSync(source, copy, { recursive: true });
    const again = join(temp(), 'again.json');
    await run('bundle', 'export', again, '-w', copy);
    expect(readFileSync(again)).toEqual(readFileSync(bundle));
  });

  it('with --products holds only those products, with their sources and fetch dates', async () => {
    const one = join(temp(), 'ceph.json');
    await run('bundle', 'export', one, '-w', source, '--products', 'ceph');
    const b = JSON.parse(readFileSync(one, 'utf8'));
    expect(b.manifest.products).toEqual([
      { id: 'ceph', source: expect.objectContaining({ format: 'ceph-releases', checked: '2026-11-30', fetched: '2026-11-30' }) },
    ]);
    expect(b.manifest.files.map((f: { path: string }) => f.path)).toEqual(['products/ceph.history.jsonl', 'products/ceph.history.yaml', 'products/ceph.yaml']);
  });

  it('refuses a bundle with any one byte changed (exit 2) and changes nothing', async () => {
    const bytes = readFileSync(bundle);
    const target = fresh();
    const before = snapshot(target);
    const { importBundle } = await import('../src/app/bundle.js');
    const bad = join(temp(), 'bad.json');
    const positions = Array.from({ length: 40 }, (_, i) => Math.floor((i * (bytes.length - 1)) / 39));
    for (const at of positions) {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] as number) ^ 0x01;
      writeFileSync(bad, copy);
      await expect(importBundle({ workspace: target, file: bad }), `byte ${at}`).rejects.toMatchObject({ code: 'UPK_BUNDLE_INVALID' });
    }
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] = (flipped[Math.floor(bytes.length / 2)] as number) ^ 0x01;
    writeFileSync(bad, flipped);
    const r = await run('bundle', 'import', bad, '-w', target);
    expect(r.code).toBe(2);
    expect(r.err).toContain('UPK_BUNDLE_INVALID');
    expect(r.err).toContain('nothing was changed');
    expect(snapshot(target)).toEqual(before);
  });

  it('refuses a truncated bundle (exit 2) and changes nothing', async () => {
    const target = fresh();
    const before = snapshot(target);
    const cut = join(temp(), 'cut.json');
    writeFileSync(cut, readFileSync(bundle).subarray(0, Math.floor(readFileSync(bundle).length * 0.7)));
    const r = await run('bundle', 'import', cut, '-w', target);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a complete JSON document');
    expect(snapshot(target)).toEqual(before);
  });
});
