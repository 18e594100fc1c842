import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test run gets a parse cache of its own: a cache left by an earlier build (run from src/,
 * where no built file beside the cache module changes with the code) must never answer a test.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-test-cache-'));
  process.env.UPKEEP_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
