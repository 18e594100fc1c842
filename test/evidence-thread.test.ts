import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJunit } from '../bench/evidence.mjs';
import { UpkeepError } from '../src/core/errors.js';
import type { EvidenceBatch } from '../src/core/stability/records.js';
import { junit } from '../src/formats/evidence/junit/index.js';
import { parseOnThread } from '../src/formats/evidence/threaded.js';
import { repoRoot } from './paths.js';

/**
 * A large JUnit file is parsed on a worker thread (src/formats/evidence/threaded.ts) while the
 * main thread stores the batches. The worker runs from the build (dist/; npm test builds first):
 * what it hands over must be exactly what the in-process parser gives — the same cases in the
 * same order, the same warnings, the same error for a broken file — and the CLI must use it.
 */
const workerFile = new URL(pathToFileURL(join(repoRoot, 'dist/formats/evidence/parse-worker.js')).href);
const tag = { product: 'ceph', version: '17.2.5', cycle: '17', env: 'thread' };
const dir = mkdtempSync(join(tmpdir(), 'upkeep-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The UpkeepError a promise rejects with. */
async function rejection(p: Promise<unknown>): Promise<UpkeepError> {
  const e = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(e instanceof UpkeepError)) throw new Error(`expected an UpkeepError, got ${String(e)}`);
  return e;
}

async function collect(batches: AsyncIterable<EvidenceBatch>) {
  const out: EvidenceBatch[] = [];
  for await (const b of batches) out.push(b);
  return out;
}

describe('the JUnit parse on a worker thread', () => {
  it('hands over the same test cases, in the same batches, as the parse in-process', async () => {
    const file = join(dir, 'same.xml');
    await writeJunit(file, 3 * 1024 * 1024);
    const progress: number[] = [];
    const here = await collect(junit.parse({ path: file, tag }));
    const there = await collect(parseOnThread(workerFile, { kind: 'junit', path: file, tag }, { onProgress: (b) => progress.push(b) }).batches);
    expect(there.length).toBeGreaterThan(2);
    expect(there).toEqual(here);
    expect(progress.at(-1)).toBe(statSync(file).size);
  }, 60_000);

  it('keeps outcomes, missing times and suites of every shape', async () => {
    const file = join(dir, 'shapes.xml');
    writeFileSync(
      file,
      `<?xml version="1.0"?>
<testsuites><testsuite name="scs-compliance">
<testcase name="no-time"/>
<testcase classname="a.B" name="err" time="1,234.5"><skipped/><error message="boom"/></testcase>
<testcase classname="a.B" name="skip" time=" "><skipped>later</skipped></testcase>
<testcase classname="a.B" name="fail" time="0.25"><failure>x</failure></testcase>
</testsuite></testsuites>`,
    );
    const here = await collect(junit.parse({ path: file, tag }));
    const there = await collect(parseOnThread(workerFile, { kind: 'junit', path: file, tag }, {}).batches);
    expect(there).toEqual(here);
    expect(there[0]?.rows).toEqual([
      { suite: 'scs-compliance', name: 'no-time', outcome: 'passed', seconds: null },
      { suite: 'a.B', name: 'err', outcome: 'error', seconds: 1234.5 },
      { suite: 'a.B', name: 'skip', outcome: 'skipped', seconds: null },
      { suite: 'a.B', name: 'fail', outcome: 'failed', seconds: 0.25 },
    ]);
  }, 30_000);

  it('throws the error the in-process parse throws for a file cut off in the middle', async () => {
    const file = join(dir, 'cut.xml');
    await writeJunit(file, 2 * 1024 * 1024);
    truncateSync(file, statSync(file).size - 5000);
    const here = await rejection(collect(junit.parse({ path: file, tag })));
    const there = await rejection(collect(parseOnThread(workerFile, { kind: 'junit', path: file, tag }, {}).batches));
    expect(there).toMatchObject({ name: 'UpkeepError', code: here.code, message: here.message, hint: here.hint });
    expect(there.message).toMatch(/not well-formed XML/);
  }, 30_000);

  it('ends the worker when the consumer stops early or the parse is stopped before it is read', async () => {
    const file = join(dir, 'stop.xml');
    await writeJunit(file, 4 * 1024 * 1024);
    const parse = parseOnThread(workerFile, { kind: 'junit', path: file, tag }, {});
    for await (const _ of parse.batches) break; // the store failed after the first batch
    const idle = parseOnThread(workerFile, { kind: 'junit', path: file, tag }, {});
    await idle.stop(); // a duplicate: never read
    // nothing keeps the process alive: a child doing the same exits by itself
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { parseOnThread } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/formats/evidence/threaded.js')).href)};
         const p = parseOnThread(new URL(${JSON.stringify(workerFile.href)}), { kind: 'junit', path: ${JSON.stringify(file)}, tag: {} }, {});
         for await (const _ of p.batches) break;
         const q = parseOnThread(new URL(${JSON.stringify(workerFile.href)}), { kind: 'junit', path: ${JSON.stringify(file)}, tag: {} }, {});
         await q.stop();
         console.log('ok');`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(child.stdout.trim()).toBe('ok');
    expect(child.status).toBe(0);
  }, 60_000);
});

describe('upkeep evidence add of a large JUnit file (the built CLI)', () => {
  const bin = join(repoRoot, 'dist/bundle/bin.js');
  const ws = join(dir, 'scs');
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, '--workspace', ws], {
      encoding: 'utf8',
      // every JUnit file goes to the worker thread; the embedded store
      env: { ...process.env, UPKEEP_PARSE_THREAD_MB: '0', DATABASE_URL: '', UPKEEP_CACHE: 'off' },
      timeout: 120_000,
    });

  it('finds the worker beside the bundle', () => {
    expect(existsSync(join(repoRoot, 'dist/bundle/parse-worker.js'))).toBe(true);
  });

  it('stores every case through the worker, refuses a broken file with exit 2 and stores nothing of it', () => {
    const good = join(dir, 'good.xml');
    writeFileSync(
      good,
      '<testsuites><testsuite name="t"><testcase classname="c" name="a" time="1"/><testcase classname="c" name="b"><failure/></testcase></testsuite></testsuites>',
    );
    const add = cli('evidence', 'add', 'junit', good, '--product', 'ceph', '--version', '17.2.5', '--env', 'thread');
    expect(add.stderr).toBe('');
    expect(add.stdout).toMatch(/: 2 junit records of ceph 17\.2\.5/);
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<testsuites><testsuite name="t"><testcase classname="c" name="a" time="1"/>');
    const refused = cli('evidence', 'add', 'junit', bad, '--product', 'ceph', '--version', '17.2.5', '--env', 'thread');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not well-formed XML/);
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const list = JSON.parse(cli('evidence', 'list', '--format', 'json').stdout);
    expect(list.files.map((f: { sourceName: string; records: number }) => [f.sourceName, f.records])).toEqual([[good, 2]]);
  }, 180_000);
});
