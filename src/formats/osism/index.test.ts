import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/paths.js';
import { thrown } from '../../../test/thrown.js';
import type { PlainDate } from '../../core/dates.js';
import type { Release } from '../../core/workspace.js';
import { importOsismRelease, osismReleaseFromFiles } from './index.js';

const releasesDir = path.resolve(repoRoot, '../shared/data/osism-release');
const opts = { releaseId: 'R4', date: '2023-03-22' as PlainDate, end: '2024-03-22' as PlainDate };

const pinsOf = (release: Release | undefined): Record<string, string> => Object.fromEntries((release?.pins ?? []).map((p) => [p.component, p.version]));
const r4 = importOsismRelease(path.join(releasesDir, '5.0.0'), opts);
const r4pins = pinsOf(r4.releases[0]);

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A release folder of 5.0.0's files, with some replaced or removed. */
function folder(files: Record<string, string | null>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'osism-'));
  temps.push(dir);
  const real = path.join(releasesDir, '5.0.0');
  for (const name of ['base.yml', 'ceph-pacific.yml', 'ceph.yml', 'openstack-zed.yml', 'openstack.yml']) {
    if (!(name in files)) writeFileSync(path.join(dir, name), readFileSync(path.join(real, name)));
  }
  for (const [name, text] of Object.entries(files)) if (text !== null) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('OSISM 5.0.0 (SCS R4) imports as one release', () => {
  it('takes id, dates from the options and the version from manager_version', () => {
    expect(r4.releases).toHaveLength(1);
    expect(r4.releases[0]).toMatchObject({ id: 'R4', version: '5.0.0', date: '2023-03-22', end: '2024-03-22' });
  });

  it.each([
    ['ceph', '16.2.11', 'docker_images.ceph of the default ceph file'],
    ['ceph-release', 'pacific', 'ceph_version'],
    ['ceph-ansible', 'stable-6.0', 'ceph_ansible_version'],
    ['ceph/ansible-core', '2.12.10', "the ceph file's own ansible-core, a plain version"],
    ['image/cephclient', '16.2.11', "the ceph file's docker_images"],
    ['openstack', 'zed', 'openstack_version'],
    ['openstack/nova', 'stable-zed', 'openstack_projects entry'],
    ['openstack/gnocchi', '4.5.0', 'a project with its own release'],
    ['openstack/ansible-core', '2.13.8', "the openstack file's own ansible-core"],
    ['image/openstackclient', '6.2.0', "the openstack file's docker_images"],
    ['image/mariadb', '10.11.2', 'base.yml docker_images'],
    ['image/homer', 'v23.02.2', 'a tag with a leading v is kept as written'],
    ['ansible', '7.3.0', 'ansible_version'],
    ['ansible-core', '2.14.3', 'ansible_core_version'],
    ['osism/docker', '5:20.10.23', 'osism_projects, with the package epoch'],
    ['osism/ara', '1.6.1', 'osism_projects'],
    ['manager', '5.0.0', 'manager_version'],
    ['osism/defaults', 'v0.20230321.0', 'a <name>_version key'],
    ['osism/playbooks', 'v0.20230313.0', 'a <name>_version key'],
    ['ansible-collection/openstack.cloud', '2.0.0', 'ansible_collections'],
    ['ansible-role/hardening', 'e77c311442cb1d1ef8caa7df9d9c00471afa75e7', 'ansible_roles, a git SHA kept as it is'],
  ])('pins %s at %s (%s)', (component, version) => {
    expect(r4pins[component]).toBe(version);
  });

  it.each([
    ['ceph/ansible', 'a range (>=4.0.0,<5.0.0) is not a pin'],
    ['openstack/ansible', 'a range (>=6.0.0,<7.0.0) is not a pin'],
    ['image/chrony', 'infrastructure_projects without a version'],
    ['openstack_previous_version', 'the previous series is upgrade information, not a pin'],
  ])('does not pin %s (%s)', (component) => {
    expect(r4pins).not.toHaveProperty(component);
  });

  it('each pin says which file and line it came from', () => {
    const ceph = r4.releases[0]?.pins.find((p) => p.component === 'ceph');
    expect(ceph).toMatchObject({ source: 'osism-release/5.0.0/ceph-pacific.yml', at: { file: path.join(releasesDir, '5.0.0', 'ceph-pacific.yml'), line: 14 } });
    expect(r4.releases[0]?.pins.find((p) => p.component === 'image/mariadb')?.source).toBe('osism-release/5.0.0/base.yml');
  });

  it('warns about the ansible ranges and lists the unversioned infrastructure projects once', () => {
    expect(r4.warnings).toEqual([
      'ceph-pacific.yml:2: ansible_version ">=4.0.0,<5.0.0" is a range, not a version; not pinned as ceph/ansible',
      expect.stringMatching(/^openstack-zed\.yml:\d+: infrastructure_projects without a version, not pinned: chrony, collectd, .*, tgtd$/),
      'openstack-zed.yml:2: ansible_version ">=6.0.0,<7.0.0" is a range, not a version; not pinned as openstack/ansible',
    ]);
  });

  it('has no alternatives (5.0.0 ships one ceph and one openstack file)', () => {
    expect(r4.releases[0]?.alternatives).toEqual([]);
  });

  it.each([
    ['ceph', { product: 'ceph', scheme: 'ceph' }],
    ['openstack', { product: 'openstack', scheme: 'openstack' }],
    ['ansible', { product: 'ansible' }],
    ['ansible-core', { product: 'ansible-core' }],
    ['osism/docker', { product: 'docker-engine', scheme: 'container' }],
    ['image/mariadb', { product: 'mariadb', scheme: 'container', packaging: 'container-image' }],
    ['image/postgres', { product: 'postgresql', scheme: 'container', packaging: 'container-image' }],
    ['image/vault', { product: 'hashicorp-vault', scheme: 'container', packaging: 'container-image' }],
    ['ansible-collection/openstack.cloud', { packaging: 'ansible-collection' }],
  ])('component %s maps to %o', (id, expected) => {
    expect(r4.components.find((c) => c.id === id)).toMatchObject({ id, ...expected });
  });

  it.each([
    ['openstack/gnocchi', "a project's own semver release has no OpenStack lifecycle"],
    ['openstack/nova', 'project branches follow the series pinned as `openstack`, which carries the lifecycle once'],
    ['ceph-release', 'it names the same cycle as the `ceph` pin, which carries the lifecycle once'],
    ['image/homer', 'an image of no known product'],
    ['ansible-role/hardening', 'roles pinned by SHA'],
  ])('introduces no component for %s (%s)', (id) => {
    expect(r4.components.find((c) => c.id === id)).toBeUndefined();
  });

  it('the ansible-collection components carry no product', () => {
    expect(r4.components.filter((c) => c.id.startsWith('ansible-collection/')).every((c) => c.product === undefined)).toBe(true);
  });
});

describe('every OSISM release folder imports', () => {
  it.each([
    ['4.0.0', 'yoga', '16.2.9', '6.3.0'],
    ['4.1.0', 'yoga', '16.2.9', '6.3.0'],
    ['4.2.0', 'yoga', '16.2.9', '6.3.0'],
    ['4.3.0', 'yoga', '16.2.9', '6.3.0'],
    ['5.0.0', 'zed', '16.2.11', '7.3.0'],
    ['5.1.0', 'zed', '16.2.11', '7.4.0'],
  ])('%s: openstack %s, ceph %s, ansible %s', (version, series, ceph, ansible) => {
    const result = importOsismRelease(path.join(releasesDir, version), opts);
    expect(result.releases[0]?.version).toBe(version);
    expect(pinsOf(result.releases[0])).toMatchObject({ openstack: series, ceph, 'ceph-release': 'pacific', ansible, manager: version });
  });

  it('4.0.0 pins its OpenStack projects by release number (nova 25.0.1), which map to no product', () => {
    const result = importOsismRelease(path.join(releasesDir, '4.0.0'), opts);
    expect(pinsOf(result.releases[0])['openstack/nova']).toBe('25.0.1');
    expect(result.components.find((c) => c.id === 'openstack/nova')).toBeUndefined();
  });
});

describe('alternatives', () => {
  const quincy =
    '---\nansible_core_version: "2.13.8"\nceph_version: quincy\ndefaults_version: "v0.20230321.0"\ndocker_images:\n  ceph: 17.2.5\n  cephclient: 16.2.11\n';

  it('a second ceph file gives alternatives for what differs from the default', () => {
    const result = importOsismRelease(folder({ 'ceph-quincy.yml': quincy }), opts);
    expect(pinsOf(result.releases[0])).toMatchObject({ ceph: '16.2.11', 'ceph-release': 'pacific' });
    expect(result.releases[0]?.alternatives.map((p) => [p.component, p.version, p.source])).toEqual([
      ['ceph-release', 'quincy', 'osism-release/5.0.0/ceph-quincy.yml'],
      ['ceph', '17.2.5', 'osism-release/5.0.0/ceph-quincy.yml'],
      ['ceph/ansible-core', '2.13.8', 'osism-release/5.0.0/ceph-quincy.yml'],
    ]);
  });

  it('ceph.yml decides the default: pointing it at quincy swaps pins and alternatives', () => {
    const result = importOsismRelease(folder({ 'ceph-quincy.yml': quincy, 'ceph.yml': 'ceph-quincy.yml' }), opts);
    expect(pinsOf(result.releases[0])).toMatchObject({ ceph: '17.2.5', 'ceph-release': 'quincy' });
    expect(result.releases[0]?.alternatives.find((p) => p.component === 'ceph')?.version).toBe('16.2.11');
  });

  it('a real symlink is followed like a symlink file', () => {
    const dir = folder({ 'ceph-quincy.yml': quincy, 'ceph.yml': null });
    symlinkSync('ceph-quincy.yml', path.join(dir, 'ceph.yml'));
    expect(pinsOf(importOsismRelease(dir, opts).releases[0])['ceph-release']).toBe('quincy');
  });

  it('a copied ceph.yml (cp -L) is matched to the file with the same content', () => {
    const dir = folder({ 'ceph.yml': readFileSync(path.join(releasesDir, '5.0.0', 'ceph-pacific.yml'), 'utf8') });
    expect(pinsOf(importOsismRelease(dir, opts).releases[0])['ceph-release']).toBe('pacific');
  });
});

describe('bad input gives an UpkeepError naming the file, never a crash', () => {
  it.each([
    {
      name: 'a missing folder',
      dir: () => path.join(releasesDir, '9.9.9'),
      code: 'UPK_FILE_NOT_FOUND',
      file: '9.9.9',
      message: /does not exist/,
    },
    {
      name: 'a folder without base.yml',
      dir: () => folder({ 'base.yml': null }),
      code: 'UPK_IMPORT_SHAPE',
      file: 'base.yml',
      message: /has no base\.yml/,
    },
    {
      name: 'malformed YAML',
      dir: () => folder({ 'openstack-zed.yml': 'openstack_version: zed\nopenstack_projects:\n  nova: [stable-zed\n' }),
      code: 'UPK_YAML_SYNTAX',
      file: 'openstack-zed.yml',
      message: /./,
    },
    {
      name: 'a symlink file naming a missing target',
      dir: () => folder({ 'ceph.yml': 'ceph-quincy.yml' }),
      code: 'UPK_IMPORT_SHAPE',
      file: 'ceph.yml',
      message: /points to ceph-quincy\.yml, which is not/,
    },
    {
      name: 'a symlink file leading out of the folder',
      dir: () => folder({ 'openstack.yml': '../../etc/openstack-zed.yml' }),
      code: 'UPK_IMPORT_SHAPE',
      file: 'openstack.yml',
      message: /does not name an? openstack-\*\.yml/,
    },
    {
      name: 'a section of the wrong type',
      dir: () => folder({ 'base.yml': 'manager_version: 5.0.0\ndocker_images:\n  - mariadb\n' }),
      code: 'UPK_SCHEMA',
      file: 'base.yml',
      message: /expected record/,
    },
    {
      name: 'two ceph files and no ceph.yml',
      dir: () => folder({ 'ceph.yml': null, 'ceph-quincy.yml': 'ceph_version: quincy\n' }),
      code: 'UPK_IMPORT_SHAPE',
      file: '',
      message: /no ceph\.yml saying which is the default/,
    },
  ])('$name → $code', ({ dir, code, file, message }) => {
    const error = thrown(() => importOsismRelease(dir(), opts));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.location.file?.endsWith(file)).toBe(true);
  });

  it('the missing base.yml message says what an OSISM release folder holds', () => {
    const error = thrown(() => importOsismRelease(folder({ 'base.yml': null }), opts));
    expect(error.hint).toMatch(/base\.yml, ceph-\*\.yml, openstack-\*\.yml/);
  });

  it('malformed YAML is reported at its line', () => {
    const error = thrown(() => importOsismRelease(folder({ 'base.yml': 'manager_version: 5.0.0\ndocker_images:\n  mariadb: "10.11.2\n' }), opts));
    expect(error.code).toBe('UPK_YAML_SYNTAX');
    expect(error.location.line).toBeGreaterThanOrEqual(3);
  });

  it('a schema error names the section and its line', () => {
    const error = thrown(() => importOsismRelease(folder({ 'base.yml': 'manager_version: 5.0.0\ndocker_images:\n  - mariadb\n' }), opts));
    expect(error.location).toMatchObject({ path: 'docker_images', line: 3 });
  });

  it('a release date that is no real day says why, as every date does', () => {
    const error = thrown(() => importOsismRelease(path.join(releasesDir, '5.0.0'), { ...opts, date: '2023-02-29' as PlainDate }));
    expect(error.code).toBe('UPK_BAD_DATE');
    expect(error.message).toBe('release date: 2023-02-29 is not a real calendar date: 2023 is not a leap year (February 2023 has 28 days)');
  });

  it('an end before the date is refused', () => {
    expect(thrown(() => importOsismRelease(path.join(releasesDir, '5.0.0'), { ...opts, end: '2023-01-01' as PlainDate })).code).toBe('UPK_BAD_DATE');
  });
});

describe('permissive parsing of upstream files', () => {
  it('tolerates unknown keys and lists them in a warning', () => {
    const base = `${readFileSync(path.join(releasesDir, '5.0.0', 'base.yml'), 'utf8')}\nfuture_section:\n  x: 1\n`;
    const result = importOsismRelease(folder({ 'base.yml': base }), opts);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^base\.yml:\d+: unknown key ignored: future_section$/));
  });

  it('without ceph.yml a single ceph file is the default, with a warning', () => {
    const result = importOsismRelease(folder({ 'ceph.yml': null }), opts);
    expect(pinsOf(result.releases[0]).ceph).toBe('16.2.11');
    expect(result.warnings).toContain('no ceph.yml: ceph-pacific.yml taken as the default');
  });

  it('the pure function works on texts alone', () => {
    const files = new Map([['base.yml', 'manager_version: 9.0.0\ndocker_images:\n  redis: 7.2.4\n']]);
    const result = osismReleaseFromFiles({ dir: 'release', files }, opts);
    expect(pinsOf(result.releases[0])).toEqual({ manager: '9.0.0', 'image/redis': '7.2.4' });
  });
});

describe('Kolla SBOM files (sbom-openstack-*.yml, OSISM 8.1.0 on) pin OVN, OVS and the infrastructure images', () => {
  const newer = path.join(repoRoot, 'test/fixtures/osism-release');

  it.each([
    [
      '8.1.0',
      { 'kolla/ovn': '24.3.4.20241206', 'kolla/openvswitch': '3.3.0.20241206', 'kolla/rabbitmq': '3.13.7.20241206', 'kolla/mariadb': '10.11.10.20241206' },
    ],
    [
      '9.0.0',
      { 'kolla/ovn': '24.9.2.20250408', 'kolla/openvswitch': '3.4.2.20250408', 'kolla/rabbitmq': '3.13.7.20250408', 'kolla/mariadb': '10.11.11.20250408' },
    ],
  ])('%s pins %o from the file sbom-openstack.yml names', (version, expected) => {
    const result = importOsismRelease(path.join(newer, version), opts);
    expect(pinsOf(result.releases[0])).toMatchObject(expected);
    expect(result.releases[0]?.pins.find((p) => p.component === 'kolla/ovn')?.source).toMatch(/^osism-release\/\d\.\d\.\d\/sbom-openstack-\d{4}\.\d\.yml$/);
    expect(result.warnings.join('\n')).not.toMatch(/sbom-openstack.*ignored/);
  });

  it.each([
    ['kolla/ovn', 'ovn'],
    ['kolla/openvswitch', 'ovs'],
    ['kolla/rabbitmq', 'rabbitmq'],
    ['kolla/mariadb', 'mariadb'],
  ])('%s is %s, read as a Kolla tag', (id, product) => {
    const result = importOsismRelease(path.join(newer, '9.0.0'), opts);
    expect(result.components.find((c) => c.id === id)).toEqual({ id, product, scheme: 'kolla', packaging: 'container-image' });
  });

  it('releases before 8.1.0 have no Kolla SBOM file and say nothing about it', () => {
    expect(r4.warnings.join('\n')).not.toMatch(/sbom/);
    expect(Object.keys(r4pins).filter((id) => id.startsWith('kolla/'))).toEqual([]);
  });
});
