import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { isUpkeepError } from '../app/index.js';
import { renderProblems } from '../render/problems.js';
import type { ServerContext } from './context.js';
import type { ServerMetrics } from './metrics.js';

/** Changes closer together than this are one reload (an editor writes a file in several steps; a git checkout touches many). */
const DEBOUNCE_MS = 200;

/** What a workspace folder declares; the store's `.upkeep/` and anything else in the folder are not watched. */
const ROOT_FILES = new Set(['upkeep.yaml', 'policy.yaml', 'products', 'releases']);
const FOLDERS = ['products', 'releases'];

export interface Reloader {
  /** Reloads soon (changes in quick succession are one reload). */
  schedule(): void;
  /** Stops watching; a scheduled reload is dropped. */
  close(): void;
}

/**
 * Re-reads the workspace when its files change or another replica says so (LISTEN/NOTIFY), one
 * reload at a time. Requests keep being answered from the state served until the new one has
 * loaded whole (src/workspace/source.ts swaps it); a bad edit is logged and the last good state stays.
 */
export function startReloader(ctx: ServerContext, metrics: ServerMetrics, log: FastifyBaseLogger): Reloader {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const reload = async (): Promise<void> => {
    try {
      const ws = await ctx.source.reload();
      metrics.reloads.inc({ outcome: 'ok' });
      log.info({ workspace: ws.name, releases: ws.releases.length }, 'workspace reloaded');
      await ctx.status.warm(ws, ctx.today());
    } catch (e) {
      metrics.reloads.inc({ outcome: 'failed' });
      if (isUpkeepError(e)) log.warn({ problems: renderProblems(e.problems) }, 'workspace reload failed: the last good state stays served');
      else log.error({ err: e }, 'workspace reload failed');
    }
  };
  const run = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = reload().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
    timer.unref();
  };

  const watchers: FSWatcher[] = [];
  const watchAt = (path: string, relevant: (file: string | null) => boolean) => {
    try {
      // folders, not files: an editor that saves by renaming replaces the file a watch would hold
      const w = watch(path, { persistent: false }, (_event, file) => {
        if (relevant(file)) schedule();
      });
      w.on('error', () => undefined);
      watchers.push(w);
    } catch {
      // a folder the workspace does not have: nothing to watch there
    }
  };
  watchAt(ctx.source.dir, (file) => file === null || ROOT_FILES.has(file));
  for (const folder of FOLDERS) watchAt(join(ctx.source.dir, folder), () => true);
  const unlisten = ctx.store.onReload(schedule);
  return {
    schedule,
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      unlisten();
    },
  };
}
