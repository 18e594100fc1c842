import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { d } from '../../test/builders.js';
import type { Plan } from '../core/plan/types.js';
import { plan } from './plan.js';

beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
});

const of = (p: Plan, component: string) => p.components.find((c) => c.component === component);

describe('upkeep plan on the SCS example, as known at the time', () => {
  it('R4.1 as of 2023-03-20: Pacific runs out on 2023-06-01; the options are Quincy, own backports for 157 days, or an announcement', async () => {
    const { plan: p } = await plan({ workspace: 'examples/scs', release: 'R4.1', from: 'R4', date: d('2023-04-18'), asOf: d('2023-03-20') });
    expect(p.point).toBe(true);
    expect(p.release.end).toBe('2023-11-05');
    const gap = p.gaps.find((g) => g.component === 'ceph');
    expect(gap).toMatchObject({ cycle: '16', codename: 'Pacific', rule: 'horizon', end: '2023-06-01' });
    expect(gap?.options.map((o) => o.kind)).toEqual(['upgrade', 'backports', 'announce']);
    expect(gap?.options[0]).toMatchObject({ candidate: { version: '17.2.5', cycle: '17' }, maturityGapDays: 0 });
    // Pacific's point releases came every 61 days: 157 days of own backports stand for about 3 of them
    // commitments.yaml already promises community security backports until R4's end (and so R4.1's)
    expect(gap?.options[1]).toMatchObject({ from: '2023-06-01', until: '2023-11-05', days: 157, pointReleases: 3, commitment: { by: 'community' } });
    // covered: keeping Pacific is a warning, and Quincy (no finding) still wins
    expect(of(p, 'ceph')?.rejected.map((r) => [r.candidate.version, r.because])).toEqual([
      ['16.2.11', { kind: 'rules', rules: ['horizon'], severity: 'warning' }],
    ]);
    // a cycle whose maintenance lasts is not changed within a point release
    expect(of(p, 'openstack/ansible-core')?.rejected.map((r) => r.because.kind)).toEqual(['point-release']);
  });

  it('the release after R4.1 (2023-09-20, as of 2023-08-01) gives reasons for every component, and nothing published later', async () => {
    const { plan: p } = await plan({ workspace: 'examples/scs', release: 'R5', date: d('2023-09-20'), asOf: d('2023-08-01') });
    expect(p.base.id).toBe('R4.1');
    for (const c of p.components) expect(c.reasons.length, c.component).toBeGreaterThan(0);
    for (const c of p.components) if (c.change !== 'keep') expect(c.rejected.length, c.component).toBeGreaterThan(0);
    expect(of(p, 'openstack')?.to.version).toBe('antelope');
    // OVS 3.2 (released 2023-08-17) is in today's file but not known on 2023-08-01: OVS 3.1 ends first, a gap
    expect(of(p, 'ovs')?.to.version).toBe('3.1.0');
    expect(p.gaps.find((g) => g.component === 'ovs')?.options.map((o) => o.kind)).toEqual(['backports', 'announce']);
    expect(p.status).toBe('gaps');
  });
});

describe('upkeep plan refuses bad input with what is wrong and where (exit 2)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  /** The SCS example with its policy.yaml changed. */
  const scsWith = (edit: (policy: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-plan-'));
    dirs.push(dir);
    cpSync('examples/scs', dir, { recursive: true });
    const file = join(dir, 'policy.yaml');
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return dir;
  };
  const lineOf = (dir: string, text: string) =>
    readFileSync(join(dir, 'policy.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;
  const query = { release: 'R4.1', from: 'R4', date: d('2023-04-18'), asOf: d('2023-03-20') };

  it.each([
    [
      'a compatibility rule naming an unknown component',
      (p: string) => p.replace('require: { ovs: ">=3.1" }', 'require: { openvswitch: ">=3.1" }'),
      'UPK_UNKNOWN_COMPONENT',
      'openvswitch',
    ],
    [
      'a compatibility rule with a range that does not parse',
      (p: string) => p.replace('require: { ovs: ">=3.1" }', 'require: { ovs: ">=3.1 <<" }'),
      'UPK_BAD_RANGE',
      '<<',
    ],
    [
      'plan costs that contradict the preference order (a major change cheaper than a minor one)',
      (p: string) => `${p}\nplan:\n  point_release: never\n  change_cost: { minor: 10, major: 5 }\n`,
      'UPK_SCHEMA',
      'change_cost',
    ],
    ['a negative plan cost', (p: string) => `${p}\nplan:\n  change_cost: { patch: -1 }\n`, 'UPK_SCHEMA', 'change_cost'],
  ])('%s', async (_t, edit, code, where) => {
    const dir = scsWith(edit);
    const run = plan({ workspace: dir, ...query });
    await expect(run).rejects.toMatchObject({ code, location: { line: lineOf(dir, where) } });
    await expect(run).rejects.toMatchObject({ location: { file: expect.stringMatching(/policy\.yaml$/) } });
  });

  it('reads the plan section: point_release never keeps Pacific in R4.1 (the gap stays, with its options)', async () => {
    const dir = scsWith((p) => `${p}\nplan:\n  point_release: never\n`);
    const { plan: p } = await plan({ workspace: dir, ...query });
    expect(of(p, 'ceph')?.to.version).toBe('16.2.11');
    expect(of(p, 'ceph')?.rejected.map((r) => r.because.kind)).toEqual(['point-release']);
    expect(p.gaps.find((g) => g.component === 'ceph')?.chosen).toBe('backports');
    expect(p.status).toBe('gaps');
  });
});

describe('upkeep plan shows the packaging of each version (upkeep.yaml packaging_by_version)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const query = { release: 'R4.1', from: 'R4', date: d('2023-04-18'), asOf: d('2023-03-20') };

  it('R4.1: OVN 23.03 would be built from source (cost 5); the plan takes 22.12 as a container image and names the packaging of its changes', async () => {
    const { plan: p, productName } = await plan({ workspace: 'examples/scs', ...query });
    const ovn = of(p, 'ovn');
    expect(ovn?.to).toMatchObject({ version: '22.12', packaging: 'container-image', packagingCost: 1 });
    const v2303 = ovn?.rejected.find((r) => r.candidate.cycle === '23.03')?.candidate;
    expect(v2303).toMatchObject({ packaging: 'source', packagingCost: 5, packagingByVersion: true });
    expect(v2303?.packagingSource).toContain('SCS board minutes 2023-03-20');
    const { renderPlanTable, renderPlanMarkdown } = await import('../render/plan-text.js');
    const table = renderPlanTable(p, productName);
    expect(table).toMatch(/^ {4}rejected 23\.03 \(latest point release\): maturity-age \(warning\); built from source \(packaging cost 5; SCS board minutes/m);
    expect(table).toMatch(/^ {4}22\.12: maintained until 2023-12-16 .*, container image \(packaging cost 1\)$/m);
    expect(table).toMatch(/^Packaging of \d+ of the \d+ changes: 1 distro package, \d+ container images; packaging cost \d+\.$/m);
    expect(renderPlanMarkdown(p, productName)).toContain('23.03: maturity-age (warning); built from source (packaging cost 5;');
  });

  it('when the plan takes OVN 23.03 (a compatibility rule asks for it), the change is counted as built from source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-plan-'));
    dirs.push(dir);
    cpSync('examples/scs', dir, { recursive: true });
    const file = join(dir, 'policy.yaml');
    const rule = '  - id: ovs-3.1-needs-ovn-23\n    when: { ovs: ">=3.1" }\n    require: { ovn: ">=23.03" }\n    severity: error\n';
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ncompatibility:\n', `\ncompatibility:\n${rule}`));
    const { plan: p, productName } = await plan({ workspace: dir, ...query });
    expect(of(p, 'ovn')?.to).toMatchObject({ cycle: '23.03', packaging: 'source', packagingByVersion: true });
    const { renderPlanTable } = await import('../render/plan-text.js');
    const table = renderPlanTable(p, productName);
    expect(table).toMatch(/^Packaging of .*1 built from source \(ovn 23\.03\); packaging cost \d+\.$/m);
    // the gap's upgrade option says how the version would be shipped
    expect(table).toMatch(
      /^ {2}\* upgrade to 23\.03 \(latest point release\): minor change, 2 components changed; built from source \(packaging cost 5\); maturity gap /m,
    );
  });

  it('a packaging range that does not parse is refused where it is written (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-plan-'));
    dirs.push(dir);
    cpSync('examples/scs', dir, { recursive: true });
    const file = join(dir, 'upkeep.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- versions: "23.03"', '- versions: ">=23.03 <<"'));
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('>=23.03 <<')) + 1;
    await expect(plan({ workspace: dir, ...query })).rejects.toMatchObject({
      code: 'UPK_BAD_RANGE',
      location: { file: expect.stringMatching(/upkeep\.yaml$/), line },
    });
  });
});
