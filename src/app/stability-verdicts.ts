import type { PlainDate } from '../core/dates.js';
import { assess } from '../core/stability/assess.js';
import type { Overall } from '../core/stability/assessment.js';
import { lifecycleFacts } from '../core/stability/lifecycle-facts.js';
import { type StabilityVerdicts, verdictKey } from '../core/stability/verdicts.js';
import type { Workspace } from '../core/workspace.js';
import type { Store } from '../store/types.js';
import { openWorkspace } from '../workspace/index.js';

/**
 * The verdicts the policy's `stable_enough` rule reads, for a release planned from `base`: every
 * version of a listed product that has evidence in the store, assessed against the version the base
 * release pins (that one counts as stable enough: it is the baseline). Undefined when the policy
 * lists no product, without opening the store (opening it is slow).
 */
export async function stabilityVerdicts(
  workspace: string,
  ws: Workspace,
  baseRelease: string | undefined,
  asOf: PlainDate,
  options: { readonly database?: string | undefined; readonly store?: Store } = {},
): Promise<StabilityVerdicts | undefined> {
  const products = ws.policy.stableEnough.products;
  if (products.length === 0) return undefined;
  // the base of the plan: the release named, else the latest (as the planner picks it)
  const base = baseRelease
    ? ws.releases.find((r) => r.id === baseRelease)
    : [...ws.releases].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (!base) return undefined;
  const criteria = await openWorkspace(workspace).stability();
  const store = options.store ?? (await openStoreFor(workspace, options.database));
  const verdicts = new Map<string, Overall>();
  try {
    const { syncManifest } = await import('./evidence.js');
    await syncManifest(workspace, store);
    for (const product of products) {
      const inUse = base.pins.filter((p) => ws.components.get(p.component)?.product === product).map((p) => p.version);
      const baseline = inUse[0];
      if (baseline === undefined) continue;
      for (const v of inUse) verdicts.set(verdictKey(product, v), 'stable-enough');
      const versions = new Set((await store.listEvidence({ product })).map((f) => f.tag.version));
      const baselineSet = await store.readEvidence({ product, version: baseline });
      for (const version of versions) {
        if (verdicts.has(verdictKey(product, version))) continue;
        const candidate = await store.readEvidence({ product, version });
        const facts = lifecycleFacts(product, ws.products.get(product), version, asOf);
        verdicts.set(verdictKey(product, version), assess(candidate, baselineSet, criteria, facts, asOf).overall);
      }
    }
  } finally {
    if (!options.store) await store.close();
  }
  return verdicts;
}

async function openStoreFor(workspace: string, database: string | undefined): Promise<Store> {
  const { databaseUrlOf, openStore } = await import('../store/index.js');
  return openStore({ workspaceDir: workspace, databaseUrl: databaseUrlOf(database) });
}
