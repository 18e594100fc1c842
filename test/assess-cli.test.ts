import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const temp = cliTempDirs('upkeep-assess-');

describe('upkeep assess', () => {
  it('without --baseline: exit 2 with how to fix it', async () => {
    const r = await run('assess', 'ceph', '17.2.5', '-w', join(repoRoot, 'examples/scs'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--baseline is required');
  });

  it('an unknown --format: exit 2 naming the formats', async () => {
    const r = await run('assess', 'ceph', '17.2.5', '--baseline', '16.2.11', '--format', 'htlm');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean --format html');
  });

  it('an unknown product: exit 2 naming the closest, before any store is opened', async () => {
    const r = await run('assess', 'cepf', '17.2.5', '--baseline', '16.2.11', '-w', join(repoRoot, 'examples/scs'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no lifecycle of product "cepf"[\s\S]*closest: ceph/);
  });

  it('with an empty embedded store: not enough data, what to collect, exit 1', async () => {
    const ws = temp();
    cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
    rmSync(join(ws, 'evidence.yaml')); // nothing to sync
    const url = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL; // the embedded store of the copy, whatever the test run uses (both runs below)
    onTestFinished(() => {
      if (url !== undefined) process.env.DATABASE_URL = url;
    });
    const r = await run('assess', 'ceph', '17.2.5', '--baseline', '16.2.11', '--as-of', '2023-03-20', '-w', ws);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(
      'Not enough data to say whether Ceph 17.2.5 is stable enough against 16.2.11, as of 2023-03-20: collect test pass rate, benchmarks, alert rate, upgrade trials, experience reports.',
    );
    expect(r.out).toContain('6 stable point releases of cycle 17 (Quincy) by 2023-03-20');

    const page = join(ws, 'assess.html');
    const html = await run('assess', 'ceph', '17.2.5', '--baseline', '16.2.11', '--as-of', '2023-03-20', '-w', ws, '--format', 'html', '--out', page);
    expect([html.code, html.out]).toEqual([1, `wrote ${page}\n`]);
    expect(readFileSync(page, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Not enough data to say whether Ceph 17\.2\.5/);
  }, 120_000);
});
