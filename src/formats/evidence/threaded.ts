/**
 * A streaming parser run on a worker thread (`parse-worker.ts`), its batches relayed in order as
 * if it ran here: the same records, warnings, progress and errors (an UpkeepError is rebuilt from
 * its problems). The store consumes them on this thread, so the parse and the writes overlap. Used
 * for files of at least `threadedParseBytes()`; smaller ones parse in-process (a worker costs a few
 * tens of milliseconds to start). When the worker's built file is missing (running from sources
 * under the test runner), the parse runs in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Problems, UpkeepError } from '../../core/errors.js';
import type { EvidenceBatch } from '../../core/stability/records.js';
import { fromWire, type WireBatch } from './batch-codec.js';
import type { ParseJob } from './parse-worker.js';
import type { EvidenceInput } from './types.js';

/** Files from this size (UPKEEP_PARSE_THREAD_MB, default 8 MB) are parsed on a worker thread. */
export function threadedParseBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.UPKEEP_PARSE_THREAD_MB);
  return (Number.isFinite(mb) && mb >= 0 && env.UPKEEP_PARSE_THREAD_MB !== '' ? mb : 8) * 1024 * 1024;
}

/** The worker's file beside this module (dist/formats/evidence or the bundle's folder), or undefined when it is not built. */
export function parseWorkerFile(): URL | undefined {
  const url = new URL('./parse-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

type Message =
  | { type: 'batch'; batch: WireBatch }
  | { type: 'progress'; bytes: number }
  | { type: 'warn'; message: string }
  | { type: 'end' }
  | { type: 'error'; problems?: Problems; message?: string; stack?: string }
  | { type: 'crash'; error: Error }
  | { type: 'exit'; code: number };

/** A parse started on a worker thread: its batches in order, and `stop` for a parse no longer wanted (the file was a duplicate). */
export interface ThreadedParse {
  readonly batches: AsyncGenerator<EvidenceBatch>;
  stop(): Promise<void>;
}

/**
 * Starts parsing `job` on a worker thread now (it reads ahead at most two batches until they are
 * asked for). Stopping early, or the consumer giving up (the store failed), terminates the worker.
 */
export function parseOnThread(workerFile: URL, job: ParseJob, input: Pick<EvidenceInput, 'onProgress' | 'warn'>): ThreadedParse {
  // none of node's command-line options: some are refused in a worker (--expose-gc, --input-type), and the parser needs none
  const worker = new Worker(workerFile, { workerData: job, execArgv: [] });
  const queue: Message[] = [];
  let wake: (() => void) | undefined;
  const push = (m: Message) => {
    queue.push(m);
    wake?.();
    wake = undefined;
  };
  worker.on('message', push);
  worker.on('error', (error: Error) => push({ type: 'crash', error }));
  worker.on('exit', (code: number) => push({ type: 'exit', code }));
  let done = false;
  const stop = async () => {
    if (done) return;
    done = true;
    await worker.terminate();
  };
  async function* batches(): AsyncGenerator<EvidenceBatch> {
    try {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((r) => (wake = r));
        const m = queue.shift() as Message;
        if (m.type === 'batch') {
          worker.postMessage('more'); // the worker reads the next batch while this one is stored
          yield fromWire(m.batch);
        } else if (m.type === 'progress') input.onProgress?.(m.bytes);
        else if (m.type === 'warn') input.warn?.(m.message);
        else if (m.type === 'end') {
          done = true;
          return;
        } else if (m.type === 'error') {
          done = true;
          if (m.problems) throw new UpkeepError(m.problems);
          const e = new Error(m.message);
          if (m.stack) e.stack = m.stack;
          throw e;
        } else if (m.type === 'crash') {
          done = true;
          throw m.error;
        } else throw new Error(`the evidence parser's worker thread stopped (exit code ${m.code}) before the end of ${job.path}`);
      }
    } finally {
      await stop();
    }
  }
  return { batches: batches(), stop };
}
