import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const scs = join(repoRoot, 'examples/scs');
const temp = cliTempDirs('upkeep-usage-');

describe('asking what there is: help on standard output, exit 0 (as gh, cargo and kubectl do)', () => {
  it.each([[[]], [['import']], [['flavor']], [['--debug']]])('upkeep %j', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Usage: upkeep${argv[0] && argv[0] !== '--debug' ? ` ${argv[0]}` : ''} \\[options\\] \\[command\\]\\n`));
    expect(r.err).toBe('');
  });
});

describe("commander's errors are UPK_USAGE with a hint, exit 2", () => {
  it.each([
    [
      ['check', scs, '--asof', '2023-03-20'],
      "unknown option '--asof'",
      'did you mean --as-of? usage: upkeep check [options] [workspace]; `upkeep check --help` explains each option',
    ],
    [
      ['import', 'endoflife'],
      "missing required argument 'files'",
      'usage: upkeep import endoflife [options] <files...>; `upkeep import endoflife --help` explains each option',
    ],
    [['chek', scs], "unknown command 'chek'", 'did you mean check? `upkeep --help` lists the commands'],
    [['import', 'osims', 'x'], "unknown command 'osims'", 'did you mean osism? `upkeep import --help` lists the commands'],
  ])('upkeep %j', async (argv, message, hint) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error UPK_USAGE: ${message}\n  hint: ${hint}\n`);
    expect(r.out).toBe('');
  });
});

describe('a value that is not one of the choices: all of them named, and the near one', () => {
  it('--standard v4 names v1, v2 and v3, not "use v1" (v3 is the default)', async () => {
    const r = await run('flavor', 'generate', '--standard', 'v4', '--cpus', '2', '--ram', '4');
    expect(r.err).toContain('error UPK_USAGE: --standard "v4" is not one of v1, v2, v3\n  hint: use one of: v1, v2, v3\n');
  });

  it('--format jsno: did you mean json', async () => {
    const r = await run('check', scs, '--format', 'jsno');
    expect(r.err).toContain('hint: did you mean --format json? use one of: table, json, markdown, sarif, junit');
  });
});

describe('an empty value is refused, never read as "all" or "standard output"', () => {
  it.each([
    [['check', scs, '--release', ''], '--release is given an empty value'],
    [['check', scs, '--release', 'R4,'], '--release is given an empty value'],
    [['status', scs, '--out', ''], '--out is given an empty value'],
    [['import', 'endoflife', data('endoflife/products/redis.md'), '-w', scs, '--history', ''], '--history is given an empty value'],
    [['check', ''], 'the workspace argument is empty'],
    [['flavor', 'parse', 'SCS-2V-4', ''], 'the name argument is empty'],
  ])('upkeep %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^error UPK_USAGE: ${message}\\n {2}hint: `));
    expect(r.out).toBe('');
  });
});

describe('messages about files', () => {
  it('a file given as the workspace: "is a file", not "upkeep init README.md"', async () => {
    const r = await run('import', 'endoflife', data('endoflife/products/redis.md'), '-w', join(repoRoot, 'README.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /error UPK_FILE_UNREADABLE: .*README\.md is a file, not a workspace folder\n {2}hint: pass --workspace with the folder that holds upkeep\.yaml/,
    );
    expect(r.err).not.toContain('upkeep init');
  });

  it.each([
    ['openstack-series', 'series_status.yaml', 'the series_status.yaml'],
    ['endoflife', 'redis.md', 'the endoflife.date product file'],
  ])('a missing %s input is named once, and what it should be goes in the hint', async (importer, name, what) => {
    const missing = join(temp(), name);
    const r = await run('import', importer, missing, '-w', scs);
    expect(r.err).toBe(`error UPK_FILE_NOT_FOUND: ${missing} does not exist\n  hint: check the path of ${what} (it is relative to the current directory)\n`);
  });

  it('commands printed for the user are quoted for the shell (a folder name with a space)', async () => {
    const dir = join(temp(), 'my stack');
    const r = await run('init', dir);
    expect(r.out).toContain(`Next: upkeep import endoflife FILE --workspace '${dir}';`);
    expect(r.out).toContain(`upkeep check '${dir}'\n`);
    const missing = join(temp(), 'not here');
    expect((await run('check', missing)).err).toContain(`hint: give the path of a workspace folder, or create one with \`upkeep init '${missing}'\``);
  });
});

describe('--drop-history on an importer that brings no history', () => {
  const history = '{"recorded":"2023-01-01","cycle":"16","field":"maintained.announced","to":"2023-06-01"}\n';

  it('removes the history an earlier import left (the hint names only the option it has)', async () => {
    const ws = temp();
    expect((await run('init', ws)).code).toBe(0);
    writeFileSync(join(ws, 'products/ceph.history.jsonl'), history);
    const refused = await run('import', 'ceph-releases', data('ceph/releases.yml'), '-w', ws);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('hint: pass --drop-history to remove it (this import brings no history of its own)');
    const dropped = await run('import', 'ceph-releases', data('ceph/releases.yml'), '-w', ws, '--drop-history');
    expect(dropped.code).toBe(0);
    expect(dropped.out).toContain(`removed ${join(ws, 'products/ceph.history.jsonl')}`);
    expect(existsSync(join(ws, 'products/ceph.history.jsonl'))).toBe(false);
  });

  it('says so when there is nothing to remove', async () => {
    const ws = temp();
    expect((await run('init', ws)).code).toBe(0);
    const r = await run('import', 'ceph-releases', data('ceph/releases.yml'), '-w', ws, '--drop-history');
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: --drop-history: there was no earlier history to remove (products/ceph.history.jsonl)');
  });
});

describe('an OSISM folder with several bad manifests reports every one', () => {
  it('a YAML error in base.yml and a schema error in ceph-pacific.yml: both', async () => {
    const dir = temp();
    cpSync(data('osism-release/5.0.0'), dir, { recursive: true });
    writeFileSync(join(dir, 'base.yml'), 'manager_version: [\n');
    writeFileSync(join(dir, 'ceph-pacific.yml'), 'docker_images: 5\n');
    const r = await run('import', 'osism', dir, '-w', scs, '--release-id', 'R9', '--date', '2024-01-01', '--end', '2024-06-01');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_YAML_SYNTAX: .*base\.yml:2:1: /);
    expect(r.err).toMatch(/error UPK_SCHEMA: .*ceph-pacific\.yml:1 \(docker_images\): expected (object|record), found 5/);
  });
});
