import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { storeBackends } from './store-backends.js';

const sample = (name: string) => join(repoRoot, 'test/fixtures/evidence', name);

/** `upkeep evidence …` on a copy of examples/scs, with the store of each back end (PGlite; PostgreSQL when DATABASE_URL is set). */
describe.each(storeBackends())('upkeep evidence on $name', (backend) => {
  let ws: string;
  let db: string[];
  const savedUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    // the CLI reads DATABASE_URL: each run names its database (or none) explicitly
    delete process.env.DATABASE_URL;
    process.env.UPKEEP_CACHE = 'off';
    const place = await backend.fresh();
    ws = join(place.workspaceDir, 'scs');
    cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
    db = place.databaseUrl ? ['--database', place.databaseUrl] : [];
  });
  afterAll(async () => {
    if (savedUrl !== undefined) process.env.DATABASE_URL = savedUrl;
    await backend.cleanup();
  });
  const evidence = (...args: string[]) => run('evidence', ...args, '-w', ws, ...db);

  it('stores a file tagged with product, version, its cycle and env, and lists it', async () => {
    const add = await evidence('add', 'fio', sample('fio-3.39-librbd-seq4kwrite.json'), '--product', 'ceph', '--version', '17.2.5', '--env', 'gx-scs');
    expect(add.err).toBe('');
    expect(add).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Stored .* as evidence 1: 21 fio records of ceph 17\.2\.5 \(cycle 17\), env gx-scs\.\n$/),
    });
    const list = await evidence('list', '--format', 'json');
    expect(list.code).toBe(0);
    const doc = JSON.parse(list.out);
    expect(doc).toMatchObject({ schema: 'upkeep.evidence-list/v1', backend: backend.name });
    expect(doc.files).toEqual([
      expect.objectContaining({ id: 1, kind: 'fio', tag: { product: 'ceph', version: '17.2.5', cycle: '17', env: 'gx-scs' }, records: 21 }),
    ]);
    const table = await evidence('list');
    expect(table.out).toMatch(/^id {2}kind {2}product {2}version {2}cycle {2}env {5}records {2}added {13}file\n/);
  }, 120_000);

  it('stores the same file under the same tag once', async () => {
    const again = await evidence('add', 'fio', sample('fio-3.39-librbd-seq4kwrite.json'), '--product', 'ceph', '--version', '17.2.5', '--env', 'gx-scs');
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining('is stored already (evidence 1') });
    expect(JSON.parse((await evidence('list', '--format', 'json')).out).files).toHaveLength(1);
  }, 60_000);

  it.each([
    ['an unknown kind', ['add', 'fiio', sample('samples.csv'), '--product', 'ceph', '--version', '17.2.5'], 'UPK_USAGE', 'did you mean fio?'],
    ['an unknown product', ['add', 'csv', sample('samples.csv'), '--product', 'cepth', '--version', '17.2.5'], 'UPK_UNKNOWN_PRODUCT', 'did you mean ceph'],
    ['a version in no cycle', ['add', 'csv', sample('samples.csv'), '--product', 'ceph', '--version', '99.2.5'], 'UPK_UNKNOWN_VERSION', 'did you mean'],
    [
      'a fio file of another version',
      ['add', 'fio', sample('fio-2.1.11-randread.json'), '--product', 'ceph', '--version', '16.2.11'],
      'UPK_EVIDENCE_INPUT',
      'fio-2.1.11',
    ],
    ['a missing file', ['add', 'csv', 'nope.csv', '--product', 'ceph', '--version', '17.2.5'], 'UPK_FILE_NOT_FOUND', 'nope.csv'],
  ])(
    'refuses %s with exit 2 and stores nothing',
    async (_what, args, code, text) => {
      const r = await evidence(...(args as string[]));
      expect(r.code).toBe(2);
      expect(r.err).toContain(code);
      expect(r.err).toContain(text);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(JSON.parse((await evidence('list', '--format', 'json')).out).files).toHaveLength(1);
    },
    60_000,
  );

  it('refuses an XML bomb with exit 2 and stores nothing of it', async () => {
    const bomb = join(ws, 'bomb.xml');
    writeFileSync(
      bomb,
      '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><testsuite><testcase name="&b;"/></testsuite>',
    );
    const r = await evidence('add', 'junit', bomb, '--product', 'ceph', '--version', '17.2.5');
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('UPK_EVIDENCE_INPUT') });
    expect(r.err).toContain('DOCTYPE');
    expect(JSON.parse((await evidence('list', '--format', 'json')).out).files).toHaveLength(1);
  }, 60_000);

  it('syncs the files evidence.yaml lists, once', async () => {
    cpSync(sample('tempest-subunit2junitxml.xml'), join(ws, 'tempest.xml'));
    cpSync(sample('upgrade-trials.csv'), join(ws, 'trials.csv'));
    writeFileSync(
      join(ws, 'evidence.yaml'),
      [
        'files:',
        '  - file: tempest.xml',
        '    kind: junit',
        '    product: ceph',
        '    version: 17.2.5',
        '    env: gx-scs',
        '    note: real tempest sample',
        '  - file: trials.csv',
        '    kind: upgrade-trial',
        '    product: ceph',
        '    version: 17.2.5',
        '',
      ].join('\n'),
    );
    const first = await evidence('sync');
    expect(first).toMatchObject({ code: 0, out: '2 files stored (tempest.xml, trials.csv); 0 stored before.\n' });
    const second = await evidence('sync');
    expect(second.out).toBe('0 files stored; 2 stored before.\n');
    const files = JSON.parse((await evidence('list', '--format', 'json', '--kind', 'junit')).out).files;
    expect(files).toEqual([
      expect.objectContaining({ sourceName: 'tempest.xml', records: 8, addedBy: expect.any(String), tag: expect.objectContaining({ env: 'gx-scs' }) }),
    ]);
  }, 120_000);

  it('points at the manifest line of an entry with an unknown version', async () => {
    writeFileSync(join(ws, 'evidence.yaml'), 'files:\n  - file: tempest.xml\n    kind: junit\n    product: ceph\n    version: 99.0.1\n');
    const r = await evidence('sync');
    expect(r.code).toBe(2);
    expect(r.err).toContain('UPK_UNKNOWN_VERSION');
    expect(r.err).toContain('evidence.yaml:2');
    rmSync(join(ws, 'evidence.yaml'));
  }, 60_000);

  it('removes a file with its records', async () => {
    const r = await evidence('remove', '1');
    expect(r).toMatchObject({ code: 0, out: 'Removed evidence 1 and its records.\n' });
    expect(await evidence('remove', '1')).toMatchObject({ code: 1 });
    expect(JSON.parse((await evidence('list', '--format', 'json', '--kind', 'fio')).out).files).toEqual([]);
  }, 60_000);
});

describe('the evidence store stays out of the way', () => {
  it('is not loaded by the commands that need no evidence: nothing reachable from the CLI entry imports PGlite, pg or Drizzle', () => {
    const bundle = join(repoRoot, 'dist/bundle');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(bundle, file), 'utf8');
      for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[^;'"()]*?from\s*)?["']([^"']+)["']/g)) {
        const spec = m[1] as string;
        if (spec.startsWith('./')) visit(spec.slice(2));
        else expect([file, spec]).not.toEqual([file, expect.stringMatching(/^(@electric-sql\/pglite|pg|drizzle-orm)(\/|$)/)]);
      }
    };
    visit('bin.js');
    expect(seen.size).toBeGreaterThan(3);
    // and the store's modules are in the bundle, loaded on demand
    expect(readdirSync(bundle).some((f) => f.startsWith('drizzle-store-'))).toBe(true);
  });

  it('refuses a --database that is no PostgreSQL URL before opening anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-db-'));
    try {
      cpSync(join(repoRoot, 'examples/scs'), dir, { recursive: true });
      const r = await run('evidence', 'list', '-w', dir, '--database', 'mysql://x');
      expect(r).toMatchObject({ code: 2, err: expect.stringContaining('UPK_DATABASE') });
      expect(existsSync(join(dir, '.upkeep'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
