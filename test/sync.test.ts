/**
 * `upkeep sync` against a local fake of the sources (test/fake-sources.ts): what changed upstream
 * becomes history entries on the sync date, so answers "as of" earlier dates stay what they were; a
 * failing source leaves its product as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlainDate } from '../src/core/dates.js';
import { knownAt } from '../src/core/lifecycle/replay.js';
import { loadWorkspace } from '../src/workspace/load.js';
import { run } from './cli-io.js';
import { apiAnswer, type FakeSources, fakeProxy, fakeSources, scsWithSources, snapshot, syncFrom, TEST_CA } from './fake-sources.js';
import { data } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const temp = cliTempDirs('upkeep-sync-');
const SYNC_DATE = '2026-11-30';

let srv: FakeSources;
beforeAll(async () => {
  srv = await fakeSources();
});
afterAll(() => srv.close());

const scsCopy = () => scsWithSources(srv, temp());
const sync = (dir: string, prefix: string, ...more: string[]) => syncFrom(srv, dir, prefix, SYNC_DATE, ...more);

const cycleOf = (dir: string, product: string, cycle: string, asOf: string) =>
  knownAt(loadWorkspace(dir).products.get(product) as never, asOf as PlainDate).find(cycle);

describe('upkeep sync', () => {
  it('with nothing changed upstream writes no lifecycle file, records the check dates, and asks conditionally the next time (304)', async () => {
    const { dir, prefix } = scsCopy();
    const before = snapshot(dir);
    const first = await sync(dir, prefix);
    expect(first.code, first.out + first.err).toBe(0);
    expect(first.out).toContain('0 products changed');
    expect(first.out).toContain('2 without a source (ovn, ovs)');
    const after = snapshot(dir);
    expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['/sync-state.json']);
    const state = JSON.parse(after['/sync-state.json'] as string);
    expect(state.products.ceph).toMatchObject({ format: 'ceph-releases', checked: SYNC_DATE, fetched: SYNC_DATE });
    expect(state.products.redis.etag).toMatch(/^"/);

    const seen = srv.requests.length;
    const second = await sync(dir, prefix, '--date', '2026-12-01');
    expect(second.code).toBe(0);
    expect(second.out).toContain('17 unchanged (17 not modified, 304)');
    const asked = srv.requests.slice(seen);
    expect(asked).toHaveLength(17);
    expect(asked.every((r) => r.conditional)).toBe(true);
    const state2 = JSON.parse(readFileSync(join(dir, 'sync-state.json'), 'utf8'));
    expect(state2.products.ceph).toMatchObject({ checked: '2026-12-01', fetched: SYNC_DATE });

    const again = srv.requests.length;
    expect((await sync(dir, prefix, '--products', 'ceph', '--force')).code).toBe(0);
    expect(srv.requests.slice(again)).toEqual([{ path: `${prefix}/ceph/releases.yml`, conditional: false }]);
  });

  it('records a moved date as a history entry on the sync date: as-of answers before it stay, after it the new date holds', async () => {
    const { dir, prefix } = scsCopy();
    const releases = readFileSync(data('ceph/releases.yml'), 'utf8');
    expect(releases).toContain('2026-09-19');
    srv.routes.set(`${prefix}/ceph/releases.yml`, { body: releases.replace('2026-09-19', '2027-03-31') });
    const checkBefore = await run('check', dir, '--as-of', '2024-06-01', '--format', 'json');
    const r = await sync(dir, prefix, '--products', 'ceph');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('ceph 19: maintained.announced 2026-09-19 → 2027-03-31');
    expect(readFileSync(join(dir, 'products/ceph.history.jsonl'), 'utf8')).toBe(
      `{"recorded":"${SYNC_DATE}","cycle":"19","field":"maintained.announced","to":"2027-03-31","source":"upkeep sync ${srv.url}${prefix}/ceph/releases.yml"}\n`,
    );
    expect(cycleOf(dir, 'ceph', '19', '2026-11-29')?.ends.maintained?.announced).toBe('2026-09-19');
    expect(cycleOf(dir, 'ceph', '19', SYNC_DATE)?.ends.maintained?.announced).toBe('2027-03-31');
    const checkAfter = await run('check', dir, '--as-of', '2024-06-01', '--format', 'json');
    expect(checkAfter.out).toBe(checkBefore.out);
  });

  it('gives a field the history never named a baseline entry, so dates before the sync keep the earlier value', async () => {
    const { dir, prefix } = scsCopy();
    const k8s = loadWorkspace(dir).products.get('kubernetes');
    if (!k8s) throw new Error('no kubernetes');
    const named = new Set(k8s.history.map((f) => `${f.cycle} ${f.field}`));
    const cycle = k8s.cycles.find((c) => c.latest && !named.has(`${c.id} latest`));
    if (!cycle) throw new Error('every kubernetes latest is named in its history');
    srv.routes.set(`${prefix}/api/v1/products/kubernetes`, {
      body: apiAnswer(k8s, (c) => (c.id === cycle.id ? { ...c, latest: `${cycle.id}.99`, latestDate: '2026-11-20' as PlainDate } : c)),
    });
    const r = await sync(dir, prefix, '--products', 'kubernetes');
    expect(r.out).toContain(`kubernetes ${cycle.id}: latest ${cycle.latest} → ${cycle.id}.99`);
    const lines = readFileSync(join(dir, 'products/kubernetes.history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .slice(-4)
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.field === 'latest').map((l) => [l.to, l.recorded < SYNC_DATE])).toEqual([
      [cycle.latest, true],
      [`${cycle.id}.99`, false],
    ]);
    expect(cycleOf(dir, 'kubernetes', cycle.id, '2026-11-29')?.latest).toBe(cycle.latest);
    expect(cycleOf(dir, 'kubernetes', cycle.id, SYNC_DATE)?.latest).toBe(`${cycle.id}.99`);
  });

  it('adds a new cycle, known from the sync date on, and keeps a cycle upstream no longer lists (said, not dropped)', async () => {
    const { dir, prefix } = scsCopy();
    const redis = loadWorkspace(dir).products.get('redis');
    if (!redis) throw new Error('no redis');
    const gone = redis.cycles.at(-1)?.id as string;
    const answer = JSON.parse(apiAnswer({ ...redis, cycles: redis.cycles.slice(0, -1) }));
    answer.result.releases.unshift({ name: '9.9', releaseDate: '2026-11-01', isEol: false, isEoas: false, eoasFrom: '2027-11-01' });
    srv.routes.set(`${prefix}/api/v1/products/redis`, { body: JSON.stringify(answer) });
    const r = await sync(dir, prefix, '--products', 'redis');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('redis 9.9: new cycle');
    expect(r.out).toContain(`redis ${gone}: no longer published upstream; kept as it was`);
    expect(cycleOf(dir, 'redis', '9.9', '2026-11-29')).toBeUndefined();
    expect(cycleOf(dir, 'redis', '9.9', SYNC_DATE)?.ends.maintained?.announced).toBe('2027-11-01');
    expect(
      loadWorkspace(dir)
        .products.get('redis')
        ?.cycles.some((c) => c.id === gone),
    ).toBe(true);
  });

  it('--dry-run shows the changes and writes nothing', async () => {
    const { dir, prefix } = scsCopy();
    srv.routes.set(`${prefix}/ceph/releases.yml`, { body: readFileSync(data('ceph/releases.yml'), 'utf8').replace('2026-09-19', '2027-03-31') });
    const before = snapshot(dir);
    const r = await sync(dir, prefix, '--products', 'ceph', '--dry-run');
    expect(r.out).toContain('(dry run: nothing written)');
    expect(r.out).toContain('ceph 19: maintained.announced 2026-09-19 → 2027-03-31');
    expect(r.out).toContain('1 product would change');
    expect(snapshot(dir)).toEqual(before);
    const json = JSON.parse((await sync(dir, prefix, '--products', 'ceph', '--dry-run', '--format', 'json')).out);
    expect(json).toMatchObject({ schema: 'upkeep.sync/v1', date: SYNC_DATE, dry_run: true, written: [] });
    expect(json.products[0]).toMatchObject({
      product: 'ceph',
      status: 'changed',
      format: 'ceph-releases',
      history_entries: 1,
      changes: [
        {
          kind: 'field',
          cycle: '19',
          field: 'maintained.announced',
          from: '2026-09-19',
          to: '2027-03-31',
          text: 'ceph 19: maintained.announced 2026-09-19 → 2027-03-31',
        },
      ],
    });
  });

  it.each([
    ['a 500', { body: '', status: 500 }, 'HTTP 500'],
    ['malformed JSON', { body: '{"result": {"name": "redis", ' }, 'not JSON'],
    ['an answer of the wrong shape', { body: '{"result": {}}' }, 'result.name'],
  ])('leaves a product as it was on %s, says so and exits 1; the other products are applied', async (_, route, words) => {
    const { dir, prefix } = scsCopy();
    srv.routes.set(`${prefix}/api/v1/products/redis`, route);
    srv.routes.set(`${prefix}/ceph/releases.yml`, { body: readFileSync(data('ceph/releases.yml'), 'utf8').replace('2026-09-19', '2027-03-31') });
    const before = snapshot(dir);
    const r = await sync(dir, prefix, '--products', 'redis,ceph');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^redis: FAILED, left as it was: .*/m);
    expect(r.out).toContain(words);
    expect(r.out).toContain('1 failed');
    const after = snapshot(dir);
    for (const f of Object.keys(before).filter((f) => f.includes('redis'))) expect(after[f]).toBe(before[f]);
    expect(after['/products/ceph.history.jsonl']).toContain('2027-03-31');
    expect(JSON.parse(after['/sync-state.json'] as string).products.redis).toBeUndefined();
  });

  it('gives up a source that does not answer within --timeout', async () => {
    const { dir, prefix } = scsCopy();
    srv.routes.set(`${prefix}/api/v1/products/redis`, { body: '', hang: true });
    const before = snapshot(dir);
    const started = Date.now();
    const r = await sync(dir, prefix, '--products', 'redis', '--timeout', '0.3');
    expect(r.code).toBe(1);
    expect(r.out).toContain('no answer within 0.3 s');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(snapshot(dir)).toEqual(before);
  });

  it('retries a 503 with backoff and then applies the answer', async () => {
    const { dir, prefix } = scsCopy();
    srv.routes.set(`${prefix}/ceph/releases.yml`, { body: readFileSync(data('ceph/releases.yml'), 'utf8'), failFirst: [503] });
    const r = await sync(dir, prefix, '--products', 'ceph', '--retries', '1');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('1 unchanged');
  });

  it('goes through the proxy HTTP_PROXY names, and not for hosts NO_PROXY names', async () => {
    const { dir, prefix } = scsCopy();
    const proxy = await fakeProxy();
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    try {
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      const r = await sync(dir, prefix, '--products', 'ceph');
      expect(r.code, r.out).toBe(0);
      expect(proxy.seen.join(' ')).toContain(new URL(srv.url).host);
      const seen = proxy.seen.length;
      process.env.NO_PROXY = '127.0.0.1';
      const direct = await sync(dir, prefix, '--products', 'ceph');
      expect(direct.code).toBe(0);
      expect(proxy.seen.length).toBe(seen);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      await proxy.close();
    }
  });

  it('asks its sources in parallel, at most --parallel at once', async () => {
    const { dir, prefix } = scsCopy();
    for (const [path, route] of srv.routes) if (path.startsWith(prefix)) route.delayMs = 100;
    srv.maxInFlight(true);
    const r = await sync(dir, prefix, '--parallel', '4');
    expect(r.code, r.out).toBe(0);
    expect(srv.maxInFlight(true)).toBe(4);
  });

  it('after an import of a product asks its source unconditionally again (the import replaced what the sync knew)', async () => {
    const { dir, prefix } = scsCopy();
    await sync(dir, prefix, '--products', 'ceph,redis');
    const imported = await run('import', 'ceph-releases', data('ceph/releases.yml'), '-w', dir, '--drop-history');
    expect(imported.code, imported.err).toBe(0);
    const state = JSON.parse(readFileSync(join(dir, 'sync-state.json'), 'utf8'));
    expect(Object.keys(state.products)).toEqual(['redis']);
    const seen = srv.requests.length;
    await sync(dir, prefix, '--products', 'ceph');
    expect(srv.requests.slice(seen)).toEqual([{ path: `${prefix}/ceph/releases.yml`, conditional: false }]);
  });

  it('trusts an HTTPS source signed by --ca-file, reached through the proxy HTTPS_PROXY names (CONNECT); without the CA it fails', async () => {
    const tls = await fakeSources({ tls: true });
    const proxy = await fakeProxy();
    const saved = process.env.HTTPS_PROXY;
    try {
      const { dir } = scsCopy();
      tls.routes.set('/releases.yml', { body: readFileSync(data('ceph/releases.yml'), 'utf8') });
      const file = join(dir, 'products/ceph.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/url: .*/, `url: ${tls.url}/releases.yml`));
      process.env.HTTPS_PROXY = proxy.url;
      const untrusted = await run('sync', dir, '--products', 'ceph', '--retries', '0', '--date', SYNC_DATE);
      expect(untrusted.code).toBe(1);
      expect(untrusted.out).toMatch(/ceph: FAILED, left as it was: .*(self-signed|certificate)/);
      const trusted = await run('sync', dir, '--products', 'ceph', '--retries', '0', '--date', SYNC_DATE, '--ca-file', TEST_CA);
      expect(trusted.code, trusted.out).toBe(0);
      expect(trusted.out).toContain('1 unchanged');
      expect(proxy.seen).toContain(`CONNECT ${new URL(tls.url).host}`);
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
      await proxy.close();
      await tls.close();
    }
  });

  it('refuses a --ca-file without a PEM certificate (exit 2)', async () => {
    const { dir, prefix } = scsCopy();
    const r = await sync(dir, prefix, '--products', 'ceph', '--ca-file', join(dir, 'policy.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('holds no PEM certificate');
  });

  it('refuses an unknown product with the closest names (exit 2) and fetches nothing', async () => {
    const { dir, prefix } = scsCopy();
    const r = await sync(dir, prefix, '--products', 'cepth');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean ceph');
    expect(existsSync(join(dir, 'sync-state.json'))).toBe(false);
  });
});
