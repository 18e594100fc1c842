import type { z } from 'zod';
import type { Pin } from '../../core/workspace.js';
import { validate, type YamlSource } from '../../files/yaml-file.js';
import { BaseManifest, CephManifest, OpenstackManifest, SbomManifest, type VersionMap } from './schema.js';

/** One manifest file of a release folder, parsed, with the label its pins carry as `source`. */
export interface ManifestFile {
  /** File name inside the folder (`ceph-pacific.yml`). */
  readonly name: string;
  readonly yaml: YamlSource;
  /** `osism-release/5.0.0/ceph-pacific.yml`. */
  readonly source: string;
}

export interface ManifestPins {
  readonly pins: readonly Pin[];
  readonly warnings: readonly string[];
}

const FIX = 'the OSISM release manifests are upstream files: check that the folder is a copy of osism/release <version>/';

/** Keys that are read on purpose without becoming a pin. */
const NOT_PINNED = new Set(['openstack_previous_version']);

/** A pip range (`>=4.0.0,<5.0.0`, `~=2.12`) constrains a version; it does not pin one. */
function isPlainVersion(version: string): boolean {
  return !/[<>=!^*,|\s]/.test(version) && !version.startsWith('~');
}

/** Collects the pins of one file in file order, with the line of each entry. */
class PinCollector {
  readonly pins: Pin[] = [];
  readonly warnings: string[] = [];

  constructor(private readonly file: ManifestFile) {}

  pin(component: string, version: string, path: readonly PropertyKey[]): void {
    const line = this.file.yaml.lineOf(path);
    this.pins.push({ component, version, source: this.file.source, at: { file: this.file.yaml.file, ...(line !== undefined ? { line } : {}) } });
  }

  warn(path: readonly PropertyKey[], text: string): void {
    const line = this.file.yaml.lineOf(path);
    this.warnings.push(`${this.file.name}${line !== undefined ? `:${line}` : ''}: ${text}`);
  }

  /** Every `name: version` entry as `<prefix><name>`; entries without a version in one warning. */
  entries(section: string, map: VersionMap | undefined, idOf: (name: string) => string): void {
    if (!map) return;
    const unversioned: string[] = [];
    for (const [name, version] of Object.entries(map)) {
      if (version === null) unversioned.push(name);
      else this.pin(idOf(name), version, [section, name]);
    }
    if (unversioned.length > 0) this.warn([section], `${section} without a version, not pinned: ${unversioned.join(', ')}`);
  }

  /** An Ansible version constraint: a pin when it is a plain version, a warning when a range. */
  ansible(key: string, component: string, value: string | undefined): void {
    if (value === undefined) return;
    if (isPlainVersion(value)) this.pin(component, value, [key]);
    else this.warn([key], `${key} "${value}" is a range, not a version; not pinned as ${component}`);
  }

  /**
   * Keys the schema does not name: `<name>_version` pins `osism/<name>` (defaults, generics,
   * playbooks, operations); anything else is listed so a new upstream key does not go unnoticed.
   */
  rest(manifest: Record<string, unknown>, known: z.core.$ZodLooseShape): void {
    const unknown: string[] = [];
    for (const [key, value] of Object.entries(manifest)) {
      if (key in known || NOT_PINNED.has(key)) continue;
      const m = /^(.+)_version$/.exec(key);
      if (m?.[1] !== undefined && (typeof value === 'string' || typeof value === 'number')) this.pin(`osism/${m[1]}`, String(value), [key]);
      else unknown.push(key);
    }
    if (unknown.length > 0) this.warn([], `unknown key${unknown.length > 1 ? 's' : ''} ignored: ${unknown.join(', ')}`);
  }
}

/** `base.yml`: manager, ansible, OSISM projects, images, collections and roles. */
export function basePins(file: ManifestFile): ManifestPins & { readonly managerVersion?: string } {
  const m = validate(BaseManifest, file.yaml, FIX);
  const c = new PinCollector(file);
  c.ansible('ansible_version', 'ansible', m.ansible_version);
  c.ansible('ansible_core_version', 'ansible-core', m.ansible_core_version);
  if (m.manager_version !== undefined) c.pin('manager', m.manager_version, ['manager_version']);
  c.rest(m, BaseManifest.shape);
  c.entries('osism_projects', m.osism_projects, (name) => `osism/${name}`);
  c.entries('docker_images', m.docker_images, (name) => `image/${name}`);
  c.entries('ansible_collections', m.ansible_collections, (name) => `ansible-collection/${name}`);
  c.entries('ansible_roles', m.ansible_roles, (name) => `ansible-role/${name}`);
  return { pins: c.pins, warnings: c.warnings, ...(m.manager_version !== undefined ? { managerVersion: m.manager_version } : {}) };
}

/** `ceph-<name>.yml`: `ceph` is the Ceph image tag (16.2.11), `ceph-release` the named release (pacific). */
export function cephPins(file: ManifestFile): ManifestPins {
  const m = validate(CephManifest, file.yaml, FIX);
  const c = new PinCollector(file);
  if (m.ceph_version !== undefined) c.pin('ceph-release', m.ceph_version, ['ceph_version']);
  if (m.ceph_ansible_version !== undefined) c.pin('ceph-ansible', m.ceph_ansible_version, ['ceph_ansible_version']);
  if (m.ceph_container_version !== undefined) c.pin('ceph-container', m.ceph_container_version, ['ceph_container_version']);
  c.entries('docker_images', m.docker_images, (name) => (name === 'ceph' ? 'ceph' : `image/${name}`));
  if (m.docker_images?.ceph === undefined) c.warn(['docker_images'], 'docker_images.ceph is missing: the Ceph version is not pinned');
  c.ansible('ansible_version', 'ceph/ansible', m.ansible_version);
  c.ansible('ansible_core_version', 'ceph/ansible-core', m.ansible_core_version);
  c.rest(m, CephManifest.shape);
  return c;
}

/** `openstack-<series>.yml`: the series, each project's branch, infrastructure images when versioned. */
export function openstackPins(file: ManifestFile): ManifestPins {
  const m = validate(OpenstackManifest, file.yaml, FIX);
  const c = new PinCollector(file);
  if (m.openstack_version !== undefined) c.pin('openstack', m.openstack_version, ['openstack_version']);
  c.entries('openstack_projects', m.openstack_projects, (name) => `openstack/${name}`);
  c.entries('infrastructure_projects', m.infrastructure_projects, (name) => `image/${name}`);
  c.entries('docker_images', m.docker_images, (name) => `image/${name}`);
  c.ansible('ansible_version', 'openstack/ansible', m.ansible_version);
  c.ansible('ansible_core_version', 'openstack/ansible-core', m.ansible_core_version);
  c.rest(m, OpenstackManifest.shape);
  return c;
}

/**
 * `sbom-openstack-<series>.yml`: each service's Kolla image tag as `kolla/<service>` (`kolla/ovn`,
 * `kolla/openvswitch`, `kolla/rabbitmq`); the image list repeats them per image and is not pinned.
 */
export function sbomPins(file: ManifestFile): ManifestPins {
  const m = validate(SbomManifest, file.yaml, FIX);
  const c = new PinCollector(file);
  c.entries('versions', m.versions, (name) => `kolla/${name}`);
  if (m.versions === undefined) c.warn([], 'no versions: the Kolla image tags of this release are not pinned');
  c.rest(m, SbomManifest.shape);
  return c;
}
