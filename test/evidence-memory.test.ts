import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJunit } from '../bench/evidence.mjs';
import { repoRoot } from './paths.js';

/**
 * Ingest streams: storing a large JUnit file takes memory far below 10× its size (issue 15). A
 * child process opens the embedded store, notes its resident memory, ingests the file and reports
 * its peak resident memory (`maxRSS`) and heap; what the ingest added must stay under three times
 * the file's size and what it added to the JavaScript heap under the file's size (a DOM, or an array of every case, takes
 * several times the file). The embedded store itself takes a fixed few hundred MB (PGlite's
 * WebAssembly memory) whatever the file. The file is
 * UPKEEP_TEST_JUNIT_MB megabytes (default 20; the case is 100). Uses dist/ (npm test builds it first).
 */
const MB = Number(process.env.UPKEEP_TEST_JUNIT_MB) || 20;
const dist = (p: string) => pathToFileURL(join(repoRoot, 'dist', p)).href;

const CHILD = `
import { openStore } from '${dist('store/index.js')}';
import { ingestFile } from '${dist('app/evidence.js')}';
const [workspaceDir, path] = process.argv.slice(2);
const store = await openStore({ workspaceDir });
global.gc?.();
const before = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = 0;
const timer = setInterval(() => { heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); }, 20);
const r = await ingestFile(store, { kind: 'junit', path, sourceName: 'big.xml', tag: { product: 'big', version: '1.0', cycle: '1', env: 'memory' } });
clearInterval(timer);
const peak = process.resourceUsage().maxRSS * 1024;
await store.close();
process.stdout.write(JSON.stringify({ before, peak, heapBefore, heapPeak, records: r.row.records }));
`;

describe('ingest of a large JUnit file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`stays far below 10× the file's size in memory (${MB} MB file)`, async () => {
    const file = join(dir, 'big.xml');
    const cases = await writeJunit(file, MB * 1024 * 1024);
    const size = statSync(file).size;
    const script = join(dir, 'child.mjs');
    writeFileSync(script, CHILD);
    const run = spawnSync(process.execPath, ['--expose-gc', script, dir, file], { encoding: 'utf8', timeout: 170_000 });
    expect(run.stderr).toBe('');
    const m = JSON.parse(run.stdout) as { before: number; peak: number; heapBefore: number; heapPeak: number; records: number };
    expect(m.records).toBe(cases);
    const added = m.peak - m.before;
    const facts = `peak RSS ${m.peak >> 20} MB, ${m.before >> 20} MB before the ingest, heap peak ${m.heapPeak >> 20} MB (${m.heapBefore >> 20} MB before), file ${size >> 20} MB`;
    // measured: 50 MB file, 90 MB added to the RSS (PGlite's WebAssembly memory grows with the rows), heap peak 44 MB; 40 MB file, 90 MB and 52 MB
    // PGlite's own growth (~90-130 MB) hardly depends on the file's size: floors of 256 MB RSS and 64 MB heap
    expect(added, facts).toBeLessThan(Math.max(3 * size, 256 * 2 ** 20));
    expect(m.heapPeak - m.heapBefore, facts).toBeLessThan(Math.max(size, 64 * 2 ** 20));
  }, 180_000);
});
