import * as calendar from './calendar/index.js';
import * as ceph from './ceph/index.js';
import * as container from './container/index.js';
import * as distro from './distro/index.js';
import * as git from './git/index.js';
import * as kolla from './kolla/index.js';
import * as kubernetes from './kubernetes/index.js';
import * as loose from './loose/index.js';
import * as openstack from './openstack/index.js';
import * as semver from './semver/index.js';
import type { SchemeId, VersionScheme } from './types.js';
import * as ubuntu from './ubuntu/index.js';

/** Every version scheme, one line each; adding a scheme is one folder and one line here. */
export const schemes: Readonly<Record<SchemeId, VersionScheme>> = {
  semver: semver.scheme,
  ceph: ceph.scheme,
  openstack: openstack.scheme,
  calendar: calendar.scheme,
  ubuntu: ubuntu.scheme,
  kubernetes: kubernetes.scheme,
  container: container.scheme,
  kolla: kolla.scheme,
  loose: loose.scheme,
  distro: distro.scheme,
  git: git.scheme,
};

export const schemeIds = Object.keys(schemes) as readonly SchemeId[];

export function isSchemeId(id: string): id is SchemeId {
  return Object.hasOwn(schemes, id);
}

/** The scheme with this id, or undefined for an unknown one (the caller reports UPK_UNKNOWN_SCHEME). */
export function getScheme(id: string): VersionScheme | undefined {
  return isSchemeId(id) ? schemes[id] : undefined;
}
