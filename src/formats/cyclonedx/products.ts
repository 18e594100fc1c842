import { PackageURL } from 'packageurl-js';
import type { Component, ProductCatalogue } from '../../core/workspace.js';

/**
 * Package → product. A package is matched by its package URL's type, namespace and name, never by
 * its name alone: `pkg:maven/org.postgresql/postgresql` (the JDBC driver) is not PostgreSQL.
 * In this order, the first match wins:
 * 1. upkeep.yaml `purls:` (the user's mapping);
 * 2. the `identifiers` of the workspace's products (endoflife.date publishes each product's purls);
 *    a distribution package (deb, rpm, apk, alpm) also by its source package or binary name among
 *    a product's Repology names, the names distributions package it under;
 * 3. BUILTIN_PURLS and DISTRO_PACKAGES below: names SBOMs use that endoflife.date does not list.
 * A component without a purl is `pkg:generic/[group/]name`; an operating-system component is
 * matched by its name (`ubuntu`, `debian`) through OPERATING_SYSTEMS.
 */

/** Package URLs (without version) of the stack's products that endoflife.date's identifiers lack. */
export const BUILTIN_PURLS: Readonly<Record<string, string>> = {
  // trivy's KBOM names the control plane by Kubernetes component (`pkg:k8s/k8s.io%2Fkubelet@1.27.0`).
  'pkg:k8s/k8s.io%2Fkubernetes': 'kubernetes',
  'pkg:k8s/k8s.io%2Fkubelet': 'kubernetes',
  'pkg:k8s/k8s.io%2Fapiserver': 'kubernetes',
  'pkg:k8s/k8s.io%2Fcontroller-manager': 'kubernetes',
  'pkg:k8s/k8s.io%2Fkube-proxy': 'kubernetes',
  'pkg:k8s/k8s.io%2Fkube-scheduler': 'kubernetes',
  'pkg:golang/k8s.io/kubernetes': 'kubernetes',
  'pkg:oci/kube-apiserver?repository_url=registry.k8s.io': 'kubernetes',
  'pkg:oci/kube-controller-manager?repository_url=registry.k8s.io': 'kubernetes',
  'pkg:oci/kube-proxy?repository_url=registry.k8s.io': 'kubernetes',
  'pkg:oci/kube-scheduler?repository_url=registry.k8s.io': 'kubernetes',
  'pkg:oci/etcd?repository_url=registry.k8s.io': 'etcd',
  'pkg:docker/ceph/ceph': 'ceph',
  'pkg:docker/ceph/daemon': 'ceph',
  'pkg:docker/osism/ceph-daemon': 'ceph',
  'pkg:pypi/ansible-core': 'ansible-core',
  // Official images, so that an SBOM imported before the lifecycles names what to import.
  'pkg:docker/library/mariadb': 'mariadb',
  'pkg:docker/library/postgres': 'postgresql',
  'pkg:docker/library/redis': 'redis',
  'pkg:docker/library/nginx': 'nginx',
  'pkg:docker/library/memcached': 'memcached',
  'pkg:docker/library/rabbitmq': 'rabbitmq',
  'pkg:docker/library/haproxy': 'haproxy',
  'pkg:docker/library/zookeeper': 'zookeeper',
  'pkg:docker/library/traefik': 'traefik',
  'pkg:docker/library/python': 'python',
  'pkg:docker/hashicorp/vault': 'hashicorp-vault',
  'pkg:docker/keycloak/keycloak': 'keycloak',
  'pkg:docker/grafana/grafana': 'grafana',
  'pkg:docker/opensearchproject/opensearch': 'opensearch',
  'pkg:docker/prom/prometheus': 'prometheus',
};

/** Distribution package names (binary or source, any distribution) of the stack's products. */
export const DISTRO_PACKAGES: Readonly<Record<string, string>> = {
  ceph: 'ceph',
  'ceph-common': 'ceph',
  'mariadb-server': 'mariadb',
  'redis-server': 'redis',
  'rabbitmq-server': 'rabbitmq',
  'docker-ce': 'docker-engine',
  'openvswitch-switch': 'ovs',
  'openvswitch-common': 'ovs',
  openvswitch: 'ovs',
  'ovn-host': 'ovn',
  'ovn-central': 'ovn',
  'ovn-common': 'ovn',
};

/** An operating-system component's name (trivy, syft) → the distribution's product. */
export const OPERATING_SYSTEMS: Readonly<Record<string, string>> = {
  ubuntu: 'ubuntu',
  debian: 'debian',
  alpine: 'alpine-linux',
  centos: 'centos',
  rhel: 'rhel',
  redhat: 'rhel',
  rocky: 'rocky-linux',
  almalinux: 'almalinux',
  fedora: 'fedora',
  amazon: 'amazon-linux',
  opensuse: 'opensuse',
  'opensuse-leap': 'opensuse',
  sles: 'sles',
  oracle: 'oracle-linux',
};

export const CONTAINER_TYPES: ReadonlySet<string> = new Set(['docker', 'oci']);
export const DISTRO_TYPES: ReadonlySet<string> = new Set(['deb', 'rpm', 'apk', 'alpm']);

/** What the matcher reads of a component. */
export interface PackageRef {
  readonly purl: PackageURL;
  /** Source packages of a distribution package (syft's `upstream` qualifier, trivy's `SrcName`). */
  readonly sourceNames: readonly string[];
  /** The name of an operating-system component (it has no purl). */
  readonly operatingSystem?: string;
}

export interface ProductMatch {
  readonly product: string;
  /** Which rule matched, for warnings: `upkeep.yaml purls`, `identifiers of nginx`, `built-in`. */
  readonly by: string;
}

interface Entry {
  readonly product: string;
  readonly by: string;
  /** `repository_url` of an OCI identifier, normalised; absent: any. */
  readonly repository?: string;
}

/** `type/namespace/name`, lower case; a docker image without namespace is in `library`. */
function keyOf(purl: PackageURL): string {
  const namespace = purl.namespace ?? (purl.type === 'docker' ? 'library' : '');
  return `${purl.type}/${namespace}/${purl.name}`.toLowerCase();
}

/** `https://quay.io/repository/coreos/` and `registry.k8s.io/etcd` (name included, as trivy writes it) → host and path. */
function repositoryOf(purl: PackageURL): string | undefined {
  const url = purl.qualifiers?.repository_url;
  if (!url) return undefined;
  let repo = url
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/repository\//, '/')
    .replace(/\/+$/, '');
  if (repo.endsWith(`/${purl.name.toLowerCase()}`)) repo = repo.slice(0, -purl.name.length - 1);
  return repo;
}

function parsePurl(text: string): PackageURL | undefined {
  try {
    return PackageURL.fromString(text);
  } catch {
    return undefined;
  }
}

/** Matches packages to products through the catalogue, the built-in tables and upkeep.yaml. */
export class ProductMatcher {
  private readonly byPurl = new Map<string, Entry[]>();
  private readonly byDistroName = new Map<string, Entry>();

  constructor(catalogue: ProductCatalogue | undefined) {
    // Added in order of precedence: the first entry for a key wins.
    for (const [purl, product] of Object.entries(catalogue?.purls ?? {})) this.addPurl(purl, product, 'upkeep.yaml purls');
    for (const [product, known] of catalogue?.products ?? []) {
      for (const purl of known.identifiers?.purls ?? []) this.addPurl(purl, product, `identifiers of ${product}`);
    }
    for (const [product, known] of catalogue?.products ?? []) {
      for (const name of known.identifiers?.repology ?? []) this.addDistroName(name, product, `Repology name of ${product}`);
    }
    for (const [purl, product] of Object.entries(BUILTIN_PURLS)) this.addPurl(purl, product, 'built-in');
    for (const [name, product] of Object.entries(DISTRO_PACKAGES)) this.addDistroName(name, product, 'built-in');
  }

  private addPurl(text: string, product: string, by: string): void {
    const purl = parsePurl(text);
    if (!purl) return;
    const repository = purl.type === 'oci' ? repositoryOf(purl) : undefined;
    const key = keyOf(purl);
    this.byPurl.set(key, [...(this.byPurl.get(key) ?? []), { product, by, ...(repository ? { repository } : {}) }]);
  }

  private addDistroName(name: string, product: string, by: string): void {
    if (!this.byDistroName.has(name.toLowerCase())) this.byDistroName.set(name.toLowerCase(), { product, by });
  }

  match(ref: PackageRef): ProductMatch | undefined {
    if (ref.operatingSystem !== undefined) {
      const product = OPERATING_SYSTEMS[ref.operatingSystem.toLowerCase()];
      return product ? { product, by: 'operating system' } : undefined;
    }
    const exact = this.byPurlKey(ref.purl);
    if (exact || !DISTRO_TYPES.has(ref.purl.type)) return exact;
    for (const name of ref.sourceNames) {
      const source = this.byPurlKey(new PackageURL(ref.purl.type, ref.purl.namespace, name, undefined, undefined, undefined));
      if (source) return source;
    }
    for (const name of [ref.purl.name, ...ref.sourceNames]) {
      const entry = this.byDistroName.get(name.toLowerCase());
      if (entry) return entry;
    }
    return undefined;
  }

  private byPurlKey(purl: PackageURL): ProductMatch | undefined {
    const entries = this.byPurl.get(keyOf(purl));
    if (!entries) return undefined;
    const repository = purl.type === 'oci' ? repositoryOf(purl) : undefined;
    const entry = entries.find((e) => e.repository === undefined || e.repository === repository);
    return entry ? { product: entry.product, by: entry.by } : undefined;
  }
}

/** Images run as container images, distribution packages are distribution packages. */
export function packagingOf(type: string): Component['packaging'] | undefined {
  return CONTAINER_TYPES.has(type) ? 'container-image' : DISTRO_TYPES.has(type) ? 'distro-package' : undefined;
}
