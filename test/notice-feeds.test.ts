/**
 * The Atom feed and the calendar of `upkeep notice`, read back by independent parsers
 * (fast-xml-parser, node-ical): they parse, and their ids stay the same across runs and dates,
 * so a feed reader shows only what is new and a subscribed calendar moves an event, not duplicates it.
 */
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';

const ws = resolve(repoRoot, 'examples/scs');

async function notice(...args: string[]): Promise<string> {
  const r = await run('notice', ws, ...args);
  expect(r.code, r.err).toBe(0);
  return r.out;
}

interface AtomEntry {
  id: string;
  title: { '#text': string; '@_type': string };
  updated: string;
}

async function atom(asOf: string, audience = 'operators'): Promise<{ id: string; updated: string; entries: AtomEntry[] }> {
  const xml = await notice('--audience', audience, '--as-of', asOf, '--format', 'atom');
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml);
  return { id: doc.feed.id, updated: doc.feed.updated, entries: doc.feed.entry ?? [] };
}

async function calendar(asOf: string, ...more: string[]) {
  const text = await notice('--audience', 'operators', '--as-of', asOf, '--format', 'ics', ...more);
  return Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
}

describe('the Atom feed, read back with fast-xml-parser', () => {
  it('parses, with one entry per item of the notice, each with an id, a title and an updated date from the data', async () => {
    const feed = await atom('2023-08-01');
    expect(feed.id).toBe('urn:upkeep:SCS:notice:operators');
    expect(feed.entries.length).toBeGreaterThan(5);
    for (const e of feed.entries) {
      expect(e.id).toMatch(/^urn:upkeep:SCS:/);
      expect(e.updated).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
    }
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    // the feed's date is its newest entry's, never the clock
    expect(feed.updated).toBe(
      feed.entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
  });

  it('announces the moved end of Ceph Pacific once it is recorded (2023-07-01), not before', async () => {
    const moved = 'urn:upkeep:SCS:moved:ceph:16:maintained:announced:2023-06-01:2023-10-01';
    expect((await atom('2023-06-15')).entries.map((e) => e.id)).not.toContain(moved);
    const later = (await atom('2023-08-01')).entries.find((e) => e.id === moved);
    expect(later?.title['#text']).toBe("Ceph Pacific's end of maintenance moved from 2023-06-01 to 2023-10-01");
    expect(later?.updated).toBe('2023-07-01T00:00:00.000Z');
  });

  it('keeps its entry ids across runs and as-of dates: an entry whose content did not change is not new', async () => {
    const [a, b] = [await atom('2023-08-01'), await atom('2023-08-01')];
    expect(b).toEqual(a);
    const later = await atom('2023-09-15');
    const unchanged = a.entries.filter((e) => !e.id.includes(':ceph:')).map((e) => e.id);
    expect(later.entries.map((e) => e.id)).toEqual(expect.arrayContaining(unchanged));
    // entries known by then keep their dates: only newly recorded facts move the feed's date
    for (const e of a.entries) if (unchanged.includes(e.id)) expect(later.entries.find((x) => x.id === e.id)?.updated).toBe(e.updated);
  });

  it('gives a new entry when what it says changes: the end of Pacific in R4 before and after the move', async () => {
    const ids = async (asOf: string) => (await atom(asOf)).entries.map((e) => e.id).filter((id) => id.startsWith('urn:upkeep:SCS:end:R4:ceph:'));
    expect(await ids('2023-03-20')).toEqual(['urn:upkeep:SCS:end:R4:ceph:16:maintained:2023-06-01:community::2023-11-05']);
    expect(await ids('2023-08-01')).toEqual(['urn:upkeep:SCS:end:R4:ceph:16:maintained:2023-10-01:community::2023-11-05']);
  });
});

describe('the calendar, read back with node-ical', () => {
  it('has an all-day event per end of maintenance and per planned upgrade, with alarms', async () => {
    const events = await calendar('2023-03-20');
    const pacific = events.find((e) => e.uid === 'end-ceph-16-maintained@scs.upkeep');
    expect(pacific?.summary).toBe('Ceph Pacific: end of upstream maintenance');
    expect(pacific?.datetype).toBe('date');
    expect(pacific?.start.toISOString().slice(0, 10)).toBe('2023-06-01');
    const alarms = (pacific as unknown as { alarms: { action: string; trigger: string }[] }).alarms;
    expect(alarms.map((a) => `${a.action} ${a.trigger}`)).toEqual(['DISPLAY -P30D', 'DISPLAY -P7D']);
    const upgrade = events.find((e) => e.uid === 'upgrade-r4.1@scs.upkeep');
    expect(upgrade?.summary).toMatch(/^R4\.1: upgrade .*ovs to 3\.1\.0/);
  });

  it('keeps every UID across runs and dates; a moved end moves its event (same UID, new date)', async () => {
    const before = await calendar('2023-03-20', '--release', 'R4,R4.1');
    expect((await calendar('2023-03-20', '--release', 'R4,R4.1')).map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const after = await calendar('2023-08-01', '--release', 'R4,R4.1');
    const uid = 'end-ceph-16-maintained@scs.upkeep';
    expect(
      before
        .find((e) => e.uid === uid)
        ?.start.toISOString()
        .slice(0, 10),
    ).toBe('2023-06-01');
    expect(
      after
        .find((e) => e.uid === uid)
        ?.start.toISOString()
        .slice(0, 10),
    ).toBe('2023-10-01');
    expect(after.map((e) => e.uid).sort()).toEqual(expect.arrayContaining(before.map((e) => e.uid).sort()));
  });

  it('is one calendar for a chosen set of products (--products ceph,openstack)', async () => {
    const events = await calendar('2023-03-20', '--products', 'ceph,openstack');
    expect(events.map((e) => e.uid).sort()).toEqual([
      'end-ceph-16-maintained@scs.upkeep',
      'end-openstack-yoga-maintained@scs.upkeep',
      'end-openstack-zed-maintained@scs.upkeep',
    ]);
  });
});
