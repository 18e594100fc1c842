import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const scs = join(repoRoot, 'examples/scs');
const temp = cliTempDirs('upkeep-cli-');

/** A copy of the SCS example with one file replaced. */
function scsWith(path: string, content: string): string {
  const dir = temp();
  cpSync(scs, dir, { recursive: true });
  writeFileSync(join(dir, path), content);
  return dir;
}

describe('bad input: exit 2, the file, the line, what is wrong and how to fix it, never a stack trace', () => {
  it.each([
    [
      'a date in the wrong form',
      ['check', scs, '--as-of', '20.03.2023'],
      /UPK_BAD_DATE.*--as-of: "20\.03\.2023" is not a date in YYYY-MM-DD form[\s\S]*hint: write it like --as-of 2023-03-20/,
    ],
    ['an impossible date', ['check', scs, '--as-of', '2023-02-29'], /UPK_BAD_DATE.*--as-of: 2023-02-29 is not a real calendar date: 2023 is not a leap year/],
    ['a missing workspace', ['check', '/nonexistent/ws'], /UPK_FILE_NOT_FOUND.*workspace folder \/nonexistent\/ws does not exist[\s\S]*hint: .*upkeep init/],
    ['an empty folder', ['check', `${repoRoot}/docs`], /UPK_EMPTY_WORKSPACE.*no upkeep\.yaml[\s\S]*hint: create one with `upkeep init/],
    ['an unknown release', ['check', scs, '--release', 'R9'], /UPK_UNKNOWN_RELEASE.*"R9"[\s\S]*hint: use one of: R3, R4, R4\.1/],
    ['an unknown format', ['check', scs, '--format', 'xml'], /UPK_USAGE.*--format "xml" is not one of table, json, markdown, sarif, junit/],
    ['a missing import file', ['import', 'endoflife', '/nonexistent/x.md', '-w', scs], /UPK_FILE_NOT_FOUND.*\/nonexistent\/x\.md does not exist/],
  ])('%s', async (_what, argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });

  it('malformed YAML: file and line', async () => {
    const dir = scsWith('policy.yaml', 'horizon:\n  phase: maintained\n margin_days: 3\n');
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_YAML_SYNTAX: .*policy\.yaml:3:\d+: /);
  });

  it('a product spelled unlike its lifecycle file in upkeep.yaml: file, line and the spelling to use', async () => {
    const dir = scsWith('upkeep.yaml', 'name: SCS\ncomponents:\n  ovs: { product: OVS }\n');
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UPK_UNKNOWN_PRODUCT: .*upkeep\.yaml:3 \(components\.ovs\.product\): component "ovs" uses product "OVS"/);
    expect(r.err).toContain('write `product: ovs`');
  });

  it('a version the scheme cannot parse is a finding of that pin, with the release file and the pin line; the other pins are still checked', async () => {
    const text = readFileSync(join(scs, 'releases/R4.yaml'), 'utf8').replace('ceph: 16.2.11', 'ceph: sixteen');
    const dir = scsWith('releases/R4.yaml', text);
    const r = await run('check', dir, '--release', 'R4', '--as-of', '2023-03-20', '--format', 'json');
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('ceph: sixteen')) + 1;
    const findings = JSON.parse(r.out).findings as { rule: string; component: string; message: string; file: string; line: number }[];
    expect(findings.find((f) => f.rule === 'bad-version')).toMatchObject({
      component: 'ceph',
      message: expect.stringContaining('"sixteen" is not a Ceph version and names no cycle'),
      file: join(dir, 'releases/R4.yaml'),
      line,
    });
    expect(findings.some((f) => f.component === 'ovs' && f.rule === 'horizon')).toBe(true);
  });

  it('a file given instead of the workspace folder is bad input, also with the parse cache on', async () => {
    const cache = temp();
    process.env.UPKEEP_CACHE = 'on';
    process.env.UPKEEP_CACHE_DIR = cache;
    try {
      const r = await run('check', join(scs, 'upkeep.yaml'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/UPK_FILE_UNREADABLE.*is a file, not a workspace folder[\s\S]*hint: give the folder that holds upkeep\.yaml/);
    } finally {
      process.env.UPKEEP_CACHE = 'off';
      delete process.env.UPKEEP_CACHE_DIR;
    }
  });
});

describe('init and import', () => {
  it('init writes a workspace with a commented policy and refuses to overwrite it', async () => {
    const dir = join(temp(), 'ws');
    expect((await run('init', dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toContain('well matured versions');
    const again = await run('init', dir);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/UPK_WORKSPACE_EXISTS/);
  });

  it('imports lifecycles and a release, then checks them', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    const data = join(repoRoot, '../shared/data');
    expect((await run('import', 'ceph-releases', join(data, 'ceph/releases.yml'), '-w', dir)).code).toBe(0);
    expect(
      (
        await run(
          'import',
          'openstack-series',
          join(data, 'openstack/series_status.yaml'),
          '--history',
          join(data, 'openstack/series_status.history.jsonl'),
          '-w',
          dir,
        )
      ).code,
    ).toBe(0);
    const imp = await run('import', 'osism', join(data, 'osism-release/5.0.0'), '-w', dir, '--release-id', 'R4', '--date', '2023-03-22', '--end', '2023-11-05');
    expect(imp.code).toBe(0);
    expect(readdirSync(join(dir, 'releases'))).toContain('R4.yaml');
    const r = await run('check', dir, '--as-of', '2023-03-20');
    expect(r.out).toContain('Ceph 16 (Pacific) leaves upstream maintenance on 2023-10-01 (announced)');
    expect(r.out).toContain('no history for ceph');
  });

  it('keeps pins added by hand when a release is imported again', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    const data = join(repoRoot, '../shared/data');
    const args = ['import', 'osism', join(data, 'osism-release/5.0.0'), '-w', dir, '--release-id', 'R4', '--date', '2023-03-22', '--end', '2023-11-05'];
    await run(...args);
    const file = join(dir, 'releases/R4.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pins:\n', 'pins:\n  ovs: { version: "3.0.1", source: manual }\n'));
    await run(...args.slice(0, 5), '--release-id', 'R4');
    expect(readFileSync(file, 'utf8')).toMatch(/ovs:\s*\n?\s*version: 3\.0\.1/);
  });

  it('an import that fails writes nothing', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    const bad = join(temp(), 'releases.yml');
    writeFileSync(bad, 'releases:\n  pacific:\n    releases:\n      - {version: 16.2.0}\n');
    const before = readdirSync(join(dir, 'products'));
    const r = await run('import', 'ceph-releases', bad, '-w', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/16\.2\.0 has no date/);
    expect(readdirSync(join(dir, 'products'))).toEqual(before);
  });

  it('a new release needs --date and --end', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    const r = await run('import', 'osism', join(repoRoot, '../shared/data/osism-release/5.0.0'), '-w', dir, '--release-id', 'R4');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--date and --end are required/);
  });

  it('--help lists the commands and explains the exit codes of check', async () => {
    const top = await run('--help');
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/check[\s\S]*status[\s\S]*import[\s\S]*init[\s\S]*flavor/);
    const check = await run('check', '--help');
    expect(check.out).toMatch(/Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 bad input/);
  });
});

describe('re-importing a product', () => {
  it('keeps its history unless told: refreshing without --history stops with a hint, --drop-history removes it', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    const data = join(repoRoot, '../shared/data');
    await run('import', 'endoflife', join(data, 'endoflife/products/redis.md'), '--history', join(data, 'endoflife/history/redis.jsonl'), '-w', dir);
    const again = await run('import', 'endoflife', join(data, 'endoflife/products/redis.md'), '-w', dir);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/redis\.history\.jsonl exists and this import brings no history[\s\S]*--drop-history/);
    expect(readdirSync(join(dir, 'products'))).toContain('redis.history.jsonl');
    expect((await run('import', 'endoflife', join(data, 'endoflife/products/redis.md'), '-w', dir, '--drop-history')).code).toBe(0);
    expect(readdirSync(join(dir, 'products'))).not.toContain('redis.history.jsonl');
  });
});

describe('JUnit', () => {
  it('reports a required component that is not pinned as a failing test case', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    writeFileSync(
      join(dir, 'products/ovs.yaml'),
      'id: ovs\nname: OVS\nscheme: semver\ncycles:\n  - { cycle: "3.1", released: 2023-02-17, maintained: 2024-02-17 }\n',
    );
    writeFileSync(
      join(dir, 'products/ovn.yaml'),
      'id: ovn\nname: OVN\nscheme: calendar\ncycles:\n  - { cycle: "23.03", released: 2023-03-03, maintained: 2024-03-03 }\n',
    );
    writeFileSync(join(dir, 'releases/R.yaml'), 'id: R\ndate: 2023-09-01\nend: 2023-12-01\npins:\n  ovn: 23.03.1\n');
    writeFileSync(join(dir, 'policy.yaml'), 'compatibility:\n  - { id: ovn-ovs, when: { ovn: ">=23.03" }, require: { ovs: ">=3.1" } }\n');
    const r = await run('check', dir, '--as-of', '2023-09-01', '--format', 'junit');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/<testsuite name="R" tests="2" failures="1" skipped="0">/);
    expect(r.out).toMatch(
      /<testcase classname="R" name="ovs \(not pinned\)">\s*<failure type="compatibility" message="rule &quot;ovn-ovs&quot;: ovn 23\.03\.1 requires ovs &gt;=3\.1, but R pins no ovs"/,
    );
  });

  it('exits 0 when no finding reaches --fail-on', async () => {
    const dir = join(temp(), 'ws');
    await run('init', dir);
    writeFileSync(
      join(dir, 'products/ovs.yaml'),
      'id: ovs\nname: OVS\nscheme: semver\ncycles:\n  - { cycle: "3.1", released: 2023-02-17, maintained: 2024-02-17, points: { 3.1.0: 2023-02-17, 3.1.1: 2023-04-03 } }\n',
    );
    writeFileSync(join(dir, 'releases/R.yaml'), 'id: R\ndate: 2023-09-01\nend: 2023-10-01\npins:\n  ovs: 3.1.1\n');
    const r = await run('check', dir, '--as-of', '2023-09-01');
    expect(r.out).toContain('No findings');
    expect(r.code).toBe(0);
  });
});

describe('error lines', () => {
  it('name a file once', async () => {
    const r = await run('check', '/nonexistent/ws');
    expect(r.err.split('\n')[0]).toBe('error UPK_FILE_NOT_FOUND: workspace folder /nonexistent/ws does not exist');
  });
});

describe('the installed command', () => {
  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('bash', ['-c', `node ${join(repoRoot, 'dist/bundle/bin.js')} check ${scs} --as-of 2023-03-20 --format json | head -c 10`], {
      encoding: 'utf8',
      env: { ...process.env, UPKEEP_CACHE: 'off' },
    });
    expect(r.stdout).toBe('{\n  "schem');
    expect(r.stderr).toBe('');
  });
});
