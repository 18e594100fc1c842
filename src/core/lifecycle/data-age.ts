import { daysBetween, type PlainDate } from '../dates.js';
import type { Workspace } from '../workspace.js';

/**
 * How old the lifecycle data is on a date, read from what the workspace records:
 *
 * - each product `upkeep sync` has fetched: the date its source last answered (sync-state.json,
 *   `checked`; a 304 counts: the source confirmed the data current);
 * - each other product with a history: the newest history entry among the products no sync has
 *   touched (an import brings the histories up to the snapshot it was made from, so its data is at
 *   least that new);
 * - products with neither (written by hand, no history) are not counted.
 *
 * The data is as of the OLDEST of those dates: a source that has failed for weeks makes the whole
 * data that old, so a broken sync cannot hide behind the products that still answer.
 *
 * Age is counted to the evaluation date (`--as-of`, default today), not to the clock: a question
 * about a past date answered from newer data replays its history and is exact (age 0); a question
 * about today from data fetched a month ago may miss a month of upstream changes (age 30).
 */
export interface DataAge {
  /** The date the data is known current on; absent when nothing records one. */
  readonly date?: PlainDate;
  /** `sync`: every counted product was synced; `import`: some (or all) were only imported; `none`: no date recorded. */
  readonly basis: 'sync' | 'import' | 'none';
  /** The evaluation date the age is counted to. */
  readonly on: PlainDate;
  /** Days from `date` to `on`; 0 when the data is as new as the question or newer. */
  readonly days: number;
  /** The products whose date is `date` (the ones holding the age up), sorted. */
  readonly oldest: readonly string[];
}

/** The age of the workspace's lifecycle data on `on` (see DataAge). Pure: the dates come from the workspace. */
export function dataAge(ws: Workspace, on: PlainDate): DataAge {
  const synced = ws.synced ?? {};
  let newestHistory: PlainDate | undefined;
  // the import's snapshot, told by the products no sync has touched (a sync's own entries say nothing of the others)
  for (const p of ws.products.values()) {
    if (synced[p.id]) continue;
    for (const f of p.history) if (newestHistory === undefined || f.recorded > newestHistory) newestHistory = f.recorded;
  }
  const dates = new Map<string, PlainDate>();
  let imported = false;
  for (const p of ws.products.values()) {
    const s = synced[p.id];
    if (s) dates.set(p.id, s);
    else if (p.history.length && newestHistory) {
      dates.set(p.id, newestHistory);
      imported = true;
    }
  }
  let date: PlainDate | undefined;
  for (const d of dates.values()) if (date === undefined || d < date) date = d;
  if (date === undefined) return { basis: 'none', on, days: 0, oldest: [] };
  const oldest = [...dates].filter(([, d]) => d === date).map(([id]) => id);
  oldest.sort();
  return { date, basis: imported ? 'import' : 'sync', on, days: Math.max(0, daysBetween(date, on)), oldest };
}
