import { describe, expect, it, vi } from 'vitest';
import { run } from './cli-io.js';

// An unexpected failure inside a command: the CLI must say "internal error", exit 3, and show
// the stack only with --debug.
vi.mock('../src/app/check.js', () => ({
  check: () => {
    throw new TypeError('boom: cannot read properties of undefined');
  },
  status: () => undefined,
  failsAt: () => false,
}));

describe('an internal error', () => {
  it('says so without a stack trace, and exits 3', async () => {
    const r = await run('check', '.');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^internal error: this is a bug in upkeep, please report it/);
    expect(r.err).toContain('boom: cannot read properties of undefined');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('shows the stack trace with --debug', async () => {
    const r = await run('check', '.', '--debug');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/TypeError: boom[\s\S]*\n\s+at /);
  });
});
