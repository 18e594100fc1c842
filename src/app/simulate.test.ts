import { beforeAll, describe, expect, it } from 'vitest';
import { d } from '../../test/builders.js';
import { run } from '../../test/cli-io.js';
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
