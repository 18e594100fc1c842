/** Types of bench/evidence.mjs for the tests that generate a large JUnit file with it. */
export function writeJunit(path: string, bytes: number): Promise<number>;
export function benchIngest(options?: { mb?: number; runs?: number; databaseUrl?: string }): Promise<{
  size: number;
  cases: number;
  records: number;
  bareMs: number;
  ingestMs: number;
  ratio: number;
  backend: string;
}>;
