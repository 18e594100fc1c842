/**
 * The dashboard's speed targets (issue 17): `upkeep site` of examples/scs as a whole process
 * against `node -e 0` in the same run (< 3 s), and the timeline page's content rendered in-process
 * (< 100 ms) against one trivial Observable Plot chart rendered with the same DOM. The target is
 * measured on a copy without evidence.yaml (the pages' own work); with the example's evidence the
 * stability page opens the copy's embedded store (created by an untimed first run) and assesses
 * Ceph 17.2.5: measured too, without a target (docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(root, args) {
  const t = process.hrtime.bigint();
  const env = { ...process.env, UPKEEP_CACHE: 'off' };
  delete env.DATABASE_URL; // the copy's embedded store
  const r = spawnSync('node', args, { cwd: root, stdio: 'ignore', env });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function benchSite({ root, runs }) {
  const scs = join(root, 'examples/scs');
  const copies = mkdtempSync(join(tmpdir(), 'upkeep-bench-site-ws-'));
  const copy = (name, evidence) => {
    const ws = join(copies, name);
    cpSync(scs, ws, { recursive: true, filter: (src) => !src.includes(join('scs', '.upkeep')) });
    if (!evidence) rmSync(join(ws, 'evidence.yaml'));
    return ws;
  };
  const pagesOnly = copy('pages', false);
  const withEvidence = copy('evidence', true);
  const base = [];
  const site = [];
  const evidence = [];
  let largest = 0;
  let pages = 0;
  const siteRun = (ws) => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-bench-site-'));
    const out = join(dir, 'site');
    const ms = time(root, ['dist/bundle/bin.js', 'site', ws, out, '--as-of', '2023-03-20']);
    const files = readdirSync(out);
    pages = files.filter((f) => f.endsWith('.html')).length;
    for (const f of files) largest = Math.max(largest, statSync(join(out, f)).size);
    rmSync(dir, { recursive: true, force: true });
    return ms;
  };
  const createMs = siteRun(withEvidence); // creates the copy's store
  for (let i = 0; i < runs; i++) {
    base.push(time(root, ['-e', '0']));
    site.push(siteRun(pagesOnly));
    if (i < 3) evidence.push(siteRun(withEvidence));
  }
  rmSync(copies, { recursive: true, force: true });

  const [{ siteData }, { timelineMain }, { chartDocument }, Plot] = await Promise.all([
    import(join(root, 'dist/app/site.js')),
    import(join(root, 'dist/web/site/timeline-page.js')),
    import(join(root, 'dist/web/charts/dom.js')),
    import('@observablehq/plot'),
  ]);
  const document = await chartDocument();
  const data = await siteData({ workspace: scs, asOf: '2023-03-20', today: '2023-03-20' }, []);
  const ctx = { data, document, mode: 'static' };
  const trivial = () => Plot.plot({ document, marks: [Plot.barX([{ x: 1, y: 'a' }], { x: 'x', y: 'y' })] }).outerHTML;
  timelineMain(ctx);
  trivial();
  const timeline = [];
  const plot = [];
  for (let i = 0; i < 15; i++) {
    let t = performance.now();
    timelineMain(ctx).toString();
    timeline.push(performance.now() - t);
    t = performance.now();
    trivial();
    plot.push(performance.now() - t);
  }
  return {
    nodeMs: median(base),
    siteMs: median(site),
    evidenceMs: median(evidence),
    createMs,
    pages,
    largestKb: largest / 1024,
    timelineMs: median(timeline),
    plotMs: median(plot),
    releases: data.timeline.releases.length,
    rows: data.timeline.releases.reduce((n, r) => n + r.rows.length, 0),
  };
}
