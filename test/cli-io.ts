import { type CliIo, runCli } from '../src/cli/main.js';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process and captures what it prints. */
export async function run(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}
