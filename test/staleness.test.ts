/**
 * Stale lifecycle data is said out loud: every output carries its age ("lifecycle data as of
 * 2026-11-02, 28 days old on 2026-11-30 (last sync)"), and `max_data_age_days` turns old data into
 * a finding. The age is counted to the as-of date: a question about the past answered from newer
 * data replays its history and is not stale.
 */
import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../src/core/dates.js';
import { dataAge } from '../src/core/lifecycle/data-age.js';
import { loadWorkspace } from '../src/workspace/load.js';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const temp = cliTempDirs('upkeep-stale-');
const AGE_LINE = 'lifecycle data as of 2026-11-02, 28 days old on 2026-11-30 (last sync)';

/** The example as if every product with a history had been synced on `checked` (ceph on `ceph`, when given). */
function syncedExample(checked: string, ceph = checked, only?: readonly string[]): string {
  const dir = temp();
  cpSync(resolve(repoRoot, 'examples/scs'), dir, { recursive: true });
  const products: Record<string, unknown> = {};
  for (const p of loadWorkspace(dir).products.values())
    if (p.history.length && (!only || only.includes(p.id)))
      products[p.id] = { format: 'endoflife-api', url: `https://example.invalid/${p.id}`, checked: p.id === 'ceph' ? ceph : checked };
  writeFileSync(join(dir, 'sync-state.json'), `${JSON.stringify({ version: 1, products }, null, 2)}\n`);
  return dir;
}

describe('the age of the lifecycle data', () => {
  it('is the oldest last answer of the synced sources, counted to the as-of date, with the products holding it up', () => {
    const ws = loadWorkspace(syncedExample('2026-11-20', '2026-11-02'));
    expect(dataAge(ws, '2026-11-30' as PlainDate)).toEqual({ date: '2026-11-02', basis: 'sync', on: '2026-11-30', days: 28, oldest: ['ceph'] });
    expect(dataAge(ws, '2023-03-20' as PlainDate).days).toBe(0);
  });

  it('without a sync is the newest history entry of the workspace (the import is at least that new)', () => {
    const ws = loadWorkspace(resolve(repoRoot, 'examples/scs'));
    const newest = [...ws.products.values()]
      .flatMap((p) => p.history.map((f) => f.recorded))
      .sort()
      .at(-1);
    expect(dataAge(ws, '2026-11-30' as PlainDate)).toMatchObject({ date: newest, basis: 'import' });
  });

  it('with only some products synced is held up by those only imported', () => {
    const ws = loadWorkspace(syncedExample('2026-11-28', '2026-11-28', ['ceph']));
    expect(dataAge(ws, '2026-11-30' as PlainDate)).toMatchObject({ basis: 'import', date: '2026-08-12' });
  });

  it.each([
    ['check table', ['check', '--format', 'table']],
    ['check json', ['check', '--format', 'json']],
    ['check markdown', ['check', '--format', 'markdown']],
    ['check sarif', ['check', '--format', 'sarif']],
    ['check junit', ['check', '--format', 'junit']],
    ['status table', ['status']],
    ['status long', ['status', '--long']],
    ['status json', ['status', '--format', 'json']],
    ['status html', ['status', '--format', 'html']],
    ['plan table', ['plan', '--release', 'R5', '--from', 'R4.1', '--date', '2026-12-15']],
    ['plan json', ['plan', '--release', 'R5', '--from', 'R4.1', '--date', '2026-12-15', '--format', 'json']],
    ['plan markdown', ['plan', '--release', 'R5', '--from', 'R4.1', '--date', '2026-12-15', '--format', 'markdown']],
    ['paths table', ['paths', '--from', 'R3', '--to', 'R4.1']],
    ['paths json', ['paths', '--from', 'R3', '--to', 'R4.1', '--format', 'json']],
    ['paths mermaid', ['paths', '--from', 'R3', '--to', 'R4.1', '--format', 'mermaid']],
    ['paths svg', ['paths', '--from', 'R3', '--to', 'R4.1', '--format', 'svg']],
  ])('shows in %s', async (_, [command, ...args]) => {
    const dir = syncedExample('2026-11-02');
    const r = await run(command as string, dir, '--as-of', '2026-11-30', ...(args as string[]));
    expect(r.err).not.toContain('internal error');
    expect(r.out.toLowerCase()).toContain(AGE_LINE.toLowerCase());
  });

  it('older than max_data_age_days (30 by default) is a warning finding of each release; younger is none', async () => {
    const dir = syncedExample('2026-10-01');
    const stale = await run('check', dir, '--as-of', '2026-11-30', '--format', 'json', '--fail-on', 'warning');
    const doc = JSON.parse(stale.out);
    const findings = doc.findings.filter((f: { rule: string }) => f.rule === 'data-age');
    expect(findings.map((f: { release: string; severity: string }) => [f.release, f.severity])).toEqual([
      ['R3', 'warning'],
      ['R4', 'warning'],
      ['R4.1', 'warning'],
    ]);
    expect(findings[0].message).toBe(
      'lifecycle data as of 2026-10-01 is 60 days old on the as-of date; the policy allows 30 days (max_data_age_days): the source of ansible, ansible-core, ceph, docker-engine, hashicorp-vault, … last answered then; run `upkeep sync` (or import a newer bundle)',
    );
    const fresh = await run('check', dir, '--as-of', '2026-10-20', '--format', 'json');
    expect(JSON.parse(fresh.out).findings.some((f: { rule: string }) => f.rule === 'data-age')).toBe(false);
    appendFileSync(join(dir, 'policy.yaml'), '\nmax_data_age_days: { days: 90, severity: error }\n');
    const lenient = await run('check', dir, '--as-of', '2026-11-30', '--format', 'json');
    expect(JSON.parse(lenient.out).findings.some((f: { rule: string }) => f.rule === 'data-age')).toBe(false);
  });

  it('is no finding for a question about a date before the data (history replayed)', async () => {
    const r = await run('check', resolve(repoRoot, 'examples/scs'), '--as-of', '2024-06-01', '--format', 'json');
    const doc = JSON.parse(r.out);
    expect(doc.dataAge).toEqual({ date: '2026-08-12', basis: 'import', on: '2024-06-01', days: 0 });
    expect(doc.findings.some((f: { rule: string }) => f.rule === 'data-age')).toBe(false);
  });
});
