/**
 * The worker thread of `startStabilityThread` (src/app/site-stability-thread.ts): builds the
 * dashboard's stability section and answers once, with progress on the way. The store starts
 * opening at once; the workspace comes from the main thread when it has loaded it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UpkeepError } from '../core/errors.js';
import type { Workspace } from '../core/workspace.js';
import type { Store } from '../store/types.js';
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
    // the workspace as the main thread loaded it (a structured clone, sent when it has it): this thread
    // spends its time on the store, not on parsing the same YAML again
    const loading = new Promise<Workspace>((resolve) =>
      port.on('message', (m: { type?: string; ws?: Workspace }) => {
        if (m.type === 'workspace' && m.ws) resolve(m.ws);
      }),
    );
    const stability = await siteStability(loading, { ...job, onProgress: (progress) => port.postMessage({ type: 'progress', progress }) }, opening);
    port.postMessage({ type: 'done', stability });
  } catch (e) {
    if (e instanceof UpkeepError) port.postMessage({ type: 'error', problems: e.problems });
    else port.postMessage({ type: 'error', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack });
  }
  port.close();
}
