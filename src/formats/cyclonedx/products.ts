import type { SchemeId } from '../../core/versions/types.js';
import type { Component } from '../../core/workspace.js';

/** Package or image name (lower case, as in the purl) → product with a lifecycle. */
const CYCLONEDX_PRODUCTS: Readonly<Record<string, { readonly product: string; readonly scheme?: SchemeId }>> = {
  mariadb: { product: 'mariadb' },
  'mariadb-server': { product: 'mariadb' },
  redis: { product: 'redis' },
  'redis-server': { product: 'redis' },
  postgres: { product: 'postgresql' },
  postgresql: { product: 'postgresql' },
  nginx: { product: 'nginx' },
  ceph: { product: 'ceph', scheme: 'ceph' },
  'ceph-daemon': { product: 'ceph', scheme: 'ceph' },
  kubernetes: { product: 'kubernetes', scheme: 'kubernetes' },
  etcd: { product: 'etcd' },
  rabbitmq: { product: 'rabbitmq' },
  'rabbitmq-server': { product: 'rabbitmq' },
  memcached: { product: 'memcached' },
  haproxy: { product: 'haproxy' },
  keycloak: { product: 'keycloak' },
  zookeeper: { product: 'zookeeper' },
  traefik: { product: 'traefik' },
  vault: { product: 'hashicorp-vault' },
  grafana: { product: 'grafana' },
  opensearch: { product: 'opensearch' },
  prometheus: { product: 'prometheus' },
  containerd: { product: 'containerd' },
  'docker-ce': { product: 'docker-engine' },
  'ansible-core': { product: 'ansible-core' },
  python3: { product: 'python' },
};

const CONTAINER_TYPES = new Set(['docker', 'oci']);
const DISTRO_TYPES = new Set(['deb', 'rpm', 'apk', 'alpm']);

/**
 * The component a pin introduces when its name is a known product. Images (docker/oci purls)
 * use the container scheme (`7.0.9-alpine`); distro packages keep the product's scheme.
 */
export function cyclonedxComponent(id: string, name: string, purlType: string | undefined): Component | undefined {
  const known = CYCLONEDX_PRODUCTS[name.toLowerCase()];
  if (!known) return undefined;
  const image = purlType !== undefined && CONTAINER_TYPES.has(purlType);
  const scheme = image ? 'container' : known.scheme;
  const packaging = image ? 'container-image' : purlType !== undefined && DISTRO_TYPES.has(purlType) ? 'distro-package' : undefined;
  return { id, product: known.product, ...(scheme !== undefined ? { scheme } : {}), ...(packaging !== undefined ? { packaging } : {}) };
}
