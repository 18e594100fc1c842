/** Where a command writes: the process's streams, or a capture in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly errIsTty: boolean;
}

/** Sets the process exit code from inside a command action. */
export type SetExit = (code: number) => void;

export const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  errIsTty: Boolean(process.stderr.isTTY),
};
