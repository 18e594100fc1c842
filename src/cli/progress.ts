import type { CliIo } from './io.js';

/** Files smaller than this are read before a bar would be worth drawing. */
const MIN_BYTES = 4 * 1024 * 1024;

export interface FileProgress {
  update(event: { readonly file: string; readonly bytes: number; readonly total: number }): void;
  stop(): void;
}

/**
 * A progress bar on stderr for reading large files, only when stderr is a terminal (never in a
 * pipe, a log or a test). cli-progress loads with the first large file.
 */
export function fileProgress(io: CliIo): FileProgress {
  let bar: { update(v: number, payload?: object): void; stop(): void; setTotal(t: number): void } | undefined;
  let loading: Promise<void> | undefined;
  let file: string | undefined;
  return {
    update(e) {
      if (!io.errIsTty || e.total < MIN_BYTES) return;
      if (!bar && !loading) {
        loading = import('cli-progress').then(({ default: cliProgress }) => {
          const b = new cliProgress.SingleBar(
            { format: '{file} [{bar}] {percentage}% {mb}/{totalMb} MB', stream: process.stderr, hideCursor: true, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          );
          b.start(e.total, 0, { file: e.file, mb: '0', totalMb: (e.total / 1048576).toFixed(0) });
          bar = b;
        });
      }
      if (bar) {
        if (file !== e.file) bar.setTotal(e.total);
        file = e.file;
        bar.update(e.bytes, { file: e.file, mb: (e.bytes / 1048576).toFixed(0), totalMb: (e.total / 1048576).toFixed(0) });
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
