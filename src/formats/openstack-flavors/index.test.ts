import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UpkeepError } from '../../core/errors.js';
import { type CloudFlavor, checkFlavors, failsAt } from '../../core/flavor/check.js';
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
      'expected the JSON array of `openstack flavor list --long -f json` (or the object of `openstack flavor show -f json`, or Nova\'s `{"flavors": [...]}`), found an object with key servers',
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
    // scs-0103 v1.2 has 31 standard flavors; the list lacks these two and two of "Recommended, part 2" (it has SCS-16V-64).
    expect(missing.map((m) => m.kind === 'missing' && m.standardName)).toEqual(['SCS-1L-1', 'SCS-8V-32-100', 'SCS-8V-64', 'SCS-16V-128']);
    expect(failsAt(report, 'error')).toBe(true);
    expect(failsAt(report, 'never')).toBe(false);
  });
});

describe('flavor check on a fully compliant flavor list', () => {
  const report = checkFlavors(readFlavorList(fixture('flavor-list-compliant.json')));

  it('has every standard flavor and no finding above info', () => {
    expect(report.standardFlavors.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(report.standardFlavors).toHaveLength(31);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(failsAt(report, 'warning')).toBe(false);
  });
});

describe("OSISM's real flavor definitions (osism/openstack-flavor-manager flavors.yaml)", () => {
  const rows = readFlavorList(fixture('osism/flavor-list-long.json'));
  const report = checkFlavors(rows);

  it('pass: `scs:disk0-type: network` on the 13 flavors without a disk is no error (boot from a network volume)', () => {
    const diskless = rows.filter((f) => f.diskGB === 0);
    expect(diskless).toHaveLength(13);
    for (const f of diskless) expect(f.properties['scs:disk0-type']).toBe('network');
    expect(report.flavors.filter((f) => f.status !== 'ok')).toEqual([]);
    expect(report.findings.filter((f) => f.kind === 'mismatch' && f.severity !== 'info')).toEqual([]);
  });

  it('lack only the three recommended flavors that scs-0103 v1.2 added ("Recommended, part 2"): warnings, not errors', () => {
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([
      { kind: 'missing', severity: 'warning', standardName: 'SCS-16V-64', level: 'recommended' },
      { kind: 'missing', severity: 'warning', standardName: 'SCS-8V-64', level: 'recommended' },
      { kind: 'missing', severity: 'warning', standardName: 'SCS-16V-128', level: 'recommended' },
    ]);
    expect(failsAt(report, 'error')).toBe(false);
  });

  it('compare only the extra_specs the standard table gives: other keys (hw_rng:allowed) and an "(any)" disk type are not compared', () => {
    const withOthers = rows.map((f) =>
      f.name === 'SCS-2V-8-20' ? { ...f, properties: { ...f.properties, 'scs:disk0-type': 'ssd', 'hw:cpu_policy': 'shared' } } : f,
    );
    expect(checkFlavors(withOthers).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('are read the same from every shape: the Nova API list, SDK dicts with extra_specs, `server show -f json`', () => {
    const sdk = rows.map((f) => ({ id: f.id, name: f.name, vcpus: f.vcpus, ram: f.ramMiB, disk: f.diskGB, extra_specs: f.properties, location: null }));
    const strip = (list: readonly CloudFlavor[]) => list.map(({ id: _id, ...rest }) => rest);
    expect(parseFlavorList(JSON.stringify({ flavors: sdk }), 'nova.json')).toEqual(rows);
    expect(parseFlavorList(JSON.stringify(sdk), 'sdk.json')).toEqual(rows);
    // `openstack server show -f json` (microversion 2.47+): the flavor is embedded without an id, named original_name.
    const servers = rows.map((f) => ({
      name: `vm-${f.name}`,
      status: 'ACTIVE',
      flavor: { name: null, original_name: f.name, vcpus: f.vcpus, ram: f.ramMiB, disk: f.diskGB, ephemeral: 0, swap: 0, extra_specs: f.properties },
    }));
    expect(parseFlavorList(JSON.stringify(servers), 'servers.json')).toEqual(strip(rows));
  });
});

describe('the Nova API shapes (openstack/nova api samples)', () => {
  it('reads GET /flavors/detail with extra_specs', () => {
    const flavors = readFlavorList(fixture('nova/flavors-detail-v2.75.json'));
    expect(flavors).toHaveLength(7);
    expect(flavors.find((f) => f.name === 'm1.small.description')).toEqual({
      id: '7',
      name: 'm1.small.description',
      vcpus: 1,
      ramMiB: 2048,
      diskGB: 20,
      properties: { 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' },
    });
  });

  it('reads GET /flavors/{id} and the flavor a server embeds (GET /servers/{id}, microversion 2.47)', () => {
    expect(readFlavorList(fixture('nova/flavor-get-v2.61.json')).map((f) => f.name)).toEqual(['m1.small.description']);
    expect(readFlavorList(fixture('nova/server-get-v2.47.json'))).toEqual([
      { name: 'm1.tiny.specs', vcpus: 1, ramMiB: 512, diskGB: 1, properties: { 'hw:numa_nodes': '1' } },
    ]);
  });

  it('refuses GET /flavors without details, naming the call that has the figures', () => {
    const e = errorOf(() => readFlavorList(fixture('nova/flavors-list.json')));
    expect(e.code).toBe('UPK_FLAVOR_INPUT');
    expect(e.message).toContain("without their vCPUs, RAM and disk (Nova's GET /flavors)");
    expect(e.hint).toContain('GET /flavors/detail');
  });

  it('refuses a server that names its flavor without embedding it (microversion before 2.47), saying how to get it', () => {
    const e = errorOf(() => parseFlavorList('{"name": "vm", "flavor": "SCS-2V-4 (42)"}', 'server.json'));
    expect(e.message).toBe('flavor: the server names its flavor ("SCS-2V-4 (42)") but does not embed it');
    expect(e.hint).toContain('--os-compute-api-version 2.47');
  });
});
