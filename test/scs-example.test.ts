import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';

const scs = join(repoRoot, 'examples/scs');
beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
});

interface CheckJson {
  schema: string;
  asOf: string;
  findings: {
    release: string;
    component: string;
    rule: string;
    severity: string;
    date: string | null;
    message: string;
    alternative: boolean;
    facts: Record<string, unknown>;
  }[];
  pins: {
    release: string;
    component: string;
    version: string;
    alternative: boolean;
    cycle: string | null;
    state: string;
    end: { date: string | null; basis: string; announced: unknown; actual: unknown; differenceDays: number | null } | null;
    pointReleases: { count: number; latest: { version: string; date: string } | null } | null;
  }[];
  lifecycles: { product: string; basis: string }[];
  summary: { error: number; warning: number; info: number; exitCode: number };
}

async function json(...args: string[]): Promise<CheckJson> {
  const r = await run('check', scs, '--format', 'json', ...args);
  expect(r.err).toBe('');
  return JSON.parse(r.out) as CheckJson;
}

describe('the SCS example, as the board saw it on 2023-03-20', () => {
  it('reports that Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01 (announced), before R4 ends', async () => {
    const r = await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4');
    expect(r.code).toBe(1);
    expect(r.out).toContain("Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01 (announced), 157 days before R4's planned end 2023-11-05");
  });

  it('gives the count and latest of Ceph 17 point releases at that date in the JSON', async () => {
    const doc = await json('--as-of', '2023-03-20', '--release', 'R4');
    expect(doc.schema).toBe('upkeep.check/v1');
    const quincy = doc.pins.find((p) => p.component === 'ceph' && p.alternative)!;
    expect(quincy).toMatchObject({
      version: '17.2.5',
      cycle: '17',
      state: 'maintained',
      pointReleases: { count: 6, latest: { version: '17.2.5', date: '2022-10-19' } },
    });
    const pacific = doc.findings.find((f) => f.component === 'ceph' && !f.alternative)!;
    // a warning, not an error: commitments.yaml promises community security backports until R4's end
    expect(pacific).toMatchObject({ rule: 'horizon', severity: 'warning', date: '2023-06-01' });
    expect(pacific.facts.end).toMatchObject({ basis: 'announced', date: '2023-06-01' });
    expect(pacific.facts).toMatchObject({ covered: true, commitment: { by: 'community', scope: 'security', until: '2023-11-05' } });
  });

  it('says nothing of what stays maintained: OpenStack Zed, Ubuntu 22.04, Quincy, the Ansible 7 cycle', async () => {
    const doc = await json('--as-of', '2023-03-20', '--release', 'R4');
    const flagged = new Set(doc.findings.filter((f) => f.severity !== 'info').map((f) => `${f.component}${f.alternative ? ' alt' : ''}`));
    for (const c of ['openstack', 'ubuntu', 'ceph alt', 'ansible']) expect(flagged.has(c), c).toBe(false);
    for (const f of doc.findings.filter((x) => x.rule === 'horizon' || x.rule === 'ended')) {
      const pin = doc.pins.find((p) => p.release === f.release && p.component === f.component && p.alternative === f.alternative)!;
      expect(pin.end?.date == null || pin.end.date < '2023-11-05', `${f.component} ends ${pin.end?.date}`).toBe(true);
    }
  });

  it('uses the history where there is one and says which products have none', async () => {
    const doc = await json('--as-of', '2023-03-20', '--release', 'R4');
    expect(doc.lifecycles.find((l) => l.product === 'ceph')?.basis).toBe('history');
    expect(doc.lifecycles.find((l) => l.product === 'ovs')?.basis).toBe('current');
    const table = await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4');
    expect(table.out).toMatch(/no history for ovn, ovs: today's lifecycle files are used for 2023-03-20/);
  });
});

describe('the SCS example as known today (2026-11-25)', () => {
  it('names 2024-03-04 (actual) for Pacific, with the announced date and the difference', async () => {
    const doc = await json('--as-of', '2026-11-25', '--release', 'R4');
    const pin = doc.pins.find((p) => p.component === 'ceph' && !p.alternative)!;
    expect(pin.end).toMatchObject({ date: '2024-03-04', basis: 'actual', announced: '2023-10-01', actual: '2024-03-04', differenceDays: 155 });
    const moved = doc.findings.find((f) => f.component === 'ceph' && f.rule === 'end-moved' && !f.alternative)!;
    expect(moved.message).toBe(
      'Ceph 16 (Pacific): upstream maintenance ended on 2024-03-04 (actual; announced 2023-10-01, 155 days later), 277 days later than published when R4 was released on 2023-03-22 (2023-06-01)',
    );
  });

  it('status shows each pin with its phase', async () => {
    const r = await run('status', scs, '--as-of', '2023-03-20', '--release', 'R4', '--long');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ceph\s+16\.2\.11\s+Ceph\s+16 Pacific\s+maintained\s+2023-06-01 \(announced\)\s+73\s+12, latest 16\.2\.11/);
    expect(r.out).toMatch(/ceph \(alt\)\s+17\.2\.5\s+Ceph\s+17 Quincy\s+maintained\s+2024-06-01 \(announced\)\s+439\s+6, latest 17\.2\.5/);
  });
});

describe('status', () => {
  it("prints the release × component matrix with each pin's phase and end on the date", async () => {
    const r = await run('status', scs, '--as-of', '2023-03-20');
    expect(r.code).toBe(0);
    const header = r.out.split('\n').find((l) => l.startsWith('COMPONENT'))!;
    expect(header).toMatch(/COMPONENT\s+R3 \(2022-09-21 → 2023-05-05\)\s+R4 \(2023-03-22 → 2023-11-05\)\s+R4\.1/);
    expect(r.out).toMatch(/\nceph\s+16\.2\.9 maintained → 2023-06-01\s+16\.2\.11 maintained → 2023-06-01\s+16\.2\.11 maintained → 2023-06-01/);
    expect(r.out).toMatch(/\nopenstack\s+yoga maintained → 2023-11-02\s+zed maintained → 2024-04-05/);
  });
});

describe('check output formats and exit codes', () => {
  it('the JSON has the fields docs/json-output.md documents', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(join(repoRoot, 'docs/json-output.md'), 'utf8');
    const out = (await json('--as-of', '2023-03-20', '--release', 'R4')) as unknown as Record<string, unknown>;
    const documented = [...doc.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(out).sort());
    const pin = (out.pins as Record<string, unknown>[])[0]!;
    for (const k of Object.keys(pin)) expect(doc, k).toContain(`"${k}"`);
    const finding = (out.findings as Record<string, unknown>[])[0]!;
    for (const k of Object.keys(finding)) expect(doc, k).toContain(`"${k}"`);
  });

  it.each([
    ['never', 0],
    ['error', 1],
  ])('--fail-on %s exits %i', async (failOn, code) => {
    expect((await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--fail-on', failOn)).code).toBe(code);
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    const r = await run('check', scs, '--as-of', '2022-09-01', '--release', 'R3', '--fail-on', 'error');
    const doc = JSON.parse((await run('check', scs, '--as-of', '2022-09-01', '--release', 'R3', '--format', 'json')).out) as CheckJson;
    expect(r.code).toBe(doc.summary.error > 0 ? 1 : 0);
  });

  it('writes SARIF 2.1.0 with the pin location of each finding', async () => {
    const sarif = JSON.parse((await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--format', 'sarif')).out);
    expect(sarif.version).toBe('2.1.0');
    const ovs = sarif.runs[0].results.find((r: { properties: { component: string } }) => r.properties.component === 'ovs');
    expect(ovs.level).toBe('error');
    expect(ovs.locations[0].physicalLocation.artifactLocation.uri).toMatch(/releases\/R4\.yaml$/);
    expect(ovs.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    const ceph = sarif.runs[0].results.find((r: { properties: { component: string } }) => r.properties.component === 'ceph');
    expect(ceph.level).toBe('warning');
  });

  it('writes JUnit with one failure per failing pin', async () => {
    const xml = (await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--format', 'junit')).out;
    expect(xml).toMatch(/<testsuite name="R4" tests="\d+" failures="[1-9]\d*" skipped="\d+">/);
    expect(xml).toMatch(/<testcase classname="R4" name="ovs 3\.0\.1">\s*<failure type="horizon"/);
    // covered by community backports: a warning, not a failure at the default --fail-on error
    expect(xml).toMatch(/<testcase classname="R4" name="ceph 16\.2\.11">\s*<system-out>warning: /);
  });

  it('writes Markdown with a findings table', async () => {
    const md = (await run('check', scs, '--as-of', '2023-03-20', '--release', 'R4', '--format', 'markdown')).out;
    expect(md).toContain('| error | R4 | ovs | 3.0.1 | 3.0 | horizon | 2023-08-15 | 148 |');
    expect(md).toContain('| warning | R4 | ceph | 16.2.11 | 16 | horizon | 2023-06-01 | 73 |');
  });
});

describe('status --format html', () => {
  it('draws each release timeline, with Pacific ending before R4 does', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-html-'));
    try {
      const out = join(dir, 'status.html');
      const r = await run('status', scs, '--as-of', '2023-03-20', '--release', 'R4', '--format', 'html', '--out', out);
      expect(r.code).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('R4 (5.0.0): released 2023-03-22, planned end 2023-11-05');
      expect(html).toContain('<title>ceph · Ceph 16 Pacific: maintained (bug and security fixes) 2021-03-31 → 2023-06-01 (announced)</title>');
      expect(html).toContain('<title>R4 planned end 2023-11-05</title>');
      expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2); // the legend and the chart
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the JSON output schema', () => {
  it.each([
    ['2023-03-20', 'R4'],
    ['2026-11-25', 'R4'],
    ['2022-09-01', 'R3'],
  ])('check as of %s of %s validates against docs/check-output.schema.json (run npm run docs after changing it)', async (asOf, release) => {
    const { CheckOutput } = await import('../src/render/schema.js');
    const { z } = await import('zod');
    const { readFileSync } = await import('node:fs');
    const doc = await json('--as-of', asOf, '--release', release);
    const r = CheckOutput.safeParse(doc);
    expect(r.success ? [] : r.error.issues.slice(0, 3)).toEqual([]);
    expect(JSON.parse(readFileSync(join(repoRoot, 'docs/check-output.schema.json'), 'utf8'))).toEqual(z.toJSONSchema(CheckOutput));
  });
});
