import type { EvidenceSet } from '../src/core/stability/types.js';
import type { Store } from '../src/store/types.js';

/** A Store that holds evidence sets in memory: readEvidence and close work, anything else throws. */
export function fakeStore(sets: readonly EvidenceSet[]): Store & { closed: boolean; queries: unknown[] } {
  const queries: unknown[] = [];
  const missing = (name: string) => () => {
    throw new Error(`fakeStore: ${name} is not faked`);
  };
  const store = {
    backend: 'pglite' as const,
    closed: false,
    queries,
    async close() {
      store.closed = true;
    },
    async listEvidence(filter: { product?: string } = {}) {
      return sets
        .filter((s) => filter.product === undefined || s.product === filter.product)
        .map((s, id) => ({
          id,
          kind: 'csv',
          tag: { product: s.product, version: s.version, cycle: null, env: s.env ?? 'default' },
          sourceName: 'fake',
          sha256: '',
          records: 0,
          addedAt: '',
          addedBy: null,
        }));
    },
    async readEvidence(q: { product: string; version: string; env?: string }): Promise<EvidenceSet> {
      queries.push(q);
      const found = sets.find((s) => s.product === q.product && s.version === q.version);
      if (found) return found;
      return {
        product: q.product,
        version: q.version,
        env: q.env ?? null,
        tests: [],
        samples: new Map(),
        series: [],
        alerts: [],
        trials: [],
        reports: [],
        bugs: [],
      };
    },
  };
  return new Proxy(store, { get: (t, k) => (k in t ? t[k as keyof typeof t] : missing(String(k))) }) as unknown as Store & {
    closed: boolean;
    queries: unknown[];
  };
}
