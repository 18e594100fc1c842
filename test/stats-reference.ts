import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './paths.js';

/** The data of a reference file written by scripts/stats-reference.py (SciPy's results). */
export function reference<T>(name: string): T {
  return (JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/stats', name), 'utf8')) as { data: T }).data;
}

/** `actual` equals SciPy's `expected` within 1e-9 relative (exactly where SciPy says 0, 1 or an infinity). */
export function expectClose(actual: number | null | undefined, expected: number | null | undefined, what = ''): void {
  if (expected === null || expected === undefined || !Number.isFinite(expected) || expected === 0) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  const rel = Math.abs((actual as number) - expected) / Math.abs(expected);
  expect(rel, `${what}: ${actual} vs SciPy ${expected}`).toBeLessThanOrEqual(1e-9);
}
