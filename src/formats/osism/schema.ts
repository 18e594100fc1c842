import { z } from 'zod';

/**
 * Shapes of OSISM release manifests (osism/release `<version>/*.yml`). Permissive: these are
 * upstream files, so unknown keys are kept (the importer lists them in warnings) and every map
 * value may be null (an entry without a version, as in `infrastructure_projects`).
 */

/** A version or branch as written: YAML may read `4.0` style values as numbers; kept as text. */
export const ManifestVersion = z.union([z.string().trim().min(1).max(200), z.number()]).transform(String);
export type ManifestVersion = z.infer<typeof ManifestVersion>;

/** `name: version` entries; a null version is an entry the manifest lists without pinning. */
export const VersionMap = z.record(z.string(), ManifestVersion.nullable()).nullable();
export type VersionMap = z.infer<typeof VersionMap>;

const shared = {
  /** A plain version in base.yml; a pip range (`>=4.0.0,<5.0.0`) in the ceph/openstack files. */
  ansible_version: ManifestVersion.optional(),
  ansible_core_version: ManifestVersion.optional(),
  docker_images: VersionMap.optional(),
};

/** `base.yml`: the manager, its images, OSISM projects, Ansible collections and roles. */
export const BaseManifest = z.looseObject({
  ...shared,
  manager_version: ManifestVersion.optional(),
  osism_projects: VersionMap.optional(),
  ansible_roles: VersionMap.optional(),
  ansible_collections: VersionMap.optional(),
});
export type BaseManifest = z.infer<typeof BaseManifest>;

/** `ceph-<name>.yml`: the Ceph release (`ceph_version: pacific`) and its images (`ceph: 16.2.11`). */
export const CephManifest = z.looseObject({
  ...shared,
  ceph_version: ManifestVersion.optional(),
  ceph_ansible_version: ManifestVersion.optional(),
  ceph_container_version: ManifestVersion.optional(),
});
export type CephManifest = z.infer<typeof CephManifest>;

/**
 * `sbom-openstack-<series>.yml` (from OSISM 8.1.0): the Kolla images built for the release and,
 * per service, the Kolla tag they carry (`ovn: 24.3.4.20241206`, `openvswitch: 3.3.0.20241206`).
 */
export const SbomManifest = z.looseObject({
  images: z.array(z.looseObject({ image: z.string(), digest: z.string().optional() })).nullish(),
  versions: VersionMap.optional(),
});
export type SbomManifest = z.infer<typeof SbomManifest>;

/** `openstack-<series>.yml`: the series, each project's branch or version, the infrastructure images. */
export const OpenstackManifest = z.looseObject({
  ...shared,
  openstack_version: ManifestVersion.optional(),
  openstack_previous_version: ManifestVersion.optional(),
  openstack_projects: VersionMap.optional(),
  infrastructure_projects: VersionMap.optional(),
});
export type OpenstackManifest = z.infer<typeof OpenstackManifest>;
