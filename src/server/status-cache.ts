import { createHash } from 'node:crypto';
import { failsAt, status } from '../app/check.js';
import type { PlainDate } from '../app/index.js';
import type { Workspace } from '../app/workspace-input.js';
import { renderJson } from '../render/json.js';
import { CheckOutput } from '../render/schema.js';

/** A status document, as data (for the routes that pick from it) and as the JSON sent whole: UTF-8 bytes, encoded once, and their entity tag. */
export interface StatusDocument {
  readonly doc: CheckOutput;
  readonly json: string;
  readonly body: Buffer;
  readonly etag: string;
}

/** Enough for every release on a few dates; a flood of distinct `asOf` values only evicts older entries. */
const MAX_ENTRIES = 256;

/**
 * What only changes when the workspace or the date changes: the status document of a release (or
 * of all, `*`) on a date, computed once per workspace state. The cache of a state is dropped with
 * it (a WeakMap keyed by the state), so a reload needs no invalidation.
 */
export class StatusCache {
  private readonly byState = new WeakMap<Workspace, Map<string, Promise<StatusDocument>>>();

  /** The document of `release` (`undefined`: all releases) on `asOf`, as the workspace state `ws` says. */
  get(ws: Workspace, asOf: PlainDate, release: string | undefined): Promise<StatusDocument> {
    let entries = this.byState.get(ws);
    if (!entries) this.byState.set(ws, (entries = new Map()));
    const key = `${asOf}|${release ?? '*'}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = compute(ws, asOf, release);
      // a failure (an unknown release) is not kept: the next request asks again
      entry.catch(() => entries.delete(key));
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
    }
    return entry;
  }

  /** Computes today's documents of a new state before a request asks (each release and all). */
  async warm(ws: Workspace, asOf: PlainDate): Promise<void> {
    await this.get(ws, asOf, undefined);
    for (const r of ws.releases) await this.get(ws, asOf, r.id);
  }
}

async function compute(ws: Workspace, asOf: PlainDate, release: string | undefined): Promise<StatusDocument> {
  const { report, productName } = await status({ workspace: ws, asOf, releases: release === undefined ? [] : [release] });
  const exitCode = failsAt(report, 'error') ? 1 : 0;
  // checked once here, as the route's schema says, since the text is then sent as it is
  const doc = CheckOutput.parse(JSON.parse(renderJson(report, productName, exitCode)));
  const json = JSON.stringify(doc);
  const body = Buffer.from(json, 'utf8');
  return { doc, json, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}
