/**
 * `upkeep site` builds the stability section on a worker thread (src/app/site-stability-worker.ts),
 * started first thing: opening the embedded store (PGlite: most of a second), syncing
 * evidence.yaml and assessing the candidates then run on the second core while the main thread
 * loads the workspace (and hands it over: `giveWorkspace`) and computes and draws every other page. The section (or its error: an
 * UpkeepError crosses as its problems) comes back as plain data. This module loads nothing but
 * node's own, so that the worker starts before the site's modules load.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteStability } from '../core/dashboard/types.js';
import type { PlainDate } from '../core/dates.js';
import { type Problems, UpkeepError } from '../core/errors.js';
import type { Workspace } from '../core/workspace.js';
import type { Progress } from './evidence.js';

export interface StabilityJob {
  readonly workspace: string;
  readonly asOf: PlainDate;
  readonly database?: string | undefined;
}

export type StabilityMessage =
  | { type: 'progress'; progress: Parameters<Progress>[0] }
  | { type: 'done'; stability: SiteStability }
  | { type: 'error'; problems?: Problems; message?: string; stack?: string };

export interface StabilityThread {
  /** The section, or the error the same section built in-process would throw. */
  readonly stability: Promise<SiteStability>;
  /** Hands the worker the workspace as loaded (it waits for it once the store is open). */
  giveWorkspace(ws: Workspace): void;
  /** Ends the worker (the command failed elsewhere, or it has answered). */
  stop(): Promise<void>;
}

/** Starts the worker; undefined when its built file is missing (running from sources: the section is then built in-process). */
export function startStabilityThread(job: StabilityJob, onProgress?: Progress): StabilityThread | undefined {
  const file = new URL('./site-stability-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(file))) return undefined;
  const worker = new Worker(file, { workerData: job, execArgv: [] });
  const stability = new Promise<SiteStability>((resolve, reject) => {
    worker.on('message', (m: StabilityMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') resolve(m.stability);
      else if (m.problems) reject(new UpkeepError(m.problems));
      else reject(Object.assign(new Error(m.message), m.stack ? { stack: m.stack } : {}));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the stability section's worker thread stopped (exit code ${code}) before it answered`)));
  });
  stability.catch(() => undefined); // awaited by the caller, or abandoned with stop(): never an unhandled rejection
  return {
    stability,
    giveWorkspace: (ws) => worker.postMessage({ type: 'workspace', ws }),
    stop: async () => void (await worker.terminate()),
  };
}
