import type { PlainDate } from '../core/dates.js';
import type { DataAge } from '../core/lifecycle/data-age.js';
import { openWorkspace } from '../workspace/index.js';

/**
 * How old a workspace's lifecycle data is on a date (src/core/lifecycle/data-age.ts: the oldest
 * last answer of a synced source, else the newest history entry). For `/metrics` (a gauge of
 * `days`, and `date` as a timestamp) and any other edge; the wording is src/render/data-age.ts.
 */
export { type DataAge, dataAge } from '../core/lifecycle/data-age.js';

/** The same for a workspace folder (loaded through the parse cache). */
export async function workspaceDataAge(workspace: string, on: PlainDate): Promise<DataAge> {
  const { dataAge } = await import('../core/lifecycle/data-age.js');
  return dataAge(await openWorkspace(workspace).load(), on);
}
