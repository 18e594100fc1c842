import type { PlainDate } from './dates.js';
import type { UpkeepError } from './errors.js';
import type { LifecycleChange } from './lifecycle/diff.js';

/** What `upkeep sync` did, as data (src/render/sync-text.ts words it). */
export interface SyncReport {
  readonly date: PlainDate;
  readonly dryRun: boolean;
  readonly products: readonly ProductSync[];
  /** Files written (none on a dry run or when no source answered). */
  readonly written: readonly string[];
}

export type ProductSyncStatus = 'changed' | 'unchanged' | 'failed' | 'skipped';

export interface ProductSync {
  readonly product: string;
  readonly status: ProductSyncStatus;
  /** What was fetched: an importer's format and its URL. */
  readonly source?: { readonly format: string; readonly url: string };
  /** 304: the source said so without sending its answer again. */
  readonly notModified?: boolean;
  readonly changes: readonly LifecycleChange[];
  /** History entries added (baselines included). */
  readonly entries: number;
  /** Why it failed: the product is left as it was. */
  readonly error?: UpkeepError;
  /** Why it was skipped (no source). */
  readonly reason?: string;
}
