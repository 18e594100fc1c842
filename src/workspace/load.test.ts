import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UpkeepError } from '../core/errors.js';
import { wordProblem } from '../render/problems.js';
import { loadWorkspace } from './load.js';
import { POLICY_TEMPLATE, workspaceTemplate } from './templates.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace folder from a map of relative path → content. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-ws-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const base = {
  'upkeep.yaml': workspaceTemplate('t'),
  'policy.yaml': POLICY_TEMPLATE,
  'products/ovs.yaml': 'id: ovs\nname: Open vSwitch\nscheme: semver\ncycles:\n  - { cycle: "3.0", released: 2022-08-15, maintained: 2023-08-15 }\n',
  'releases/R4.yaml': 'id: R4\ndate: 2023-03-22\nend: 2023-11-05\npins:\n  ovs: 3.0.1\n',
};

function error(files: Record<string, string>): UpkeepError {
  try {
    loadWorkspace(folder(files));
  } catch (e) {
    if (e instanceof UpkeepError) return e;
    throw e;
  }
  throw new Error('expected an UpkeepError');
}

describe('loadWorkspace', () => {
  it('keeps a component whose product has no lifecycle yet (the check reports its pins)', () => {
    const ws = loadWorkspace(folder({ ...base, 'upkeep.yaml': 'name: t\ncomponents:\n  ceph: { product: ceph, scheme: ceph }\n' }));
    expect(ws.components.get('ceph')).toEqual({ id: 'ceph', product: 'ceph', scheme: 'ceph' });
    expect(ws.products.has('ceph')).toBe(false);
  });

  it('reads a minimal workspace: the default policy, a product, a release with the pin line', () => {
    const ws = loadWorkspace(folder(base));
    expect(ws.products.get('ovs')?.cycles[0]?.id).toBe('3.0');
    expect(ws.releases[0]?.pins[0]).toMatchObject({ component: 'ovs', version: '3.0.1', at: { line: 5 } });
    expect(ws.policy.horizon).toMatchObject({ phase: 'maintained', severity: 'error' });
  });

  it.each([
    ['malformed YAML', { 'releases/R4.yaml': 'id: R4\ndate: 2023-03-22\n  end: [\n' }, 'UPK_YAML_SYNTAX', 'R4.yaml', /./],
    [
      'a date in the wrong form',
      { 'releases/R4.yaml': 'id: R4\ndate: 22.03.2023\nend: 2023-11-05\npins: {}\n' },
      'UPK_BAD_DATE',
      'R4.yaml',
      /22\.03\.2023" is not a date/,
    ],
    ['an unknown key (a typo)', { 'policy.yaml': 'horizon:\n  phse: maintained\n' }, 'UPK_SCHEMA', 'policy.yaml', /unknown key "phse"/],
    [
      'a product spelled unlike its file (a typo, not a lifecycle still to import)',
      { 'upkeep.yaml': 'name: t\ncomponents:\n  ovs: { product: OVS }\n' },
      'UPK_UNKNOWN_PRODUCT',
      'upkeep.yaml',
      /product "OVS", which has no lifecycle in products\/; products\/ovs\.yaml is "ovs"/,
    ],
    [
      'an unknown scheme',
      { 'products/ovs.yaml': 'id: ovs\nname: OVS\nscheme: roman\ncycles: []\n' },
      'UPK_UNKNOWN_SCHEME',
      'ovs.yaml',
      /expected one of "semver"/,
    ],
    [
      'an end before the release',
      { 'releases/R4.yaml': 'id: R4\ndate: 2023-03-22\nend: 2023-01-01\npins: {}\n' },
      'UPK_BAD_DATE',
      'R4.yaml',
      /ends \(2023-01-01\) before/,
    ],
    ['a missing policy', { 'policy.yaml': undefined }, 'UPK_FILE_NOT_FOUND', 'policy.yaml', /no policy\.yaml/],
  ] as const)('reports %s with the file, the line and a hint', (_what, change, code, file, message) => {
    const files: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete files[k];
      else files[k] = v;
    }
    const e = error(files);
    expect(e.code).toBe(code);
    expect(e.location.file).toContain(file);
    expect(e.message).toMatch(message);
    expect(e.hint).not.toBe('');
  });

  it('reports all problems of all files at once', () => {
    const e = error({ ...base, 'policy.yaml': 'horizon:\n  phse: x\n', 'releases/R4.yaml': 'id: R4\ndate: 2023-13-01\nend: 2023-11-05\npins: {}\n' });
    expect(e.problems.map((x) => x.location?.file?.split('/').pop())).toEqual(expect.arrayContaining(['policy.yaml', 'R4.yaml']));
    expect(e.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the line of a bad field', () => {
    const e = error({ ...base, 'releases/R4.yaml': 'id: R4\ndate: 2023-03-22\nend: 2023-11-05\npins:\n  ovs: 3.0.1\nalternatives: { ovs: 3.1.0 }\n' });
    expect(e.location.line).toBe(6);
  });

  it('says a folder without upkeep.yaml is no workspace and how to make one', () => {
    const e = error({ 'README.md': 'x' });
    expect(e.code).toBe('UPK_EMPTY_WORKSPACE');
    expect(e.hint).toMatch(/upkeep init/);
  });

  it('says a missing folder does not exist', () => {
    expect(() => loadWorkspace('/nonexistent/upkeep')).toThrowError(expect.objectContaining({ code: 'UPK_FILE_NOT_FOUND' }));
  });
});

describe('the policy against the workspace', () => {
  const policyWith = (rule: string) => ({ ...base, 'policy.yaml': `compatibility:\n  - id: r\n${rule}` });
  it.each([
    ['a typo in a cycle', '    when: { ovs: "3.9" }\n    require: { ovs: ["3.0"] }\n', 'UPK_UNKNOWN_CYCLE', /ovs has no cycle or version "3\.9"/, 3],
    ['a range that does not parse', '    when: { ovs: ">=3.0 <<" }\n    require: { ovs: ["3.0"] }\n', 'UPK_BAD_RANGE', /range ">=3\.0 <<" for ovs/, 3],
    ['an unknown component', '    when: { ovs: "3.0" }\n    require: { openvswitch: ["3.0"] }\n', 'UPK_UNKNOWN_COMPONENT', /names "openvswitch"/, 4],
  ])('%s is an error at load time, with its line', (_what, rule, code, message, line) => {
    const e = error(policyWith(rule));
    expect(e.code).toBe(code);
    expect(wordProblem(e.problems[0]).message).toMatch(message);
    expect(e.location).toMatchObject({ line });
    expect(e.location.file).toMatch(/policy\.yaml$/);
  });

  it('an upgrade rule for a product the workspace has no lifecycle for is UPK_UNKNOWN_PRODUCT, with its line', () => {
    const e = error({ ...base, 'policy.yaml': '# upgrades\nupgrades:\n  ovs: { kind: cycles, max: 1 }\n  osv: { kind: any }\n' });
    expect(e.code).toBe('UPK_UNKNOWN_PRODUCT');
    expect(wordProblem(e.problems[0])).toMatchObject({
      message: expect.stringMatching(/upgrade rule for "osv"/),
      hint: expect.stringMatching(/did you mean ovs/),
    });
    expect(e.location).toMatchObject({ path: 'upgrades.osv', line: 4 });
  });

  it('an upgrade rule of the policy overrides the upstream default of its product', () => {
    const ws = loadWorkspace(folder({ ...base, 'policy.yaml': 'upgrades:\n  ovs: { kind: cycles, max: 3, source: "https://example.org" }\n' }));
    expect(ws.policy.upgrades.byProduct.ovs).toEqual({ kind: 'cycles', max: 3, source: 'https://example.org', from: 'policy' });
    expect(ws.policy.upgrades.byProduct.ceph).toMatchObject({ kind: 'cycles', max: 2, from: 'upstream', source: 'https://docs.ceph.com/en/latest/releases/' });
  });

  it('accepts cycles by id, codename or a version of the scheme, and valid ranges', () => {
    expect(() => loadWorkspace(folder(policyWith('    when: { ovs: ["3.0", "3.0.1", ">=2.17 <3.1"] }\n    require: { ovs: "3.x" }\n')))).not.toThrow();
  });
});

describe('reviewed history', () => {
  it('a history entry for a cycle the product does not have is an error with its line', () => {
    const e = error({
      ...base,
      'products/ovs.history.yaml':
        '- { recorded: 2022-08-15, cycle: "3.0", field: maintained.announced, to: 2023-08-15 }\n- { recorded: 2022-09-01, cycle: "30", field: maintained.announced, to: 2023-08-15 }\n',
    });
    expect(e).toMatchObject({ code: 'UPK_UNKNOWN_CYCLE', location: { line: 2 } });
    expect(e.message).toMatch(/cycle "30", which ovs\.yaml does not have/);
  });
});

describe('history entries', () => {
  it.each([
    ['released', '2022-01-01', true],
    ['released', true, false],
    ['maintained.announced', '2024-01-01', true],
    ['maintained.announced', false, true],
    ['maintained.announced', 'soon', false],
    ['maintained.actual', '2024-01-01', true],
    ['security.announced', true, true],
    ['extended.actual', 'x', false],
    ['lts', true, true],
    ['lts', '2022-01-01', false],
    ['codename', 'Pacific', true],
    ['latest', '16.2.15', true],
    ['latestDate', '2024-03-04', true],
    ['eol', '2024-03-04', false],
  ] as const)('field %s with to=%j is accepted: %s', (field, to, ok) => {
    const line = JSON.stringify({ recorded: '2021-03-31', cycle: '3.0', field, to });
    const run = () => loadWorkspace(folder({ ...base, 'products/ovs.history.jsonl': `${line}\n` }));
    if (ok) expect(run).not.toThrow();
    else
      expect(run).toThrowError(
        expect.objectContaining({ code: expect.stringMatching(/^UPK_(SCHEMA|BAD_DATE)$/), location: expect.objectContaining({ line: 1 }) }),
      );
  });
});

describe('a product file that contradicts itself', () => {
  const ovs = (cycles: string) => ({ ...base, 'products/ovs.yaml': `id: ovs\nname: Open vSwitch\nscheme: semver\ncycles:\n${cycles}` });
  it.each([
    [
      'a point release of another cycle',
      '  - { cycle: "3.0", released: 2022-08-15, maintained: 2023-08-15, points: { 3.1.0: 2023-02-17 } }\n',
      /point release 3\.1\.0 belongs to another cycle/,
    ],
    [
      'a point release that is no version',
      '  - { cycle: "3.0", released: 2022-08-15, maintained: 2023-08-15, points: { 3.0.one: 2023-02-17 } }\n',
      /"3\.0\.one" is not a/,
    ],
    [
      'an end announced before the release',
      '  - { cycle: "3.0", released: 2022-08-15, maintained: 2020-10-01 }\n',
      /announced to end on 2020-10-01, before the cycle's release on 2022-08-15/,
    ],
    ['a cycle declared twice', '  - { cycle: "3.0", released: 2022-08-15 }\n  - { cycle: "3.0", released: 2022-08-15 }\n', /cycle 3\.0 is declared twice/],
  ])('%s is UPK_BAD_LIFECYCLE with its line', (_what, cycles, message) => {
    const e = error(ovs(cycles));
    expect(e.code).toBe('UPK_BAD_LIFECYCLE');
    expect(wordProblem(e.problems[0]).message).toMatch(message);
    expect(e.location.line).toBeGreaterThanOrEqual(5);
  });

  it('products, releases as files instead of folders are bad input, not a crash', () => {
    const { 'releases/R4.yaml': _r, ...rest } = base;
    const e = error({ ...rest, releases: 'not a folder' });
    expect(e).toMatchObject({ code: 'UPK_FILE_UNREADABLE' });
    expect(e.message).toMatch(/releases is a file/);
  });
});

describe('policy details', () => {
  it('an empty policy.yaml is the default policy', () => {
    expect(loadWorkspace(folder({ ...base, 'policy.yaml': '# nothing yet\n' })).policy.horizon.phase).toBe('maintained');
  });

  it('a compatibility rule id used twice is an error', () => {
    const e = error({
      ...base,
      'policy.yaml':
        'compatibility:\n  - { id: r, when: { ovs: "3.0" }, require: { ovs: "3.0" } }\n  - { id: r, when: { ovs: "3.0" }, require: { ovs: "3.0" } }\n',
    });
    expect(e).toMatchObject({ code: 'UPK_DUPLICATE', location: { line: 3 } });
  });

  it('suggests the closest names for a typo', () => {
    const e = error({ ...base, 'policy.yaml': 'compatibility:\n  - { id: r, when: { osv: "3.0" }, require: { ovs: "3.9" } }\n' });
    expect(e.problems.map((x) => wordProblem(x).hint).join('\n')).toMatch(/did you mean ovs[\s\S]*did you mean 3\.0/);
  });
});
