import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const scs = join(repoRoot, 'examples/scs');
const temp = cliTempDirs('upkeep-safety-');

/** A fresh workspace two folders deep, so that `../../x` would land inside the temp folder. */
async function workspace(): Promise<{ root: string; ws: string }> {
  const root = temp();
  const ws = join(root, 'a', 'ws');
  expect((await run('init', ws)).code).toBe(0);
  return { root, ws };
}

/** Every file under a folder, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('ids that name files: one rule, exit 2 otherwise, nothing written', () => {
  it.each([
    ['../../escaped', 'it contains "/"', 'for example escaped'],
    ['R 4/1', 'it contains a space, "/"', 'for example R-4-1'],
    ['R4.history', 'it contains ".history"', 'for example R4.hist'],
  ])('--release-id %j is refused before the OSISM manifests are read', async (id, reason, example) => {
    const { root, ws } = await workspace();
    const before = files(root);
    const r = await run('import', 'osism', data('osism-release/4.0.0'), '-w', ws, '--release-id', id, '--date', '2023-03-22', '--end', '2023-11-01');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error UPK_BAD_ID: --release-id ${JSON.stringify(id)} cannot name a file: ${reason}`);
    expect(r.err).toMatch(new RegExp(`hint: use letters, digits, "\\.", "_" and "-", starting with a letter or digit.*; ${example}`));
    expect(files(root)).toEqual(before);
  });

  it('an endoflife.date product file whose name is not an id is refused: nothing is written', async () => {
    const { root, ws } = await workspace();
    const src = temp();
    copyFileSync(data('endoflife/products/redis.md'), join(src, 'Redis DB.md'));
    const before = files(root);
    const r = await run('import', 'endoflife', join(src, 'Redis DB.md'), '-w', ws);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error UPK_BAD_ID: product id "Redis DB" cannot name a file: it contains a space');
    expect(files(root)).toEqual(before);
  });

  it('a release file whose id cannot name a file is refused at its line', async () => {
    const dir = temp();
    cpSync(scs, dir, { recursive: true });
    const file = join(dir, 'releases/R4.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: R4$/m, 'id: R 4/1'));
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_BAD_ID: .*R4\.yaml:\d+ \(id\): "R 4\/1" cannot name a file: it contains a space, "\/"/);
  });

  it('a release file named other than its id is refused: an import of that id would write a second file', async () => {
    const dir = temp();
    cpSync(scs, dir, { recursive: true });
    copyFileSync(join(dir, 'releases/R3.yaml'), join(dir, 'releases/r3-old.yaml'));
    rmSync(join(dir, 'releases/R3.yaml'));
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_SCHEMA: .*r3-old\.yaml \(id\): release id "R3" differs from its file name\n {2}hint: rename the file to R3\.yaml/);
  });
});

/** Runs the built command in a child process; returns its output and its peak memory (resident set) in MB. */
function spawnUpkeep(args: string[], env: Record<string, string> = {}): { code: number | null; stderr: string; peakMb: number } {
  const bin = join(repoRoot, 'dist/bundle/bin.js');
  const probe = `process.on('exit', () => process.stderr.write('\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, 'upkeep'); await import(${JSON.stringify(bin)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, UPKEEP_CACHE: 'off', ...env },
  });
  const m = /\npeak-rss-kb=(\d+)\n$/.exec(r.stderr);
  return { code: r.status, stderr: r.stderr.slice(0, m?.index ?? r.stderr.length), peakMb: Number(m?.[1]) / 1024 };
}

describe('a huge junk file: a short error, bounded memory', () => {
  const junk = () => {
    const file = join(temp(), 'releases.yml');
    const line = 'ecidonolgdoalmanihd aaaalgmaphnohkhhnjamdfjd pmpgjjoplbohlmfkkcnpdfplkoaobjlffph ';
    writeFileSync(file, line.repeat(Math.ceil((40 * 1024 * 1024) / line.length)));
    return file;
  };

  it('over the size limit (40 MB > 32 MB): refused before it is read', () => {
    const r = spawnUpkeep(['import', 'ceph-releases', junk(), '-w', scs]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error UPK_FILE_UNREADABLE: .*releases\.yml is 40\.0 MB; upkeep reads input files up to 32\.0 MB\n {2}hint: .*UPKEEP_MAX_FILE_MB=4\d\)\n$/,
    );
    expect(r.peakMb).toBeLessThan(120);
  });

  it('with the limit raised: parsed, and the error quotes an excerpt, not 40 MB (measured: 190 MB peak)', () => {
    const r = spawnUpkeep(['import', 'ceph-releases', junk(), '-w', scs], { UPKEEP_MAX_FILE_MB: '64' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error UPK_SCHEMA: .*releases\.yml:1: expected object, found "ecidonolgdoalmanihd aaaa[^"]*"… \(41,\d{3},\d{3} characters\)\n {2}hint: [^\n]*\n$/,
    );
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.peakMb).toBeLessThan(400);
  }, 30_000);

  it('a binary file is called a binary file', () => {
    const file = join(temp(), 'R4.cdx.json');
    writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x7b, 0x22, 0x00, 0x00]));
    const r = spawnUpkeep(['import', 'endoflife-api', file, '-w', scs]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error UPK_FILE_UNREADABLE: .*R4\.cdx\.json is a binary file, not a text file\n/);
  });
});

describe('an unknown key: at its own line, with the closest key', () => {
  /** A copy of the SCS example with a text replaced in one file; the 1-based line of the replacement. */
  function scsEdited(path: string, from: RegExp, to: string): { dir: string; line: number } {
    const dir = temp();
    cpSync(scs, dir, { recursive: true });
    const text = readFileSync(join(dir, path), 'utf8');
    const m = from.exec(text);
    if (!m) throw new Error(`${from} not in ${path}`);
    writeFileSync(join(dir, path), text.replace(from, to));
    return { dir, line: text.slice(0, m.index).split('\n').length };
  }

  it('a release file: `sorce:` on line 6 is reported at line 6, not at the top of the file', async () => {
    const { dir, line } = scsEdited('releases/R4.yaml', /^source:/m, 'sorce:');
    expect(line).toBe(6);
    const r = await run('check', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /error UPK_SCHEMA: .*R4\.yaml:6 \(sorce\): unknown key "sorce"\n {2}hint: did you mean "source"\? the keys allowed here are id, version, date, end, source, note, pins, alternatives\n/,
    );
  });

  it('a nested policy key', async () => {
    const { dir, line } = scsEdited('policy.yaml', /^ {2}margin_days:/m, '  margn_days:');
    const r = await run('check', dir);
    expect(r.err).toMatch(new RegExp(`policy\\.yaml:${line} \\(horizon\\.margn_days\\): unknown key "margn_days"\\n {2}hint: did you mean "margin_days"\\?`));
  });

  it('a key inside a flow mapping of a product cycle', async () => {
    const { dir, line } = scsEdited('products/ovn.yaml', /maintained: 2023-09-16/, 'maintaned: 2023-09-16');
    const r = await run('check', dir);
    expect(r.err).toMatch(
      new RegExp(`ovn\\.yaml:${line} \\(cycles\\[\\d+\\]\\.maintaned\\): unknown key "maintaned"\\n {2}hint: did you mean "maintained"\\?`),
    );
  });

  it('no "did you mean" when nothing is near: the allowed keys only', async () => {
    const { dir } = scsEdited('releases/R4.yaml', /^source:/m, 'comment:');
    const r = await run('check', dir);
    expect(r.err).toMatch(/unknown key "comment"\n {2}hint: the keys allowed here are id, version, date, end, source, note, pins, alternatives\n/);
  });

  it('a history line (JSON lines): the key, and the closest one', async () => {
    const { dir, line } = scsEdited('products/redis.history.jsonl', /"source":/, '"sorce":');
    const r = await run('check', dir);
    expect(r.err).toMatch(new RegExp(`redis\\.history\\.jsonl:${line} \\(sorce\\): sorce: unknown key\\n {2}hint: did you mean "source"\\?`));
  });
});
