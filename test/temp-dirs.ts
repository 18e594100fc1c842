import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll } from 'vitest';

/**
 * For a test file that runs the CLI on folders of its own: the parse cache off (every run reads the
 * files), and `temp()` making a folder that is removed after each test.
 */
export function cliTempDirs(prefix: string): () => string {
  const temps: string[] = [];
  beforeAll(() => {
    process.env.UPKEEP_CACHE = 'off';
  });
  afterEach(() => {
    for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    temps.push(d);
    return d;
  };
}
