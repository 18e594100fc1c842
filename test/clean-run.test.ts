/**
 * What a clean run says (issue 13, item 23): every format says how many pins were judged and why
 * the others were not, and a component whose product is known but whose lifecycle is not in the
 * workspace is reported, not passed over. On the real OSISM 5.0.0 manifest and the SCS example.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckOutput } from '../src/render/schema.js';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';

const scs = join(repoRoot, 'examples/scs');
let tmp: string;
beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
  tmp = mkdtempSync(join(tmpdir(), 'upkeep-clean-run-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const osism = ['osism', data('osism-release/5.0.0'), '--release-id', 'R4', '--date', '2023-03-22', '--end', '2023-11-05'];

describe('an OSISM release imported before any lifecycle', () => {
  let ws: string;
  beforeAll(async () => {
    ws = join(tmp, 'osism-first');
    expect((await run('init', ws)).code).toBe(0);
  });

  it('maps ceph and openstack to their products and says their lifecycles are missing', async () => {
    const r = await run('import', ...osism, '-w', ws);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'ceph: product "ceph" has no lifecycle in this workspace yet, so check reports this pin as no-lifecycle until its lifecycle is there: import it (upkeep import ceph-releases',
    );
    expect(readFileSync(join(ws, 'upkeep.yaml'), 'utf8')).toMatch(/ceph: \{ product: ceph, scheme: ceph/);
    expect(readFileSync(join(ws, 'upkeep.yaml'), 'utf8')).toMatch(/openstack: \{ product: openstack/);
  });

  it('check reports ceph and openstack as warnings and judged none of the 105 pins', async () => {
    const r = await run('check', ws, '--as-of', '2023-03-20', '--format', 'json');
    expect(r.code).toBe(0); // warnings, --fail-on error
    const doc = CheckOutput.parse(JSON.parse(r.out));
    const missing = doc.findings.filter((f) => f.rule === 'no-lifecycle').map((f) => [f.component, f.severity, f.facts.missingProduct]);
    expect(missing).toContainEqual(['ceph', 'warning', 'ceph']);
    expect(missing).toContainEqual(['openstack', 'warning', 'openstack']);
    expect(doc.summary.pins).toEqual({ total: 105, judged: 0, noLifecycle: 98, unversioned: 7, unknownCycle: 0 });
  });

  it('check judges ceph once its lifecycle is imported, and the warning for it is gone', async () => {
    expect((await run('import', 'ceph-releases', data('ceph/releases.yml'), '-w', ws)).code).toBe(0);
    const r = await run('check', ws, '--as-of', '2023-03-20');
    expect(r.out).toContain('Ceph 16 (Pacific) leaves upstream maintenance');
    expect(r.out).not.toContain('product "ceph" has no lifecycle');
    expect(r.out).toContain('openstack zed: product "openstack" has no lifecycle in products/');
    expect(r.out).toMatch(/\n1 of 105 pins judged; not judged: 97 no-lifecycle, 7 unversioned\.\n/);
  });
});

describe('every format says how many pins were judged (SCS example, R4, 2023-03-20)', () => {
  const check = (...args: string[]) => run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--fail-on', 'never', ...args);
  const counts = '18 of 109 pins judged; not judged: 82 no-lifecycle, 7 unversioned, 2 unknown-cycle';

  it('table and markdown: the counts line; --long lists each pin not judged with the reason', async () => {
    expect((await check()).out).toContain(`\n${counts}.\n`);
    expect((await check('--format', 'markdown')).out).toContain(counts);
    const long = (await check('--long')).out;
    expect(long).toMatch(/Not judged:\n {2}RELEASE +COMPONENT +VERSION +WHY\n/);
    expect(long).toMatch(/R4 +openstack\/nova +stable-zed +no product named for the component/);
    expect(long).toMatch(/R4 +ansible-role\/hardening +e77c311442cb\w+ +not a version/);
    expect((await check()).out).not.toContain('Not judged:');
  });

  it('json: summary.pins; sarif: the run properties; junit: pins not judged are skipped', async () => {
    const json = CheckOutput.parse(JSON.parse((await check('--format', 'json')).out));
    expect(json.summary.pins).toEqual({ total: 109, judged: 18, noLifecycle: 82, unversioned: 7, unknownCycle: 2 });
    const sarif = JSON.parse((await check('--format', 'sarif')).out);
    expect(sarif.runs[0].properties.pins).toEqual(json.summary.pins);
    const junit = (await check('--format', 'junit')).out;
    expect(junit).toContain('<testsuite name="R4" tests="109" failures="0" skipped="91">');
    expect(junit).toMatch(/name="openstack\/nova stable-zed">\s*<skipped message="not judged: no product named for the component"\/>/);
  });

  it('status (matrix, --long, html) says how many pins it shows', async () => {
    for (const args of [[], ['--long'], ['--format', 'html']]) {
      const r = await run('status', scs, '--as-of', '2023-03-20', '--release', 'R4', ...args);
      expect(r.out, args.join(' ')).toContain(counts);
    }
  });

  it('a run with no findings says over how many pins it is clean', async () => {
    const ws = join(tmp, 'clean');
    await run('init', ws);
    writeFileSync(
      join(ws, 'products/ovs.yaml'),
      'id: ovs\nname: Open vSwitch\nscheme: semver\ncycles:\n  - { cycle: "3.1", released: 2023-02-17, maintained: 2025-02-17, points: { 3.1.0: 2023-02-17, 3.1.1: 2023-04-05, 3.1.2: 2023-06-01 } }\n',
    );
    writeFileSync(join(ws, 'releases/R.yaml'), 'id: R\ndate: 2023-09-01\nend: 2024-03-01\npins:\n  ovs: 3.1.2\n  some-tool: 1.0.0\n');
    const r = await run('check', ws, '--as-of', '2023-09-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No findings among the 1 of 2 pins judged; the other 1 was not judged (`check --long` lists them).');
    expect(r.out).not.toContain('every pinned cycle stays inside the policy');
  });
});

describe('labels agree everywhere (SCS example)', () => {
  it('a state has one word in the status matrix, status --long and the JSON (security, not security-only)', async () => {
    const matrix = (await run('status', scs, '--as-of', '2023-03-20', '--release', 'R3')).out;
    const long = (await run('status', scs, '--as-of', '2023-03-20', '--release', 'R3', '--long')).out;
    const json = CheckOutput.parse(JSON.parse((await run('status', scs, '--as-of', '2023-03-20', '--release', 'R3', '--format', 'json')).out));
    expect(json.pins.find((p) => p.component === 'osism/docker')?.state).toBe('security');
    expect(matrix).toMatch(/osism\/docker +5:20\.10\.17 security → /);
    expect(long).toMatch(/osism\/docker +5:20\.10\.17 +Docker Engine +20\.10 +security +/);
    for (const text of [matrix, long]) expect(text).not.toContain('security-only');
  });

  it('the end shown beside a phase is the end of that phase: Docker 20.10 is in security support until 2023-12-10', async () => {
    const matrix = (await run('status', scs, '--as-of', '2023-12-01', '--release', 'R3')).out;
    const long = (await run('status', scs, '--as-of', '2023-12-01', '--release', 'R3', '--long')).out;
    expect(matrix).toMatch(/osism\/docker +5:20\.10\.17 security → 2023-12-10\n/);
    expect(long).toMatch(/osism\/docker .* security +2023-12-10 \(announced\) +9 /);
  });

  it('a maturity finding is about a first release, not an end: it has no days left', async () => {
    const table = (await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--fail-on', 'never')).out;
    expect(table).toMatch(/WARNING +R4 +image\/mariadb +10\.11\.2 +10\.11 +maturity-age +2023-02-16 +-\n/);
    const json = CheckOutput.parse(JSON.parse((await run('check', scs, '--as-of', '2023-03-20', '--format', 'json', '--fail-on', 'never')).out));
    const maturity = json.findings.filter((f) => f.rule === 'maturity-age');
    expect(maturity.length).toBeGreaterThan(0);
    for (const f of maturity) expect([f.date !== null, f.daysLeft]).toEqual([true, null]);
    // ends keep their days left
    expect(json.findings.find((f) => f.rule === 'horizon')?.daysLeft).toEqual(expect.any(Number));
  });

  it('severities are the JSON words in every text format', async () => {
    const table = (await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--fail-on', 'never')).out;
    expect(table).toMatch(/\nWARNING +R4/);
    expect(table).toMatch(/\nINFO +R4/);
    expect(table).not.toMatch(/\nWARN +/);
    expect(table).toContain('5 errors, 8 warnings, 12 info\n');
  });
});

describe('findings carry their evidence: the lifecycle file, the history entry and its source (SCS example, Ceph)', () => {
  const lineOf = (file: string, text: string) =>
    readFileSync(join(scs, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;
  const json = async (asOf: string) =>
    CheckOutput.parse(JSON.parse((await run('check', scs, '--as-of', asOf, '--release', 'R4', '--format', 'json', '--fail-on', 'never')).out));

  it('json: Pacific ended on 2024-03-04, read from maintained.actual, set by the history entry citing the 16.2.15 announcement', async () => {
    const f = (await json('2024-06-01')).findings.find((x) => x.component === 'ceph' && !x.alternative && x.rule === 'end-moved');
    expect(f?.evidence).toEqual({
      product: 'ceph',
      cycle: '16',
      field: 'maintained.actual',
      file: join(scs, 'products/ceph.yaml'),
      line: lineOf('products/ceph.yaml', 'cycle: "16"'),
      history: {
        recorded: '2024-03-04',
        source: 'ceph 16.2.15 announcement (last pacific release)',
        file: join(scs, 'products/ceph.history.yaml'),
        line: lineOf('products/ceph.history.yaml', 'cycle: "16", field: maintained.actual'),
      },
    });
  });

  it('json: as known on 2023-03-20, the evidence is the entry published by then (the 2021 announcement of 2023-06-01)', async () => {
    const f = (await json('2023-03-20')).findings.find((x) => x.component === 'ceph' && !x.alternative && x.rule === 'horizon');
    expect(f?.date).toBe('2023-06-01');
    expect(f?.evidence?.field).toBe('maintained.announced');
    expect(f?.evidence?.history?.recorded).toBe('2021-03-31');
    expect(f?.evidence?.history?.source).toMatch(/^ceph releases\.yml \(pacific target_eol 2023-06-01/);
  });

  it('json: a lifecycle without history points at the file alone (OVS)', async () => {
    const f = (await json('2024-06-01')).findings.find((x) => x.component === 'ovs' && x.rule === 'ended');
    expect(f?.evidence).toMatchObject({ product: 'ovs', cycle: '3.0', field: 'maintained.announced', history: null });
    expect(f?.evidence?.line).toBe(lineOf('products/ovs.yaml', 'cycle: "3.0"'));
  });

  it('sarif: the cycle entry and the history entry are related locations; markdown: an evidence column', async () => {
    const sarif = JSON.parse((await run('check', scs, '--as-of', '2024-06-01', '--release', 'R4', '--format', 'sarif', '--fail-on', 'never')).out);
    const result = sarif.runs[0].results.find(
      (r: { ruleId: string; properties: { component: string } }) => r.ruleId === 'end-moved' && r.properties.component === 'ceph',
    );
    expect(
      result.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string } }; message: { text: string } }) => [
        l.physicalLocation.artifactLocation.uri,
        l.message.text,
      ]),
    ).toEqual([
      [join(scs, 'products/ceph.yaml'), 'maintained.actual of cycle 16'],
      [join(scs, 'products/ceph.history.yaml'), 'history entry of 2024-03-04, source: ceph 16.2.15 announcement (last pacific release)'],
    ]);
    const md = (await run('check', scs, '--as-of', '2024-06-01', '--release', 'R4', '--format', 'markdown', '--fail-on', 'never')).out;
    expect(md).toContain('| finding | evidence |');
    expect(md).toMatch(
      /\| end-moved \|.*\| maintained\.actual of cycle 16 in .*products\/ceph\.yaml:\d+; history entry of 2024-03-04 \(.*ceph\.history\.yaml:\d+\), source: ceph 16\.2\.15 announcement/,
    );
  });
});
