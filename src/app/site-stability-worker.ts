/**
 * The worker thread of `startStabilityThread` (src/app/site-stability-thread.ts): builds the
 * dashboard's stability section and answers once, with progress on the way. The store starts
 * opening before the workspace loads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UpkeepError } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { openWorkspace } from '../workspace/index.js';
import { siteStability } from './site.js';
import type { StabilityJob } from './site-stability-thread.js';

const port = parentPort;
if (port) {
  const job = workerData as StabilityJob;
  try {
    // the store starts opening first (PGlite compiles its WebAssembly off this thread) while the workspace loads
    const { readManifest } = await import('../formats/evidence/manifest.js');
    let opening: Promise<Store> | undefined;
    try {
      if (readManifest(job.workspace)) {
        const { databaseUrlOf, openStore } = await import('../store/index.js');
        opening = openStore({ workspaceDir: job.workspace, databaseUrl: databaseUrlOf(job.database) });
        opening.catch(() => undefined); // siteStability awaits it and says why it failed
      }
    } catch {
      opening = undefined; // a manifest or URL that siteStability reports in its own words
    }
    const loading = openWorkspace(job.workspace).load();
    loading.catch(() => undefined); // a workspace that does not load: siteStability says so, and the main thread's own load fails the command
    const stability = await siteStability(loading, { ...job, onProgress: (progress) => port.postMessage({ type: 'progress', progress }) }, opening);
    port.postMessage({ type: 'done', stability });
  } catch (e) {
    if (e instanceof UpkeepError) port.postMessage({ type: 'error', problems: e.problems });
    else port.postMessage({ type: 'error', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack });
  }
  port.close();
}
