import type { SchemeId } from '../../core/versions/types.js';
import type { Component, Pin } from '../../core/workspace.js';

/** How OSISM pin ids map to products with a lifecycle. */
interface OsismProductRule {
  /** A pin id, or a prefix ending in `/` that matches every pin under it. */
  readonly pin: string;
  /** Only when the pinned version matches: OpenStack projects on a `stable-<series>` branch. */
  readonly when?: RegExp;
  readonly product?: string;
  readonly scheme?: SchemeId;
  readonly packaging?: NonNullable<Component['packaging']>;
}

const image = (name: string, product: string): OsismProductRule => ({ pin: `image/${name}`, product, scheme: 'container', packaging: 'container-image' });
/** A service of the Kolla SBOM file (`kolla/ovn: 24.9.2.20250408`): the Kolla tag is the upstream version plus the build date. */
const kolla = (name: string, product: string): OsismProductRule => ({ pin: `kolla/${name}`, product, scheme: 'kolla', packaging: 'container-image' });

/** First match wins: exact pin ids before prefixes. */
const OSISM_PRODUCTS: readonly OsismProductRule[] = [
  { pin: 'ceph', product: 'ceph', scheme: 'ceph', packaging: 'container-image' },
  // `ceph-release` (pacific) names the same cycle as `ceph` (16.2.11): no component, so each
  // finding is reported once, on the pin that carries the exact version.
  { pin: 'openstack', product: 'openstack', scheme: 'openstack' },
  { pin: 'ansible', product: 'ansible' },
  { pin: 'ansible-core', product: 'ansible-core' },
  { pin: 'ceph/ansible', product: 'ansible' },
  { pin: 'ceph/ansible-core', product: 'ansible-core' },
  { pin: 'openstack/ansible', product: 'ansible' },
  { pin: 'openstack/ansible-core', product: 'ansible-core' },
  // `5:20.10.23` is the docker-ce package version with its epoch; the container scheme reads epochs.
  { pin: 'osism/docker', product: 'docker-engine', scheme: 'container', packaging: 'distro-package' },
  image('mariadb', 'mariadb'),
  image('redis', 'redis'),
  image('postgres', 'postgresql'),
  image('nginx', 'nginx'),
  image('traefik', 'traefik'),
  image('zookeeper', 'zookeeper'),
  image('keycloak', 'keycloak'),
  image('memcached', 'memcached'),
  image('vault', 'hashicorp-vault'),
  image('grafana', 'grafana'),
  image('rabbitmq', 'rabbitmq'),
  image('opensearch', 'opensearch'),
  image('haproxy', 'haproxy'),
  image('etcd', 'etcd'),
  // OVN and OVS have no endoflife.date page: their lifecycles are written by hand (docs/lifecycles-by-hand.md).
  kolla('ovn', 'ovn'),
  kolla('openvswitch', 'ovs'),
  kolla('rabbitmq', 'rabbitmq'),
  kolla('mariadb', 'mariadb'),
  kolla('redis', 'redis'),
  kolla('memcached', 'memcached'),
  kolla('haproxy', 'haproxy'),
  kolla('etcd', 'etcd'),
  kolla('grafana', 'grafana'),
  kolla('opensearch', 'opensearch'),
  kolla('prometheus', 'prometheus'),
  // Project branches (`openstack/nova: stable-zed`) follow the series pinned as `openstack`, which
  // carries the lifecycle; mapping each of ~30 projects would repeat every finding 30 times.
  { pin: 'ansible-collection/', packaging: 'ansible-collection' },
];

function matches(rule: OsismProductRule, pin: Pin): boolean {
  const idMatches = rule.pin.endsWith('/') ? pin.component.startsWith(rule.pin) : pin.component === rule.pin;
  return idMatches && (rule.when === undefined || rule.when.test(pin.version));
}

/** The component a pin introduces, or undefined when the pin maps to nothing known. */
export function osismComponent(pin: Pin): Component | undefined {
  const rule = OSISM_PRODUCTS.find((r) => matches(r, pin));
  if (!rule) return undefined;
  return {
    id: pin.component,
    ...(rule.product !== undefined ? { product: rule.product } : {}),
    ...(rule.scheme !== undefined ? { scheme: rule.scheme } : {}),
    ...(rule.packaging !== undefined ? { packaging: rule.packaging } : {}),
  };
}
