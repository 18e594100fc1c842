import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { assess } from '../core/stability/assess.js';
import type { Assessment } from '../core/stability/assessment.js';
import { lifecycleFacts } from '../core/stability/lifecycle-facts.js';
import { closest } from '../core/suggest.js';
import type { Workspace } from '../core/workspace.js';
import type { Store } from '../store/types.js';
import { openWorkspace } from '../workspace/index.js';
import type { Progress } from './evidence.js';

export type { Assessment } from '../core/stability/assessment.js';

export interface AssessInput {
  /** The workspace folder (holds upkeep.yaml, and stability.yaml when the criteria differ from the defaults). */
  readonly workspace: string;
  readonly product: string;
  readonly candidate: string;
  readonly baseline: string;
  /** Only evidence of this environment (e.g. gx-scs); all environments when absent. */
  readonly env?: string | undefined;
  readonly asOf: PlainDate;
  /** `postgres://…` for a PostgreSQL server; absent: DATABASE_URL, else the embedded store. Ignored when a store is given. */
  readonly database?: string | undefined;
  /** Bytes read of each large evidence file stored before the assessment (a progress bar). */
  readonly onProgress?: Progress | undefined;
  /** The caller has synced evidence.yaml into the given store already (the dashboard, assessing several candidates). */
  readonly synced?: boolean | undefined;
  /** The workspace as the caller loaded it already. */
  readonly loaded?: Workspace | undefined;
}

export interface AssessResult {
  readonly assessment: Assessment;
  /** The product's display name (Ceph). */
  readonly productName: string;
  /** Files of evidence.yaml stored before the assessment, and what storing them warned of. */
  readonly synced: { readonly added: number; readonly warnings: readonly string[] };
}

/**
 * The stability verdict of a candidate version against its baseline (src/core/stability/assess.ts):
 * the workspace's criteria and lifecycle, the store's evidence. Opens (and closes) the store
 * unless one is given (the server keeps one open).
 */
export async function assessCandidate(input: AssessInput, given?: Store): Promise<AssessResult> {
  if (input.candidate === input.baseline)
    throw new UpkeepError(
      'UPK_USAGE',
      `the candidate and the baseline are both ${input.candidate}`,
      'compare two versions: --baseline names the version in use now',
    );
  const source = openWorkspace(input.workspace);
  const ws = input.loaded ?? (await source.load());
  const product = ws.products.get(input.product);
  if (!product) {
    const near = closest(input.product, ws.products.keys(), 3);
    throw new UpkeepError(
      'UPK_UNKNOWN_PRODUCT',
      `the workspace has no lifecycle of product "${input.product}"`,
      `name a product of ${input.workspace}/products/${near.length ? ` (closest: ${near.join(', ')})` : ''}`,
    );
  }
  const criteria = await source.stability();
  const store = given ?? (await openEvidenceStore(input));
  try {
    // evidence.yaml's files not stored yet go in first (each its own transaction)
    const { syncManifest } = await import('./evidence.js');
    const sync =
      input.synced && given
        ? { added: [], warnings: [] }
        : await syncManifest(input.workspace, store, input.onProgress ? { onProgress: input.onProgress } : {});
    const query = (version: string) => ({ product: input.product, version, ...(input.env !== undefined ? { env: input.env } : {}) });
    const [candidate, baseline] = await Promise.all([store.readEvidence(query(input.candidate)), store.readEvidence(query(input.baseline))]);
    const facts = lifecycleFacts(input.product, product, input.candidate, input.asOf);
    return {
      assessment: assess(candidate, baseline, criteria, facts, input.asOf),
      productName: product.name,
      synced: { added: sync.added.length, warnings: sync.warnings },
    };
  } finally {
    if (!given) await store.close();
  }
}

async function openEvidenceStore(input: AssessInput): Promise<Store> {
  const { databaseUrlOf, openStore } = await import('../store/index.js');
  return openStore({ workspaceDir: input.workspace, databaseUrl: databaseUrlOf(input.database) });
}
