/**
 * Behaviour is pinned by golden files: every command and format on examples/scs (and the flavor
 * fixtures) prints exactly what test/golden/<name>.txt holds. A change of output is deliberate:
 * regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and review the diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';

const ws = resolve(repoRoot, 'examples/scs');
const flavors = (f: string) => resolve(repoRoot, 'test/fixtures/flavors', f);
const goldenDir = resolve(repoRoot, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** name → argv; the workspace path and temporary folders are replaced by placeholders. */
const cases: Record<string, string[]> = {};
for (const format of ['table', 'json', 'markdown', 'sarif', 'junit'])
  for (const asOf of ['2023-03-20', '2024-06-01'])
    cases[`check-${format}-${asOf}`] = ['check', ws, '--as-of', asOf, '--format', format, '--fail-on', 'warning'];
cases['check-r4'] = ['check', ws, '--as-of', '2023-03-20', '--release', 'R4'];
cases['status-table'] = ['status', ws, '--as-of', '2023-03-20'];
cases['status-all'] = ['status', ws, '--as-of', '2023-03-20', '--all'];
cases['status-long'] = ['status', ws, '--as-of', '2023-03-20', '--release', 'R4', '--long'];
cases['status-long-all'] = ['status', ws, '--as-of', '2024-06-01', '--long', '--all'];
cases['status-json'] = ['status', ws, '--as-of', '2023-03-20', '--format', 'json'];
cases['status-html'] = ['status', ws, '--as-of', '2023-03-20', '--format', 'html'];
cases['flavor-parse'] = ['flavor', 'parse', 'SCS-16V-64-500s_kvm_z3h', 'SCS-2V-4', 'SCS-1L-1u-5'];
cases['flavor-parse-bad'] = ['flavor', 'parse', 'SCS-2X-4'];
cases['flavor-describe'] = ['flavor', 'describe', 'SCS-16V-64-500s_kvm_z3h', 'SCS-4C-16-2x200p_GNa-14h-48', 'SCS-2V-4'];
cases['flavor-generate'] = ['flavor', 'generate', '--cpus', '4', '--cpu-type', 'V', '--ram', '16', '--disk', '100', '--disk-type', 's'];
cases['flavor-check-long'] = ['flavor', 'check', flavors('flavor-list-long.json')];
cases['flavor-check-compliant'] = ['flavor', 'check', flavors('flavor-list-compliant.json')];
cases['flavor-check-show'] = ['flavor', 'check', flavors('flavor-show.json')];
cases['flavor-check-osism'] = ['flavor', 'check', flavors('osism/flavor-list-long.json')];
cases['flavor-parse-not-scs'] = ['flavor', 'parse', 'SCS-2V-4', 'm1.small'];
cases['flavor-docs'] = ['flavor', 'docs'];
cases['plan-r4.1-table'] = ['plan', ws, '--release', 'R4.1', '--from', 'R4', '--date', '2023-04-18', '--as-of', '2023-03-20'];
cases['plan-r4.1-json'] = ['plan', ws, '--release', 'R4.1', '--from', 'R4', '--date', '2023-04-18', '--as-of', '2023-03-20', '--format', 'json'];
cases['plan-r5-table'] = ['plan', ws, '--release', 'R5', '--date', '2023-09-20', '--as-of', '2023-08-01'];
cases['plan-r5-markdown'] = ['plan', ws, '--release', 'R5', '--date', '2023-09-20', '--as-of', '2023-08-01', '--format', 'markdown'];
cases['error-plan-unknown-from'] = ['plan', ws, '--release', 'R5', '--from', 'R9', '--date', '2023-09-20', '--as-of', '2023-08-01'];
cases['paths-r3-r4.1-table'] = ['paths', ws, '--from', 'R3', '--to', 'R4.1', '--as-of', '2023-04-18'];
cases['paths-r3-r4.1-json'] = ['paths', ws, '--from', 'R3', '--to', 'R4.1', '--as-of', '2023-04-18', '--format', 'json'];
cases['paths-r3-r4.1-mermaid'] = ['paths', ws, '--from', 'R3', '--to', 'R4.1', '--as-of', '2023-04-18', '--format', 'mermaid'];
cases['paths-r3-r4.1-svg'] = ['paths', ws, '--from', 'R3', '--to', 'R4.1', '--as-of', '2023-04-18', '--format', 'svg'];
cases['error-paths-backwards'] = ['paths', ws, '--from', 'R4.1', '--to', 'R3', '--as-of', '2023-04-18'];
const simulateArgs = ['simulate', ws, '--cadence', '6m,3m', '--lifetime', '12m', '--from', '2023-03-22', '--to', '2024-03-22', '--release', 'R4'];
cases['simulate-table'] = simulateArgs;
cases['simulate-svg'] = [...simulateArgs, '--format', 'svg'];
cases['simulate-html'] = [...simulateArgs, '--format', 'html'];
cases['error-plan-end-before-date'] = ['plan', ws, '--release', 'R5', '--date', '2023-09-20', '--end', '2023-09-01', '--as-of', '2023-08-01'];
cases['error-unknown-release'] = ['check', ws, '--release', 'R9', '--as-of', '2023-03-20'];
cases['error-bad-date'] = ['check', ws, '--as-of', '2023-02-30'];
cases['error-bad-format'] = ['check', ws, '--format', 'xml'];
cases['error-site-not-empty'] = ['site', ws, resolve(repoRoot, 'docs'), '--as-of', '2023-03-20'];
cases['error-no-workspace'] = ['check', resolve(repoRoot, 'docs')];
cases['notice-public-markdown'] = ['notice', ws, '--audience', 'public', '--as-of', '2023-08-01'];
cases['notice-public-html-r4'] = ['notice', ws, '--audience', 'public', '--release', 'R4', '--as-of', '2023-08-01', '--format', 'html'];
cases['notice-operators-atom'] = ['notice', ws, '--audience', 'operators', '--products', 'ceph,openstack', '--as-of', '2023-08-01', '--format', 'atom'];
cases['notice-operators-ics'] = ['notice', ws, '--audience', 'operators', '--products', 'ceph,openstack', '--as-of', '2023-08-01', '--format', 'ics'];
cases['error-notice-audience'] = ['notice', ws, '--audience', 'operator', '--as-of', '2023-08-01'];
cases['error-notice-product'] = ['notice', ws, '--audience', 'public', '--products', 'cepth', '--as-of', '2023-08-01'];

function normalise(text: string, tmp?: string): string {
  let t = text.split(repoRoot).join('<repo>');
  if (tmp) t = t.split(tmp).join('<tmp>');
  return t;
}

function compare(name: string, actual: string): void {
  const file = join(goldenDir, `${name}.txt`);
  if (update || !existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${name}: output differs from test/golden/${name}.txt`).toBe(readFileSync(file, 'utf8'));
}

describe('every command prints what it printed before (golden files)', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const r = await run(...(cases[name] as string[]));
    compare(name, `exit ${r.code}\n--- stdout\n${normalise(r.out)}--- stderr\n${normalise(r.err)}`);
  });

  it('init writes the same workspace', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'upkeep-golden-'));
    try {
      const r = await run('init', join(tmp, 'stack'), '--name', 'demo');
      const files = readdirSync(join(tmp, 'stack'), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name))
        .sort();
      const body = files.map((f) => `=== ${f.slice(tmp.length)}\n${readFileSync(f, 'utf8')}`).join('');
      compare('init', `exit ${r.code}\n${normalise(r.out + r.err, tmp)}${body}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('bundle export writes the same bytes (a sha256 any machine must reproduce)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'upkeep-golden-'));
    try {
      const file = join(tmp, 'lifecycle.bundle.json');
      const r = await run('bundle', 'export', file, '-w', ws, '--products', 'ceph,ovn,redis');
      const bytes = readFileSync(file);
      const manifest = JSON.stringify(JSON.parse(bytes.toString('utf8')).manifest, null, 2);
      compare('bundle-export', `exit ${r.code}\n${normalise(r.out + r.err, tmp)}sha256 ${createHash('sha256').update(bytes).digest('hex')}\n${manifest}\n`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it.each([
    ['import-endoflife', ['endoflife', data('endoflife/products/redis.md'), '--history', data('endoflife/history/redis.jsonl')]],
    ['import-osism', ['osism', data('osism-release/5.0.0'), '--release-id', 'R4', '--date', '2023-03-22', '--end', '2023-11-05']],
  ])('%s writes the same files', async (name, args) => {
    const tmp = mkdtempSync(join(tmpdir(), 'upkeep-golden-'));
    try {
      await run('init', join(tmp, 'stack'), '--name', 'demo');
      const r = await run('import', ...(args as string[]), '-w', join(tmp, 'stack'));
      const files = readdirSync(join(tmp, 'stack'), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && !d.name.startsWith('policy') && d.name !== 'upkeep.yaml')
        .map((d) => join(d.parentPath, d.name))
        .sort();
      const body = files.map((f) => `=== ${f.slice(tmp.length)}\n${readFileSync(f, 'utf8')}`).join('');
      compare(name, `exit ${r.code}\n${normalise(r.out + r.err, tmp)}${normalise(body, tmp)}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
