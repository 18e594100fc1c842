import { beforeAll, describe, expect, it } from 'vitest';
import { d } from '../../test/builders.js';
import { run } from '../../test/cli-io.js';
import { addDays, type PlainDate } from '../core/dates.js';
import type { Cycle, Fact, Product } from '../core/lifecycle/types.js';
import { planRelease } from '../core/plan/plan.js';
import { simulate as simulateCore } from '../core/plan/simulate.js';
import type { Workspace } from '../core/workspace.js';
import { openWorkspace } from '../workspace/index.js';
import { highsSolver } from './plan.js';
import { parseDuration, simulate } from './simulate.js';

beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
});

const window = { from: d('2023-03-22'), to: d('2024-03-22'), lifetime: parseDuration('12m', '--lifetime'), release: 'R4' };
const cadences = ['6m', '3m'].map((c) => parseDuration(c, '--cadence'));

describe('upkeep simulate on the SCS example: 6-month against 3-month releases from R4, 2023-03-22 to 2024-03-22', () => {
  it('replays the planner at each release date and compares the cadences', async () => {
    const { simulation: s } = await simulate({ workspace: 'examples/scs', cadences, ...window });
    const [six, three] = s.cadences;
    expect(six?.releases.map((r) => r.date)).toEqual(['2023-03-22', '2023-09-22', '2024-03-22']);
    expect(three?.releases.map((r) => r.date)).toEqual(['2023-03-22', '2023-06-22', '2023-09-22', '2023-12-22', '2024-03-22']);
    // each release replaces the one before; the first replaces R4
    expect(three?.releases.map((r) => r.base)).toEqual(['R4', '3m-1', '3m-2', '3m-3', '3m-4']);
    // the first release is the same plan in both: same date, same base, same knowledge
    expect(three?.releases[0]?.counts).toEqual(six?.releases[0]?.counts);
    // R4's Keycloak 21.0 ended upstream on 2023-04-19: a release planned on 2023-03-22 ran past it
    expect(six?.releases[0]?.outOfMaintenance).toContainEqual({ component: 'image/keycloak', version: '21.0', end: '2023-04-19' });
    for (const c of s.cadences) {
      expect(c.daysOutOfMaintenance).toBeGreaterThan(0);
      expect(c.daysOutOfMaintenance).toBeLessThanOrEqual(367);
      expect(c.upgrades.minor + c.upgrades.major).toBeGreaterThan(0);
    }
    // more releases make at least as many upgrades here (each catches up with what ran out)
    expect((three?.upgrades.minor ?? 0) + (three?.upgrades.major ?? 0)).toBeGreaterThanOrEqual((six?.upgrades.minor ?? 0) + (six?.upgrades.major ?? 0));
  }, 60_000);

  it('prints the cadences side by side (table) and as data (json)', async () => {
    const args = ['simulate', 'examples/scs', '--cadence', '6m,3m', '--lifetime', '12m', '--from', '2023-03-22', '--to', '2024-03-22', '--release', 'R4'];
    const table = await run(...args);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^cadence +releases +patch +minor +major +plans with gaps +days out of maintenance +mean cycle age$/m);
    expect(table.out).toMatch(/^6m +3 /m);
    expect(table.out).toMatch(/^3m +5 /m);
    const json = await run(...args, '--format', 'json');
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out);
    expect(doc).toMatchObject({ schema: 'upkeep.simulate/v1', windowDays: 367, start: { id: 'R4' }, lifetime: '12m' });
    expect(doc.cadences.map((c: { cadence: string }) => c.cadence)).toEqual(['6m', '3m']);
  }, 60_000);

  it('draws the cadences as an SVG, and as a page with the table and the plot side by side', async () => {
    const args = ['simulate', 'examples/scs', '--cadence', '6m,3m', '--lifetime', '12m', '--from', '2023-03-22', '--to', '2024-03-22', '--release', 'R4'];
    const svg = await run(...args, '--format', 'svg');
    expect(svg.code).toBe(0);
    expect(svg.out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="upkeep-cadences"/);
    expect(svg.out).toContain('<title>6m: 3 releases</title>');
    expect(svg.out).toContain('<title>3m: 5 releases</title>');
    const page = await run(...args, '--format', 'html');
    expect(page.code).toBe(0);
    expect(page.out).toMatch(/^<!doctype html>/);
    expect(page.out).toMatch(/<div class="side-by-side">\n<section aria-label="table"><table>[\s\S]*<section aria-label="plot"><svg /);
  }, 60_000);

  it.each([
    [['--cadence', 'monthly', '--lifetime', '12m', '--from', '2023-03-22', '--to', '2024-03-22'], 'UPK_USAGE: --cadence "monthly" is not a duration'],
    [['--cadence', '6m', '--lifetime', '1 year', '--from', '2023-03-22', '--to', '2024-03-22'], 'UPK_USAGE: --lifetime "1 year" is not a duration'],
    [['--cadence', '6m', '--lifetime', '12m', '--from', '2024-03-22', '--to', '2023-03-22'], 'UPK_USAGE: --to 2023-03-22 is before --from 2024-03-22'],
    [['--cadence', '6m', '--lifetime', '12m', '--from', '2023-02-30', '--to', '2024-03-22'], 'UPK_BAD_DATE'],
  ])('bad input exits 2 with a hint: %j', async (argv, message) => {
    const r = await run('simulate', 'examples/scs', ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error ${message}`);
    expect(r.err).toContain('hint:');
  });
});

/**
 * What the world published the day after `date`, written into a workspace: every cycle of a product
 * with history ends that day (announced and actual), every cycle with dated point releases gets one
 * more that day, and Ceph, OVN and OVS
 * get a new cycle released that day (OVN and OVS have no history: today's file with later cycles
 * left out). A plan made on `date` must not change.
 */
function publishedAfter(ws: Workspace, date: PlainDate): Workspace {
  const next = addDays(date, 1);
  const fresh: Record<string, Cycle> = {
    ceph: { id: '99', codename: 'Zzz', released: next, ends: { maintained: { announced: addDays(next, 900) } }, points: [{ version: '99.2.0', date: next }] },
    ovn: { id: '99.03', released: next, ends: { maintained: { announced: addDays(next, 900) } } },
    ovs: { id: '9.9', released: next, ends: { maintained: { announced: addDays(next, 900) } } },
  };
  const products = new Map<string, Product>();
  for (const [id, p] of ws.products) {
    const cycles = p.cycles.map((c) => (c.points?.length ? { ...c, points: [...c.points, { version: `${c.id}.99`, date: next }] } : c));
    const added = fresh[id];
    const history: Fact[] = p.history.length
      ? [
          ...p.history,
          ...cycles.flatMap((c): Fact[] => [
            { recorded: next, cycle: c.id, field: 'maintained.announced', to: next },
            { recorded: next, cycle: c.id, field: 'maintained.actual', to: next },
          ]),
          ...(added ? [{ recorded: next, cycle: added.id, field: 'released' as const, to: next }] : []),
        ].sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0))
      : [];
    products.set(id, { ...p, cycles: added ? [added, ...cycles] : cycles, history });
  }
  return { ...ws, products };
}

describe('simulate plans with only what was known at each date', () => {
  it('on the SCS example, monthly from 2023-01 to 2024-06: no plan changes when everything published the next day is added', async () => {
    const ws = await openWorkspace('examples/scs').load();
    const solver = await highsSolver();
    const dates: PlainDate[] = [];
    let changedSomething = 0;
    const s = simulateCore(
      ws,
      { cadences: [parseDuration('1m', '--cadence')], lifetime: parseDuration('12m', '--lifetime'), from: d('2023-01-20'), to: d('2024-06-20'), release: 'R3' },
      (known, q) => {
        dates.push(q.date);
        const plan = planRelease(known, q, solver);
        const poisoned = publishedAfter(known, q.asOf);
        const again = planRelease(poisoned, q, solver);
        expect(again, `plan ${q.release} on ${q.date}`).toEqual(plan);
        // the poison is real: the same release planned a day later sees it (more rules broken)
        const later = planRelease(poisoned, { ...q, date: addDays(q.date, 1), asOf: addDays(q.asOf, 1) }, solver);
        if ((later.model.optimum[0] ?? 0) > (plan.model.optimum[0] ?? 0)) changedSomething++;
        return plan;
      },
    );
    expect(dates).toHaveLength(18);
    expect(s.cadences[0]?.releases).toHaveLength(18);
    expect(changedSomething).toBe(18);
  }, 240_000);
});
