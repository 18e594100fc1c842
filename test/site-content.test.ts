/**
 * What `upkeep site` exports on the stability and notices pages: the assessments of the workspace's
 * evidence (a copy of examples/scs with its own embedded store; made-up evidence), the public notice
 * with the promise table, and the feed and calendar of every notice beside the pages, read back by
 * independent parsers (fast-xml-parser, node-ical) with the same ids on a second run. Then what the
 * page says when there is no evidence (the store is not opened) or the store cannot be opened.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const temp = cliTempDirs('upkeep-site-content-');

/** A copy of examples/scs without its store (`.upkeep`); without evidence.yaml unless `evidence`. */
function scsCopy(evidence: boolean): string {
  const ws = join(temp(), 'scs');
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true, filter: (src) => !src.includes(`${join('scs', '.upkeep')}`) });
  if (!evidence) rmSync(join(ws, 'evidence.yaml'));
  return ws;
}

let url: string | undefined;
let shared: string;
let first: string;
let second: string;
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const text = (page: string) =>
  page
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  url = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL; // each copy's own embedded store
  shared = mkdtempSync(join(tmpdir(), 'upkeep-site-content-all-')); // not temp(): it lives for the whole file
  const ws = join(shared, 'scs');
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true, filter: (src) => !src.includes(`${join('scs', '.upkeep')}`) });
  first = join(shared, 'one');
  second = join(shared, 'two');
  const a = await run('site', ws, first, '--as-of', '2023-03-20', '--internal'); // a team's site: the internal notice too
  expect([a.code, a.err]).toEqual([0, '']);
  expect(a.out).toBe(`wrote 17 pages, 3 Atom feeds and 3 calendars to ${first}\n`);
  const b = await run('site', ws, second, '--as-of', '2023-03-20', '--internal'); // the store exists now: opened, not created
  expect([b.code, b.err]).toEqual([0, '']);
}, 300_000);
afterAll(() => {
  if (url !== undefined) process.env.DATABASE_URL = url;
  if (shared) rmSync(shared, { recursive: true, force: true });
});

describe('upkeep site on the SCS example with its evidence', () => {
  it('stability.html: Ceph 17.2.5 against 16.2.11 (pinned by R4.1) in gx-scs is not yet stable enough, blocked by the benchmarks, with its charts', () => {
    const page = read(first, 'stability.html');
    const words = text(page);
    expect(words).toContain('Ceph 17.2.5 against 16.2.11 (pinned by R4.1), gx-scs');
    expect(words).toContain('Ceph 17.2.5 is not yet stable enough against 16.2.11 in gx-scs, as of 2023-03-20: blocked by benchmarks.');
    expect(page).toMatch(/<td class="fail">FAIL<\/td><td>46 metrics are significantly worse than 3 %/);
    expect(page).toContain('<td class="pass">pass</td><td>the pass rate is within the margin');
    expect(page).toContain('Test pass rate with its Wilson interval');
    expect(page).toContain('<h3>Benchmarks</h3>');
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThan(10);
    expect(words).toContain('upkeep assess ceph 17.2.5 --baseline 16.2.11 --env gx-scs --as-of 2023-03-20');
    expect(words).not.toContain('No assessments yet');
    expect(page.length).toBeLessThan(300 * 1024);
    // the second run (the store opened, not created) shows the same
    expect(read(second, 'stability.html')).toBe(page);
  });

  it('notices.html: the public notice with the promise table, linked to its feed and calendar (also in the head), and to the other audiences', () => {
    const page = read(first, 'notices.html');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" href="notices.atom"');
    expect(page).toContain('<link rel="alternate" type="text/calendar" href="notices.ics"');
    expect(page).toContain('<a href="notices.atom">Atom feed</a>');
    expect(page).toContain('<a href="notices.ics">calendar (iCalendar)</a>');
    expect(page).toContain('<h2>Maintenance promises</h2>');
    expect(page).toContain('<th scope="col">Maintained by</th>');
    expect(text(page)).toContain('R4 ceph 16.2.11 Ceph Pacific community security backports 2023-11-05 yes board meeting 2023-03-20');
    expect(page).not.toContain('What to do by when'); // the public's notice
    expect(page).toContain('<a href="notices-operators.html">operators</a>');
    expect(page).toContain('<a href="notices-internal.html">internal readers</a>');
    const ops = read(first, 'notices-operators.html');
    expect(ops).toContain('<h1 id="content" tabindex="-1">Notices for operators</h1>');
    expect(ops).toContain('<h2>What to do by when</h2>');
    expect(ops).toContain('href="notices-operators.atom"');
    expect(read(first, 'notices-internal.html')).toContain('<h2>Findings</h2>');
  });

  it('the feeds and calendars parse (fast-xml-parser, node-ical) and keep their ids across runs', () => {
    for (const base of ['notices', 'notices-operators', 'notices-internal']) {
      const parse = (dir: string) => new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(read(dir, `${base}.atom`));
      const feed = parse(first);
      expect(feed.feed.id).toMatch(/^urn:upkeep:SCS:notice:/);
      const ids = (feed.feed.entry ?? []).map((e: { id: string }) => e.id);
      expect(ids.length, base).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      expect(parse(second).feed.entry.map((e: { id: string }) => e.id)).toEqual(ids);
      const events = (dir: string) =>
        (Object.values(ical.sync.parseICS(read(dir, `${base}.ics`))).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]).map((e) => e.uid).sort();
      const uids = events(first);
      expect(uids.length, base).toBeGreaterThan(0);
      expect(events(second)).toEqual(uids);
    }
    expect(new XMLParser().parse(read(first, 'notices.atom')).feed.id).toBe('urn:upkeep:SCS:notice:public');
  });
});

describe('the stability page without evidence, or without its store', () => {
  it('no evidence.yaml: the store is not opened (no .upkeep folder) and the page says there are no assessments yet', async () => {
    const ws = scsCopy(false);
    const out = join(temp(), 'site');
    const r = await run('site', ws, out, '--as-of', '2023-03-20');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(existsSync(join(ws, '.upkeep'))).toBe(false);
    expect(read(out, 'stability.html')).toContain('No assessments yet');
    expect(read(out, 'notices.html')).toContain('<h2>Maintenance promises</h2>');
  });

  it('a store in use by another process: the site still builds and the page says why, without a stack trace', async () => {
    const ws = scsCopy(true);
    mkdirSync(join(ws, '.upkeep'));
    writeFileSync(join(ws, '.upkeep', 'db.lock'), `${process.pid}\n`); // this (live) process holds it
    const out = join(temp(), 'site');
    const r = await run('site', ws, out, '--as-of', '2023-03-20');
    expect([r.code, r.err]).toEqual([0, '']);
    const words = text(read(out, 'stability.html'));
    expect(words).toContain('The assessments could not be made.');
    expect(words).toMatch(/the embedded database \S+ is in use by process \d+ \(this one\)/);
    expect(words).toContain('What to do: one process at a time uses it');
    expect(words).not.toMatch(/\bat \S+ \(/);
    expect(existsSync(join(out, 'timeline.html'))).toBe(true);
  });

  it('a --database that is not a PostgreSQL URL: exit 2, nothing written', async () => {
    const ws = scsCopy(true);
    const dir = temp();
    const r = await run('site', ws, join(dir, 'out'), '--as-of', '2023-03-20', '--database', 'mysql://x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error UPK_DATABASE: --database is not a PostgreSQL URL/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
