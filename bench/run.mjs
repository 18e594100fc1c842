#!/usr/bin/env node
/**
 * `npm run bench`: every figure is a ratio to a baseline measured in the same run, because absolute
 * times on a shared machine are noise. Results go to stdout as a Markdown table (docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { benchAssess } from './assess.mjs';
import { benchIngest } from './evidence.mjs';
import { benchFlavor } from './flavor.mjs';
import { benchPlan } from './plan.mjs';
import { benchServe } from './serve.mjs';
import { benchSite } from './site.mjs';
import { benchSync } from './sync.mjs';
import { syntheticWorkspace } from './synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ format: '{task} [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic)
  : undefined;

function time(cmd, args, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// 1. `upkeep check examples/scs` as a whole process against `node -e 0`, interleaved.
const cacheDir = mkdtempSync(join(tmpdir(), 'upkeep-bench-cache-'));
const check = ['dist/bundle/bin.js', 'check', 'examples/scs', '--as-of', '2023-03-20'];
time('node', check, { UPKEEP_CACHE_DIR: cacheDir }); // fills the cache for the "warm cache" runs
const base = [];
const hit = [];
const miss = [];
bar?.start(runs, 0, { task: 'process runs' });
for (let i = 0; i < runs; i++) {
  base.push(time('node', ['-e', '0']));
  hit.push(time('node', check, { UPKEEP_CACHE_DIR: cacheDir }));
  miss.push(time('node', check, { UPKEEP_CACHE: 'off' }));
  bar?.update(i + 1);
}
bar?.stop();
rmSync(cacheDir, { recursive: true, force: true });

// 2. 10,000 pins against 200 products × 30 cycles, in-process.
const { check: checkWorkspace } = await import('../dist/core/check/check.js');
const { DEFAULT_POLICY } = await import('../dist/core/policy/schema.js');
const ws = { ...syntheticWorkspace(), policy: DEFAULT_POLICY };
const pins = ws.releases.reduce((n, r) => n + r.pins.length, 0);
const inproc = [];
const baseline = [];
let findings = 0;
bar?.start(7, 0, { task: 'synthetic check' });
for (let i = 0; i < 7; i++) {
  let t = performance.now();
  findings = checkWorkspace(ws, { asOf: '2020-06-01' }).findings.length;
  inproc.push(performance.now() - t);
  t = performance.now();
  // baseline: one structured copy of the same workspace (a pass over every fact and pin)
  structuredClone({ products: [...ws.products.values()], releases: ws.releases });
  baseline.push(performance.now() - t);
  bar?.update(i + 1);
}
bar?.stop();

// 3. Flavor names per second against a bare RegExp of the same names.
const flavor = await benchFlavor({ seconds: 1 });

// 4. The planner: a plan of examples/scs against a check of it; a synthetic stack as it grows.
bar?.start(1, 0, { task: 'plan' });
const planning = await benchPlan({ runs: 7, sizes: [100, 1000, 5000] });
bar?.update(1);
bar?.stop();

// 5. assess over 1,000,000 benchmark samples against sorting the same values.
bar?.start(1, 0, { task: 'assess' });
const assessing = await benchAssess({ runs: 5 });
bar?.update(1);
bar?.stop();

// 5c. `upkeep serve` under load against nginx, and a soak with mixed reads and writes (durations in seconds by env).
bar?.start(1, 0, { task: 'serve' });
const serving = await benchServe({
  root,
  seconds: Number(process.env.BENCH_SERVE_SECONDS ?? 5),
  soakSeconds: Number(process.env.BENCH_SOAK_SECONDS ?? 20),
});
bar?.update(1);
bar?.stop();

// 5b. Evidence: a 50 MB JUnit file stored (hash, streaming parse, batched writes) against its bare saxes parse.
bar?.start(1, 0, { task: 'evidence ingest' });
const ingests = [await benchIngest({ mb: 50, runs: 3 })];
// and on a PostgreSQL server (a scratch database there) when DATABASE_URL names one
if (process.env.DATABASE_URL) ingests.push(await benchIngest({ mb: 50, runs: 3, databaseUrl: process.env.DATABASE_URL }));
bar?.update(1);
bar?.stop();

// 6. `upkeep sync` of 50 products with nothing changed: 50 conditional requests to a local server.
bar?.start(1, 0, { task: 'sync' });
const syncing = await benchSync({ root, runs: 7, products: 50 });
bar?.update(1);
bar?.stop();

// 7. The dashboard: `upkeep site` as a process, the timeline rendered in-process.
bar?.start(1, 0, { task: 'site' });
const site = await benchSite({ root, runs: Math.max(3, Math.round(runs / 3)) });
bar?.update(1);
bar?.stop();

const nodeMs = median(base);
const rows = [
  [
    '`upkeep check examples/scs`, cold process, warm parse cache',
    `${median(hit).toFixed(0)} ms`,
    `${(median(hit) / nodeMs).toFixed(2)}× \`node -e 0\` (${nodeMs.toFixed(0)} ms)`,
    '≤ 3×',
  ],
  [
    '`upkeep check examples/scs`, cold process, no cache (`UPKEEP_CACHE=off`)',
    `${median(miss).toFixed(0)} ms`,
    `${(median(miss) / nodeMs).toFixed(2)}× \`node -e 0\``,
    '(first run)',
  ],
  [
    `check of ${pins.toLocaleString('en')} pins, 200 products × 30 cycles, in-process (${findings} findings)`,
    `${median(inproc).toFixed(0)} ms`,
    `${(median(inproc) / median(baseline)).toFixed(2)}× a structuredClone of the same data (${median(baseline).toFixed(0)} ms)`,
    '< 200 ms',
  ],
  [
    'flavor names parsed per second',
    `${Math.round(flavor.namesPerSecond).toLocaleString('en')}/s`,
    `${flavor.ratio.toFixed(3)}× a bare RegExp test (${Math.round(flavor.regexNamesPerSecond).toLocaleString('en')}/s)`,
    '≥ 1,000,000/s',
  ],
  [
    '`plan` of examples/scs (R4.1 from R4, as of 2023-03-20), in-process, solver loaded',
    `${planning.planMs.toFixed(0)} ms`,
    `${(planning.planMs / planning.checkMs).toFixed(2)}× a \`check\` of R4 in the same process (${planning.checkMs.toFixed(0)} ms)`,
    '< 50 ms, ≤ 5×',
  ],
  ...planning.synthetic.map((s, i) => [
    `optimal plan of ${s.n.toLocaleString('en')} components × 30 cycles, ${(3 * s.n).toLocaleString('en')} compatibility rules (${s.variables.toLocaleString('en')} variables, ${s.rows.toLocaleString('en')} rows)`,
    `${s.ms.toFixed(0)} ms`,
    i === 0
      ? `solver ${s.solverMs.toFixed(0)} ms; CPU ${s.cpuMs.toFixed(0)} ms`
      : `${(s.ms / (planning.synthetic[0]?.ms ?? 1)).toFixed(1)}× the ${planning.synthetic[0]?.n} components (solver ${s.solverMs.toFixed(0)} ms; CPU ${s.cpuMs.toFixed(0)} ms)`,
    s.n === 1000 ? '< 2 s' : '(growth)',
  ]),
  [
    `\`simulate\` of examples/scs, monthly for ten years (${planning.simulatedPlans} plans from R4, 2023-03-22 to 2033-02-22), in-process`,
    `${planning.simulateMs.toFixed(0)} ms`,
    `${(planning.simulateMs / planning.planMs).toFixed(0)}× one \`plan\` of examples/scs (${(planning.simulateMs / planning.simulatedPlans).toFixed(1)} ms a plan; CPU ${planning.simulateCpuMs.toFixed(0)} ms)`,
    '< 5 s',
  ],
  [
    `\`assess\` over ${assessing.samples.toLocaleString('en')} benchmark samples (4 metrics × 2 versions), in-process (${assessing.overall})`,
    `${assessing.assessMs.toFixed(0)} ms`,
    `${(assessing.assessMs / assessing.sortMs).toFixed(2)}× sorting the same values with Float64Array#sort (${assessing.sortMs.toFixed(0)} ms)`,
    '< 1 s',
  ],
  [
    `\`GET /api/releases/R4/status\` (${(serving.bytes / 1024).toFixed(0)} kB of JSON), 10 connections, ${serving.seconds} s`,
    `${Math.round(serving.upkeep.rps).toLocaleString('en')} req/s, p99 ${serving.upkeep.p99} ms, ${serving.upkeep.errors} errors`,
    serving.nginx
      ? `${(serving.upkeep.rps / serving.nginx.rps).toFixed(2)}× nginx serving the same body as a file (${Math.round(serving.nginx.rps).toLocaleString('en')} req/s, p99 ${serving.nginx.p99} ms; one worker)`
      : 'nginx not installed (`apt-get install nginx`): no comparison',
    '≥ 0.4×, p99 < 25 ms',
  ],
  [
    `soak: ${serving.soakSeconds} s of mixed reads and writes (status, findings, report counts, a report posted, /metrics), 4 connections`,
    `${Math.round(serving.soak.rps).toLocaleString('en')} req/s, p99 ${serving.soak.p99} ms, ${serving.soak.errors} errors`,
    `RSS ${serving.rssStart.toFixed(0)} MB at the start, ${serving.rssEnd.toFixed(0)} MB at the end`,
    'no error, RSS flat',
  ],
  ...ingests.map((ingest) => [
    `ingest of a ${(ingest.size / 1048576).toFixed(0)} MB JUnit file (${ingest.cases.toLocaleString('en')} test cases) into the store (${ingest.backend})`,
    `${ingest.ingestMs.toFixed(0)} ms (${(ingest.size / 1048576 / (ingest.ingestMs / 1000)).toFixed(1)} MB/s)`,
    `${ingest.ratio.toFixed(2)}× the throughput of a bare saxes parse of the same file (${ingest.bareMs.toFixed(0)} ms)`,
    '≥ 0.5×',
  ]),
  [
    `\`upkeep sync\` of ${syncing.products} products, nothing changed: ${syncing.conditional} conditional requests, ${syncing.notModified} answered 304, --parallel 8 (local server)`,
    `${syncing.ms.toFixed(0)} ms`,
    `${(syncing.ms / syncing.nodeMs).toFixed(2)}× \`node -e 0\` (${syncing.nodeMs.toFixed(0)} ms)`,
    '< 2 s',
  ],
  [
    `\`upkeep site examples/scs\` without evidence.yaml (${site.pages} pages, feeds and calendars; the largest file ${site.largestKb.toFixed(0)} KB), cold process`,
    `${site.siteMs.toFixed(0)} ms`,
    `${(site.siteMs / site.nodeMs).toFixed(1)}× \`node -e 0\` (${site.nodeMs.toFixed(0)} ms)`,
    '< 3 s; pages < 300 KB',
  ],
  [
    `\`upkeep site examples/scs\` as shipped, with its evidence: the store opened and Ceph 17.2.5 assessed on a worker thread (creating the store on the first run: ${site.createMs.toFixed(0)} ms)`,
    `${site.evidenceMs.toFixed(0)} ms`,
    `${(site.evidenceMs / site.nodeMs).toFixed(1)}× \`node -e 0\` (${site.nodeMs.toFixed(0)} ms)`,
    '< 3 s',
  ],
  [
    `timeline page of examples/scs (${site.releases} charts, ${site.rows} rows), in-process, warm`,
    `${site.timelineMs.toFixed(1)} ms`,
    `${(site.timelineMs / site.plotMs).toFixed(1)}× one trivial Plot chart with the same DOM (${site.plotMs.toFixed(1)} ms)`,
    '< 100 ms',
  ],
];
console.log(`| measure | median | ratio to the baseline of the same run | target |\n|---|---:|---|---|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\n${runs} interleaved process runs each; node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`);
