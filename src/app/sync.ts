import { join } from 'node:path';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { lifecycleUpdate, updatesFiles } from '../core/lifecycle/diff.js';
import type { Product } from '../core/lifecycle/types.js';
import { validateLifecycle } from '../core/lifecycle/validate.js';
import { closest } from '../core/suggest.js';
import type { ProductSync, SyncReport } from '../core/sync.js';
import { commitFiles, type FileChange } from '../files/atomic-write.js';
import { createFetcher, type HttpOptions, mapLimit } from '../formats/http.js';
import { cyclesOf, DEFAULT_ENDOFLIFE_API, type SyncFormat, type SyncSetting, type SyncSource, syncSource } from '../formats/sources.js';
import { openWorkspace } from '../workspace/index.js';
import { readSyncState, type SourceState, SYNC_STATE_FILE, syncStateText } from '../workspace/sync-state.js';

export type { LifecycleChange } from '../core/lifecycle/diff.js';
export type { HttpOptions } from '../formats/http.js';
export { DEFAULT_ENDOFLIFE_API } from '../formats/sources.js';

export interface SyncInput {
  /** The workspace folder. */
  readonly workspace: string;
  /** The sync date: every change is a history entry recorded on it (the edge passes today). */
  readonly date: PlainDate;
  /** Only these products (all with a source when empty). */
  readonly products?: readonly string[];
  /** Fetch and compare, write nothing. */
  readonly dryRun?: boolean;
  /** Ask unconditionally and compare every answer (after lifecycle files were edited by hand). */
  readonly force?: boolean;
  /** The endoflife.date API base (default https://endoflife.date/api/v1). */
  readonly endoflifeApi?: string;
  readonly http?: HttpOptions;
  /** Called as each product's source has answered (or failed). */
  readonly onProgress?: (done: number, total: number, product: string) => void;
}

export type { ProductSync, ProductSyncStatus, SyncReport } from '../core/sync.js';

/** The products asked for, each known to the workspace (a typo is an error with the closest names). */
function selected(products: ReadonlyMap<string, Product>, names: readonly string[] | undefined): Product[] {
  if (!names?.length) return [...products.values()].sort((a, b) => a.id.localeCompare(b.id));
  return names.map((n) => {
    const p = products.get(n);
    if (p) return p;
    const near = closest(n, products.keys(), 3);
    throw new UpkeepError(
      'UPK_UNKNOWN_PRODUCT',
      `--products: the workspace has no product "${n}"`,
      near.length ? `did you mean ${near.join(', ')}?` : `products: ${[...products.keys()].join(', ')}`,
    );
  });
}

function asUpkeepError(e: unknown, source: SyncSource): UpkeepError {
  if (e instanceof UpkeepError) return e;
  return new UpkeepError('UPK_SYNC_FETCH', `${source.url}: ${(e as Error).message ?? String(e)}`, 'the product is left as it was', { file: source.url });
}

/**
 * Fetches each product's source and applies what changed (src/core/lifecycle/diff.ts): the new
 * current cycles, and a history entry recorded on `date` for each changed field, so that answers
 * "as of" any date stay what they were. Conditional requests use the validators kept in
 * sync-state.json. A source that fails leaves its product as it was (reported, the others are
 * applied); everything that is written is written at once, or nothing (src/files/atomic-write.ts).
 */
export async function sync(input: SyncInput): Promise<SyncReport> {
  const dir = input.workspace;
  const ws = await openWorkspace(dir).load();
  const state = readSyncState(dir);
  const products = selected(ws.products, input.products);
  const api = input.endoflifeApi ?? DEFAULT_ENDOFLIFE_API;
  const plan = products.map((p) => ({ product: p, source: syncSource(p, p.sync as SyncSetting | undefined, api) }));
  const fetcher = await createFetcher(input.http);
  const nextState: Record<string, SourceState> = { ...state.products };
  const changes: FileChange[] = [];
  const total = plan.filter((p) => p.source).length;
  let done = 0;
  let results: ProductSync[];
  try {
    results = await mapLimit(plan, input.http?.parallel ?? 8, async ({ product, source }): Promise<ProductSync> => {
      if (!source) return { product: product.id, status: 'skipped', changes: [], entries: 0, reason: 'no source to fetch (a lifecycle written by hand)' };
      const before = state.products[product.id];
      const known = before && before.url === source.url && before.format === source.format ? before : undefined;
      const validators = input.force ? undefined : known;
      try {
        const answer = await fetcher.get(
          source.url,
          validators && {
            ...(validators.etag ? { etag: validators.etag } : {}),
            ...(validators.last_modified ? { lastModified: validators.last_modified } : {}),
          },
        );
        const v = answer.validators;
        const entry = (fetched: PlainDate | undefined, sha256: string | undefined): SourceState => ({
          format: source.format,
          url: source.url,
          checked: input.date,
          ...(fetched ? { fetched } : {}),
          ...(v.etag ? { etag: v.etag } : {}),
          ...(v.lastModified ? { last_modified: v.lastModified } : {}),
          ...(sha256 ? { sha256 } : {}),
        });
        if (answer.status === 'unchanged') {
          nextState[product.id] = entry(known?.fetched, known?.sha256);
          return { product: product.id, status: 'unchanged', source, notModified: true, changes: [], entries: 0 };
        }
        const upstream = await cyclesOf(source, answer.text);
        const update = lifecycleUpdate(product, upstream.cycles, input.date, `upkeep sync ${source.url}`);
        if (updatesFiles(update)) {
          const history = [...product.history, ...update.facts].sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
          const problems = validateLifecycle({ ...product, cycles: update.cycles, history });
          if (problems.length) throw new UpkeepError(problems.map((p) => ({ ...p, location: { file: source.url } })) as [(typeof problems)[0]]);
          const { syncedProductFiles } = await import('../workspace/sync-write.js');
          changes.push(...syncedProductFiles(dir, product.id, update.cycles, update.facts));
        }
        const changedAnswer = known?.sha256 !== answer.sha256;
        nextState[product.id] = entry(changedAnswer || !known?.fetched ? input.date : known.fetched, answer.sha256);
        return { product: product.id, status: updatesFiles(update) ? 'changed' : 'unchanged', source, changes: update.changes, entries: update.facts.length };
      } catch (e) {
        return { product: product.id, status: 'failed', source, changes: [], entries: 0, error: asUpkeepError(e, source) };
      } finally {
        input.onProgress?.(++done, total, product.id);
      }
    });
  } finally {
    await fetcher.close();
  }
  const answered = results.some((r) => r.status === 'changed' || r.status === 'unchanged');
  const stateText = syncStateText({ version: 1, products: nextState });
  // unchanged (a second sync the same day, every source 304): not rewritten, so the parse cache stays valid
  if (answered && stateText !== syncStateText(state)) changes.push({ path: join(dir, SYNC_STATE_FILE), content: stateText });
  if (!input.dryRun && changes.length) commitFiles(changes);
  return { date: input.date, dryRun: Boolean(input.dryRun), products: results, written: input.dryRun ? [] : changes.map((c) => c.path) };
}

export type { SyncFormat };
