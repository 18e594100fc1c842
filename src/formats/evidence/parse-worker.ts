/**
 * A worker thread that runs one streaming evidence parser (`threaded.ts` starts it): the parse of
 * a large file (saxes, most of an ingest's time) runs on the second core while the main thread
 * encodes and stores the batches already read. Batches are sent ahead at most CREDIT at a time
 * (the main thread answers each with "more"), so a slow store never piles a file up in memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UpkeepError } from '../../core/errors.js';
import type { EvidenceKind, EvidenceTag } from '../../core/stability/types.js';
import { toWire } from './batch-codec.js';
import { evidenceParser } from './registry.js';

/** Batches the worker may send before the main thread asks for more. */
export const CREDIT = 2;

export interface ParseJob {
  readonly kind: EvidenceKind;
  readonly path: string;
  readonly tag: EvidenceTag;
}

const port = parentPort;
if (port) {
  const job = workerData as ParseJob;
  let credit = CREDIT;
  let wake: (() => void) | undefined;
  port.on('message', (m: unknown) => {
    if (m !== 'more') return;
    credit++;
    wake?.();
    wake = undefined;
  });
  try {
    const parser = await evidenceParser(job.kind);
    const batches = parser.parse({
      path: job.path,
      tag: job.tag,
      onProgress: (bytes) => port.postMessage({ type: 'progress', bytes }),
      warn: (message) => port.postMessage({ type: 'warn', message }),
    });
    for await (const batch of batches) {
      while (credit === 0) await new Promise<void>((r) => (wake = r));
      credit--;
      port.postMessage({ type: 'batch', batch: toWire(batch) });
    }
    port.postMessage({ type: 'end' });
  } catch (e) {
    // an UpkeepError crosses as its problems (plain data) and is rebuilt as the same error
    if (e instanceof UpkeepError) port.postMessage({ type: 'error', problems: e.problems });
    else port.postMessage({ type: 'error', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack });
  }
  port.close();
}
