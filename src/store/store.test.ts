import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { d } from '../../test/builders.js';
import { storeBackends } from '../../test/store-backends.js';
import type { EvidenceBatch } from '../core/stability/records.js';
import type { EvidenceTag } from '../core/stability/types.js';
import { embeddedDir, openStore } from './open.js';
import type { EvidenceFileInput, Store } from './types.js';

const tag = (product: string, version: string, env = 'default'): EvidenceTag => ({ product, version, cycle: version.split('.')[0] ?? null, env });
const file = (t: EvidenceTag, sha256: string, kind: EvidenceFileInput['kind'] = 'junit'): EvidenceFileInput => ({
  kind,
  tag: t,
  sourceName: `${sha256}.xml`,
  sha256,
});

describe.each(storeBackends())('the evidence store on $name', (backend) => {
  let store: Store;
  let place: { workspaceDir: string; databaseUrl: string | undefined };
  beforeAll(async () => {
    place = await backend.fresh();
    store = await openStore(place);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await backend.cleanup();
  });

  it('says which back end it is', () => {
    expect(store.backend).toBe(backend.name);
  });

  it('stores a file with its records and reads them back by product and version', async () => {
    const t = tag('ceph', '17.2.5', 'gx-scs');
    const added = await store.addEvidence({ ...file(t, 'a1'), addedBy: 'alice' }, [
      {
        records: 'tests',
        rows: [
          { suite: 'tempest.api', name: 'test_a', outcome: 'passed', seconds: 1.5 },
          { suite: 'tempest.api', name: 'test_b', outcome: 'failed', seconds: null },
        ],
      },
    ]);
    expect(added.duplicate).toBe(false);
    expect(added.row).toMatchObject({ kind: 'junit', tag: t, sourceName: 'a1.xml', sha256: 'a1', records: 2, addedBy: 'alice' });
    expect(added.row.addedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const set = await store.readEvidence({ product: 'ceph', version: '17.2.5' });
    expect(set.tests).toEqual([
      { suite: 'tempest.api', name: 'test_a', outcome: 'passed', seconds: 1.5 },
      { suite: 'tempest.api', name: 'test_b', outcome: 'failed', seconds: null },
    ]);
    expect((await store.readEvidence({ product: 'ceph', version: '17.2.5', env: 'other' })).tests).toEqual([]);
  });

  it('reads back test cases written in several chunks exactly, in order (odd characters, nulls, many suites)', async () => {
    const t = tag('chunks', '1.0');
    const cases = Array.from({ length: 10_017 }, (_, i) => ({
      suite: i % 2 ? `suite ${i % 97} "quoted"\t\\ {x,y} ü` : 'tempest.api',
      name: `test_${i}${i % 13 === 0 ? '\nline' : ''}`,
      outcome: (['passed', 'failed', 'error', 'skipped'] as const)[i % 4] ?? 'passed',
      seconds: i % 6 === 0 ? null : i * 0.001 + 1e-9,
    }));
    const batches: EvidenceBatch[] = [
      { records: 'tests', rows: cases.slice(0, 5000) },
      { records: 'tests', rows: [] },
      { records: 'tests', rows: cases.slice(5000, 10_000) },
      { records: 'tests', rows: cases.slice(10_000) },
    ];
    expect((await store.addEvidence(file(t, 'chunks'), batches)).row.records).toBe(cases.length);
    expect((await store.readEvidence({ product: 'chunks', version: '1.0' })).tests).toEqual(cases);
  });

  it('stores the same content under the same tag once, and again under another tag', async () => {
    const t = tag('dup', '1.0');
    const first = await store.addEvidence(file(t, 'same'), [{ records: 'tests', rows: [{ suite: 's', name: 'n', outcome: 'passed', seconds: 1 }] }]);
    const again = await store.addEvidence(file(t, 'same'), [{ records: 'tests', rows: [{ suite: 's', name: 'n', outcome: 'passed', seconds: 1 }] }]);
    expect(again).toEqual({ row: first.row, duplicate: true });
    expect((await store.readEvidence({ product: 'dup', version: '1.0' })).tests).toHaveLength(1);
    const other = await store.addEvidence(file(tag('dup', '1.1'), 'same'), []);
    expect(other.duplicate).toBe(false);
    expect(await store.findEvidence(t, 'same')).toEqual(first.row);
    expect(await store.findEvidence(t, 'other')).toBeNull();
  });

  it('keeps nothing of a file whose parser fails half-way (one transaction per file)', async () => {
    const t = tag('broken', '1.0');
    async function* batches(): AsyncGenerator<EvidenceBatch> {
      yield { records: 'samples', rows: [{ metric: 'iops', value: 1, unit: 'IOPS', labels: {} }] };
      throw new Error('truncated');
    }
    await expect(store.addEvidence(file(t, 'b1', 'fio'), batches())).rejects.toThrow('truncated');
    expect(await store.listEvidence({ product: 'broken' })).toEqual([]);
    expect((await store.readEvidence({ product: 'broken', version: '1.0' })).samples.size).toBe(0);
  });

  it('groups benchmark samples by metric as numbers, with their unit', async () => {
    const t = tag('bench', '2.0');
    await store.addEvidence(file(t, 's1', 'fio'), [
      {
        records: 'samples',
        rows: [
          { metric: 'read_iops', value: 100.5, unit: 'IOPS', labels: { job: 'a' } },
          { metric: 'read_iops', value: 99, unit: 'IOPS', labels: { job: 'b' } },
          { metric: 'clat_p99', value: 2048, unit: 'ns', labels: {} },
        ],
      },
    ]);
    await store.addEvidence(file(t, 's2', 'csv'), [{ records: 'samples', rows: [{ metric: 'read_iops', value: 101, unit: 'IOPS', labels: {} }] }]);
    const { samples } = await store.readEvidence({ product: 'bench', version: '2.0' });
    expect([...samples.keys()]).toEqual(['clat_p99', 'read_iops']);
    expect(samples.get('read_iops')?.unit).toBe('IOPS');
    expect([...(samples.get('read_iops')?.values ?? [])].sort()).toEqual([100.5, 101, 99]);
    expect(samples.get('clat_p99')?.values).toBeInstanceOf(Float64Array);
  });

  it('reads series points, alerts, trials, reports and bugs as they went in', async () => {
    const t = tag('mon', '3.1', 'lab');
    await store.addEvidence(file(t, 'p1', 'prometheus'), [
      { records: 'series', rows: [{ metric: 'up', labels: { job: 'ceph' }, at: '2023-03-01T10:00:00.000Z', value: 1 }] },
    ]);
    await store.addEvidence(file(t, 'a1', 'alertmanager'), [
      {
        records: 'alerts',
        rows: [{ name: 'CephHealthWarning', severity: 'warning', startsAt: '2023-03-01T10:00:00.000Z', endsAt: null, labels: { cluster: 'x' } }],
      },
    ]);
    await store.addEvidence(file(t, 't1', 'upgrade-trial'), [
      { records: 'trials', rows: [{ from: '3.0', to: '3.1', result: 'success', durationSeconds: 3600, notes: 'rolling', date: d('2023-03-02') }] },
    ]);
    const report = { product: 'mon', version: '3.1', env: 'lab', outcome: 'incident', severity: 'major', text: 'OSD flapping', date: d('2023-03-03') } as const;
    await store.addEvidence(file(t, 'r1', 'experience'), [{ records: 'reports', rows: [report] }]);
    await store.addEvidence(file(tag('mon', '3.0'), 'bugs', 'bugs'), [
      {
        records: 'bugs',
        rows: [
          { id: 'BUG-1', version: '3.1', severity: 'critical', status: 'open', opened: d('2023-02-01'), closed: null },
          { id: 'BUG-2', version: '3.0', severity: 'minor', status: 'closed', opened: d('2023-01-01'), closed: d('2023-01-05') },
        ],
      },
    ]);
    const set = await store.readEvidence({ product: 'mon', version: '3.1', env: 'lab' });
    expect(set.series).toEqual([{ metric: 'up', labels: { job: 'ceph' }, at: '2023-03-01T10:00:00.000Z', value: 1 }]);
    expect(set.alerts).toEqual([
      { name: 'CephHealthWarning', severity: 'warning', startsAt: '2023-03-01T10:00:00.000Z', endsAt: null, labels: { cluster: 'x' } },
    ]);
    expect(set.trials).toEqual([{ from: '3.0', to: '3.1', result: 'success', durationSeconds: 3600, notes: 'rolling', date: '2023-03-02' }]);
    expect(set.reports).toEqual([report]);
    // a bug counts for the version it names, whichever version its file was tagged with
    expect(set.bugs).toEqual([{ id: 'BUG-1', version: '3.1', severity: 'critical', status: 'open', opened: '2023-02-01', closed: null }]);
    expect(set).toMatchObject({ product: 'mon', version: '3.1', env: 'lab' });
  });

  it('lists files by product, version, env and kind, and removes one with its records', async () => {
    const t = tag('list', '1.0', 'e1');
    const a = await store.addEvidence(file(t, 'l1'), [{ records: 'tests', rows: [{ suite: 's', name: 'n', outcome: 'passed', seconds: 1 }] }]);
    await store.addEvidence(file(tag('list', '2.0'), 'l2', 'csv'), []);
    expect((await store.listEvidence({ product: 'list' })).map((r) => r.sha256)).toEqual(['l1', 'l2']);
    expect((await store.listEvidence({ product: 'list', version: '2.0' })).map((r) => r.sha256)).toEqual(['l2']);
    expect((await store.listEvidence({ product: 'list', env: 'e1' })).map((r) => r.sha256)).toEqual(['l1']);
    expect((await store.listEvidence({ product: 'list', kind: 'csv' })).map((r) => r.sha256)).toEqual(['l2']);
    expect(await store.deleteEvidence(a.row.id)).toBe(true);
    expect(await store.deleteEvidence(a.row.id)).toBe(false);
    expect((await store.readEvidence({ product: 'list', version: '1.0' })).tests).toEqual([]);
  });

  it('keeps experience reports sent one at a time', async () => {
    const report = { product: 'rep', version: '1.0', env: 'default', outcome: 'upgrade-ok', severity: 'info', text: 'smooth', date: d('2023-04-01') } as const;
    const stored = await store.addReport(report, 'bob');
    expect(stored).toMatchObject({ ...report, id: expect.any(Number) });
    expect(await store.listReports({ product: 'rep' })).toEqual([stored]);
    expect(await store.listReports({ product: 'rep', version: '2.0' })).toEqual([]);
    expect((await store.readEvidence({ product: 'rep', version: '1.0' })).reports).toEqual([report]);
  });

  it('counts reports by version and outcome in the database, with the newest date of each', async () => {
    const base = { product: 'cnt', env: 'default', severity: 'info', text: 'x' } as const;
    await store.addReport({ ...base, version: '2.0', outcome: 'upgrade-ok', date: d('2023-05-01') });
    await store.addReport({ ...base, version: '2.0', outcome: 'upgrade-ok', date: d('2023-05-03') });
    await store.addReport({ ...base, version: '2.0', outcome: 'incident', date: d('2023-05-02') });
    await store.addReport({ ...base, version: '1.0', outcome: 'regression', date: d('2023-04-01') });
    await store.addReport({ ...base, product: 'other', version: '2.0', outcome: 'incident', date: d('2023-06-01') });
    const counts = await store.countReports({ product: 'cnt' });
    const key = (c: { version: string; outcome: string }) => `${c.version} ${c.outcome}`;
    expect([...counts].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([
      { product: 'cnt', version: '1.0', outcome: 'regression', count: 1, latest: '2023-04-01' },
      { product: 'cnt', version: '2.0', outcome: 'incident', count: 1, latest: '2023-05-02' },
      { product: 'cnt', version: '2.0', outcome: 'upgrade-ok', count: 2, latest: '2023-05-03' },
    ]);
    expect((await store.countReports()).filter((c) => c.product === 'other')).toEqual([
      { product: 'other', version: '2.0', outcome: 'incident', count: 1, latest: '2023-06-01' },
    ]);
  });

  it('stores a write and its audit entry together or not at all (one transaction), evidence inside it as a savepoint', async () => {
    const report = {
      product: 'tx',
      version: '1.0',
      env: 'default',
      outcome: 'incident',
      severity: 'critical',
      text: 'rolled back',
      date: d('2023-04-02'),
    } as const;
    const auditBefore = (await store.listAudit(10_000)).length;
    await expect(
      store.transaction(async (s) => {
        const stored = await s.addReport(report, 'eve');
        await s.audit({ actor: 'eve', action: 'report.add', target: `report/${stored.id}` });
        await s.addEvidence({ kind: 'csv', tag: tag('tx', '1.0'), sourceName: 'tx.csv', sha256: 'tx' }, [
          { records: 'samples', rows: [{ metric: 'm', value: 1, unit: 'ms', labels: {} }] },
        ]);
        throw new Error('the audit store failed');
      }),
    ).rejects.toThrow('the audit store failed');
    expect(await store.listReports({ product: 'tx' })).toEqual([]);
    expect(await store.listEvidence({ product: 'tx' })).toEqual([]);
    expect((await store.listAudit(10_000)).length).toBe(auditBefore);
    const kept = await store.transaction(async (s) => {
      const stored = await s.addReport(report, 'eve');
      await s.audit({ actor: 'eve', action: 'report.add', target: `report/${stored.id}` });
      return stored;
    });
    expect(await store.listReports({ product: 'tx' })).toEqual([kept]);
    expect((await store.listAudit(1))[0]).toMatchObject({ actor: 'eve', action: 'report.add', target: `report/${kept.id}` });
  });

  it('keeps only the hash of a token, verifies it until it is revoked', async () => {
    const { token, row } = await store.createToken({ name: 'ci', role: 'reporter' });
    expect(token).toMatch(/^upk_[A-Za-z0-9_-]{32}$/);
    expect(row).toMatchObject({ name: 'ci', role: 'reporter', revokedAt: null });
    expect(await store.verifyToken(token)).toEqual(row);
    expect(await store.verifyToken(`${token}x`)).toBeNull();
    expect(await store.listTokens()).toContainEqual(row);
    expect(await store.revokeToken(row.id)).toBe(true);
    expect(await store.revokeToken(row.id)).toBe(false);
    expect(await store.verifyToken(token)).toBeNull();
    expect((await store.listTokens()).find((t) => t.id === row.id)?.revokedAt).toMatch(/Z$/);
  });

  it('records who did what, newest first', async () => {
    await store.audit({ actor: 'alice', action: 'token.create', target: 'ci' });
    await store.audit({ actor: 'bob', action: 'evidence.remove', target: '7' });
    const [last, before] = await store.listAudit(2);
    expect(last).toMatchObject({ actor: 'bob', action: 'evidence.remove', target: '7' });
    expect(before).toMatchObject({ actor: 'alice', action: 'token.create', target: 'ci' });
    expect(last?.at).toMatch(/Z$/);
  });

  it('tells its listeners to reload, until they unsubscribe', async () => {
    let calls = 0;
    const stop = store.onReload(() => calls++);
    await store.notifyReload();
    await expect.poll(() => calls, { timeout: 5000 }).toBe(1);
    stop();
    await store.notifyReload();
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(1);
  });

  it.runIf(backend.name === 'pglite')('is used by one process at a time: a second open of the embedded database is refused, not corrupting it', async () => {
    const e = await openStore(place).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toMatchObject({ code: 'UPK_DATABASE', message: expect.stringContaining(`in use by process ${process.pid} (this one)`) });
    expect(await store.listEvidence({ product: 'dup' })).not.toEqual([]);
  });

  it.runIf(backend.name === 'postgres')('tells the listeners of another connection (LISTEN/NOTIFY)', async () => {
    const other = await openStore(place);
    try {
      let calls = 0;
      const stop = other.onReload(() => calls++);
      await other.notifyReload(); // waits for LISTEN to be in place
      await expect.poll(() => calls, { timeout: 5000 }).toBe(1);
      await store.notifyReload();
      await expect.poll(() => calls, { timeout: 5000 }).toBe(2);
      stop();
    } finally {
      await other.close();
    }
  });

  it('opens an existing store again with its rows (the migrations are applied once)', async () => {
    await store.close();
    if (backend.name === 'pglite') {
      // a lock left by a process that is gone (killed) does not keep the store closed
      const gone = spawnSync(process.execPath, ['-e', '0']).pid;
      writeFileSync(`${embeddedDir(place.workspaceDir)}.lock`, `${gone}\n`);
    }
    store = await openStore(place);
    expect((await store.listEvidence({ product: 'dup' })).length).toBeGreaterThan(0);
  }, 30_000);
});
