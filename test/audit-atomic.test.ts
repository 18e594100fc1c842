import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/app/access-tokens.js';
import { submitReport } from '../src/app/experience-reports.js';
import type { PlainDate } from '../src/core/dates.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { repoRoot } from './paths.js';
import { storeBackends } from './store-backends.js';

/**
 * Every write of the server is audited, and the write and its audit entry are one transaction:
 * when the audit entry cannot be stored, the write is not stored either (on both back ends).
 */
const scs = join(repoRoot, 'examples/scs');

/** The store, except that inside a transaction its audit fails (the audit table is unwritable). */
function auditFails(real: Store): Store {
  const inner = (s: Store): Store =>
    new Proxy(s, {
      get: (t, k) =>
        k === 'audit'
          ? async () => {
              throw new Error('the audit entry could not be stored');
            }
          : Reflect.get(t, k),
    });
  return new Proxy(real, {
    get: (t, k) => (k === 'transaction' ? <T>(work: (s: Store) => Promise<T>) => t.transaction((s) => work(inner(s))) : Reflect.get(t, k)),
  });
}

describe.each(storeBackends())('a write and its audit entry, on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('are stored together or not at all: a report, a token', async () => {
    const store = await openStore(await backend.fresh());
    try {
      const report = {
        product: 'ceph',
        version: '17.2.6',
        env: 'gx-scs',
        outcome: 'incident',
        severity: 'major',
        text: 'x',
        date: '2023-04-01' as PlainDate,
      } as const;
      await expect(submitReport({ store: auditFails(store), workspace: scs, report, actor: 'token 1 (ops)' })).rejects.toThrow('could not be stored');
      await expect(createToken({ store: auditFails(store), name: 'ci', role: 'reporter', actor: 'cli' })).rejects.toThrow('could not be stored');
      expect(await store.listReports()).toEqual([]);
      expect(await store.listTokens()).toEqual([]);
      expect(await store.listAudit()).toEqual([]);
      const stored = await submitReport({ store, workspace: scs, report, actor: 'token 1 (ops)' });
      expect(await store.listReports()).toEqual([stored]);
      expect(await store.listAudit()).toEqual([expect.objectContaining({ actor: 'token 1 (ops)', action: 'report.add', target: `report/${stored.id}` })]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
