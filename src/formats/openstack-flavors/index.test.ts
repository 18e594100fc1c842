import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UpkeepError } from '../../core/errors.js';
import { checkFlavors, failsAt } from '../../core/flavor/check.js';
import { parseFlavorList, readFlavorList } from './index.js';
import { parsePropertiesText } from './properties.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/flavors');
const fixture = (name: string) => path.join(fixtures, name);

function errorOf(fn: () => unknown): UpkeepError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UpkeepError) return e;
    throw e;
  }
  throw new Error('expected an UpkeepError');
}

describe('openstack flavor JSON', () => {
  it('reads `flavor list --long` rows with properties as string or object', () => {
    const flavors = readFlavorList(fixture('flavor-list-long.json'));
    const v2 = flavors.find((f) => f.name === 'SCS-2V-8');
    expect(v2).toMatchObject({ vcpus: 2, ramMiB: 8192, diskGB: 0, properties: { 'scs:cpu-type': 'dedicated-core', 'scs:name-v2': 'SCS-2V-8' } });
    expect(flavors.find((f) => f.name === 'SCS-1V-4')?.properties['scs:name-v1']).toBe('SCS-1V:4');
  });

  it('reads a single `flavor show` object', () => {
    expect(readFlavorList(fixture('flavor-show.json'))).toEqual([
      {
        id: '6c7a1f0e-2d51-4c1b-8f4e-6a1e5b0c9d21',
        name: 'SCS-2V-4',
        vcpus: 2,
        ramMiB: 4096,
        diskGB: 0,
        properties: { 'scs:cpu-type': 'shared-core', 'scs:name-v1': 'SCS-2V:4', 'scs:name-v2': 'SCS-2V-4' },
      },
    ]);
  });

  it('turns missing files, bad JSON and bad shapes into UpkeepErrors', () => {
    expect(errorOf(() => readFlavorList(fixture('nope.json'))).code).toBe('UPK_FILE_NOT_FOUND');
    expect(errorOf(() => readFlavorList(fixture('bad-json.json'))).code).toBe('UPK_JSON_SYNTAX');
    const shape = errorOf(() => readFlavorList(fixture('bad-shape.json')));
    expect(shape.code).toBe('UPK_FLAVOR_INPUT');
    expect(shape.message).toContain('[0].RAM');
    expect(errorOf(() => parseFlavorList('[{"Name":"x","RAM":1,"Disk":0,"VCPUs":1,"Properties":"a=\'b"}]', 'f.json')).message).toContain('no closing');
    expect(errorOf(() => parseFlavorList('[42]', 'f.json')).code).toBe('UPK_FLAVOR_INPUT');
  });

  it('says which JSON was expected and what the file holds instead, in one message', () => {
    const e = errorOf(() => readFlavorList(fixture('other-shape.json')));
    expect(e.code).toBe('UPK_FLAVOR_INPUT');
    expect(e.message).toBe(
      `expected the JSON array of \`openstack flavor list --long -f json\` (or the object of \`openstack flavor show -f json\`), found an object with key flavors`,
    );
    expect(e.problems).toHaveLength(1);
    expect(errorOf(() => parseFlavorList('"SCS-2V-4"', 'f.json')).message).toContain('found a string');
    expect(errorOf(() => parseFlavorList('[{"id": 1}]', 'f.json')).message).toBe(
      '[0]: expected a flavor (an object with Name, VCPUs, RAM, Disk or name, vcpus, ram, disk), found an object with key id',
    );
  });

  it('parses the properties text of older clients', () => {
    expect(parsePropertiesText("scs:cpu-type='shared-core', scs:name-v2='SCS-1V-4', note=\"it's\"")).toEqual({
      ok: true,
      properties: { 'scs:cpu-type': 'shared-core', 'scs:name-v2': 'SCS-1V-4', note: "it's" },
    });
  });
});

describe('flavor check on a realistic `openstack flavor list --long -f json`', () => {
  const report = checkFlavors(readFlavorList(fixture('flavor-list-long.json')));
  const status = (name: string) => report.flavors.find((f) => f.name === name)?.status;

  it('passes right flavors, with or without extensions', () => {
    expect(status('SCS-1V-4')).toBe('ok');
    expect(status('SCS-2V-4-20s')).toBe('ok');
    expect(status('SCS-16V-64-500s_kvm_z3h')).toBe('ok');
    expect(status('m1.small')).toBe('not-scs');
  });

  it('reports wrong names with the parser failure', () => {
    expect(status('SCS-4X-16')).toBe('wrong-name');
    expect(status('SCS-2V-4_qemu')).toBe('wrong-name');
    const f = report.findings.find((x) => x.kind === 'wrong-name' && x.flavor === 'SCS-2V-4_qemu');
    expect(f).toMatchObject({ severity: 'error', failure: { code: 'extra-characters', position: 8 } });
  });

  it('reports mismatches with the property', () => {
    expect(status('SCS-2V-8')).toBe('mismatch');
    // A dedicated core sold as `V` understates the flavor (allowed); scs-0103 still wants shared-core on the standard flavor.
    expect(report.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'info',
      flavor: 'SCS-2V-8',
      property: 'scs:cpu-type',
      expected: 'shared-core',
      actual: 'dedicated-core',
      reason: 'underpromise',
    });
    expect(report.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'error',
      flavor: 'SCS-2V-8',
      property: 'scs:cpu-type',
      expected: 'shared-core',
      actual: 'dedicated-core',
      reason: 'standard-flavor',
    });
    expect(report.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'error',
      flavor: 'SCS-4C-16-50n',
      property: 'scs:cpu-type',
      expected: 'dedicated-core',
      actual: 'shared-core',
      reason: 'overpromise',
    });
    expect(report.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'error',
      flavor: 'SCS-4V-16',
      property: 'ram',
      expected: '16 GiB',
      actual: '15 GiB',
      reason: 'overpromise',
    });
    expect(report.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'error',
      flavor: 'SCS-4V-16',
      property: 'ram',
      expected: '16384 MiB',
      actual: '15360 MiB',
      reason: 'standard-flavor',
    });
    expect(report.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'error',
      flavor: 'SCS-2C-8',
      property: 'vcpus',
      expected: '2',
      actual: '1',
      reason: 'overpromise',
    });
    expect(status('SCS-4C-16-50n')).toBe('mismatch');
  });

  it('reports v1 names with a rename to the v3 name', () => {
    expect(status('SCS-8V:32:100')).toBe('outdated-name');
    expect(report.renames).toEqual([{ from: 'SCS-8V:32:100', to: 'SCS-8V-32-100' }]);
  });

  it('reports missing standard flavors: mandatory as errors, recommended as warnings', () => {
    const missing = report.findings.filter((f) => f.kind === 'missing');
    expect(missing).toContainEqual({ kind: 'missing', severity: 'error', standardName: 'SCS-1L-1', level: 'mandatory' });
    expect(missing).toContainEqual({ kind: 'missing', severity: 'warning', standardName: 'SCS-8V-32-100', level: 'recommended' });
    // scs-0103 has 28 standard flavors; the list lacks exactly these two.
    expect(missing.map((m) => m.kind === 'missing' && m.standardName)).toEqual(['SCS-1L-1', 'SCS-8V-32-100']);
    expect(failsAt(report, 'error')).toBe(true);
    expect(failsAt(report, 'never')).toBe(false);
  });
});

describe('flavor check on a fully compliant flavor list', () => {
  const report = checkFlavors(readFlavorList(fixture('flavor-list-compliant.json')));

  it('has every standard flavor and no finding above info', () => {
    expect(report.standardFlavors.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(report.standardFlavors).toHaveLength(28);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(failsAt(report, 'warning')).toBe(false);
  });
});
