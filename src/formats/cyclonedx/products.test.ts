import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { data, repoRoot } from '../../../test/paths.js';
import type { PlainDate } from '../../core/dates.js';
import type { CataloguedProduct, Pin, ProductCatalogue } from '../../core/workspace.js';
import { importEndoflife } from '../endoflife/index.js';
import { cyclonedxReleaseFromText, importCycloneDx } from './index.js';

const fixtures = path.join(repoRoot, 'test/fixtures/sbom');
const opts = { releaseId: 'R1', date: '2024-01-01' as PlainDate, end: '2024-12-31' as PlainDate };

/** The catalogue of a workspace holding the 29 endoflife.date products of ../shared/data, identifiers and all. */
function sharedCatalogue(purls: Record<string, string> = {}): ProductCatalogue {
  const products = new Map<string, CataloguedProduct>();
  for (const file of readdirSync(data('endoflife/products')).filter((f) => f.endsWith('.md'))) {
    const p = importEndoflife(data('endoflife/products', file)).products[0]!;
    products.set(p.id, { scheme: p.scheme, ...(p.identifiers ? { identifiers: p.identifiers } : {}) });
  }
  return { products, purls };
}
const catalogue = sharedCatalogue();

const imported = (file: string, cat: ProductCatalogue | undefined = catalogue) => importCycloneDx(path.join(fixtures, file), opts, cat);
const pinsOf = (pins: readonly Pin[] | undefined) => Object.fromEntries((pins ?? []).map((p) => [p.component, p.version]));
const bom = (components: unknown[]): string => JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.7', components });

describe("trivy's KBOM of minikube (spec 1.5)", () => {
  const kbom = imported('trivy-minikube-kbom.cdx.json');
  const pins = pinsOf(kbom.releases[0]?.pins);

  it.each(['k8s/k8s.io/kubelet', 'k8s/k8s.io/apiserver', 'k8s/k8s.io/controller-manager', 'k8s/k8s.io/kube-proxy', 'k8s/k8s.io/kube-scheduler'])(
    '%s 1.27.0 is Kubernetes (pkg:k8s/k8s.io%%2F…)',
    (id) => {
      expect(pins[id]).toBe('1.27.0');
      expect(kbom.components.find((c) => c.id === id)).toEqual({ id, product: 'kubernetes' });
    },
  );

  it('oci/etcd is pinned to the tag in aquasecurity:trivy:PkgID (3.5.7-0), not to its digest, and is etcd', () => {
    expect(pins['oci/etcd']).toBe('3.5.7-0');
    expect(kbom.components.find((c) => c.id === 'oci/etcd')).toEqual({ id: 'oci/etcd', product: 'etcd', scheme: 'container', packaging: 'container-image' });
  });

  it('an image known only by its digest is pinned to the digest: an unversioned pin, never a guessed version', () => {
    const text = bom([
      {
        type: 'container',
        name: 'registry.k8s.io/etcd',
        purl: 'pkg:oci/etcd@sha256%3A51eae8381dcb1078289fa7b4f3df2630cdc18d09fb56f8e56b41c40e191d6c83?repository_url=registry.k8s.io%2Fetcd',
      },
    ]);
    const result = cyclonedxReleaseFromText(text, 'kbom.json', opts, catalogue);
    expect(pinsOf(result.releases[0]?.pins)).toEqual({ 'oci/etcd': 'sha256:51eae8381dcb1078289fa7b4f3df2630cdc18d09fb56f8e56b41c40e191d6c83' });
    expect(result.components).toEqual([{ id: 'oci/etcd', product: 'etcd', scheme: 'container', packaging: 'container-image' }]);
  });

  it('the node operating system (type operating-system, ubuntu 22.04.2) is Ubuntu; listed twice, it is pinned once', () => {
    expect(pins.ubuntu).toBe('22.04.2');
    expect(kbom.components.find((c) => c.id === 'ubuntu')).toEqual({ id: 'ubuntu', product: 'ubuntu' });
    expect(kbom.releases[0]?.pins.filter((p) => p.component.startsWith('ubuntu'))).toHaveLength(1);
  });

  it('pkg:golang/docker and go.etcd.io/etcd/v3 (no purl) are not matched by name', () => {
    expect(kbom.components.find((c) => c.id === 'golang/docker')).toBeUndefined();
    expect(kbom.components.find((c) => c.id === 'go.etcd.io/etcd/v3')).toBeUndefined();
  });
});

describe('CycloneDX bom-examples: Keycloak 10.0.2 (cut down)', () => {
  const keycloak = imported('cdx-keycloak-10.0.2-cut.json');
  const pins = pinsOf(keycloak.releases[0]?.pins);

  it('pkg:maven/org.postgresql/postgresql@42.2.8 is the JDBC driver: pinned, but not PostgreSQL', () => {
    expect(pins['maven/org.postgresql/postgresql']).toBe('42.2.8');
    expect(keycloak.components.find((c) => c.id === 'maven/org.postgresql/postgresql')).toBeUndefined();
  });

  it('pkg:maven/org.keycloak/keycloak-core is Keycloak, through the identifiers endoflife.date publishes', () => {
    expect(keycloak.components.find((c) => c.id === 'maven/org.keycloak/keycloak-core')).toEqual({
      id: 'maven/org.keycloak/keycloak-core',
      product: 'keycloak',
    });
  });

  it('hibernate-core 5.3.15.Final, a Maven version semver cannot read, is Hibernate ORM read with the loose scheme', () => {
    const hibernate = importEndoflife(path.join(repoRoot, 'test/fixtures/endoflife-products/hibernate-orm.md')).products[0]!;
    const products = new Map(catalogue.products);
    products.set(hibernate.id, { scheme: hibernate.scheme, ...(hibernate.identifiers ? { identifiers: hibernate.identifiers } : {}) });
    const withHibernate: ProductCatalogue = { products, purls: {} };
    const result = imported('cdx-keycloak-10.0.2-cut.json', withHibernate);
    expect(hibernate.scheme).toBe('semver');
    expect(pinsOf(result.releases[0]?.pins)['maven/org.hibernate/hibernate-core']).toBe('5.3.15.Final');
    expect(result.components.find((c) => c.id === 'maven/org.hibernate/hibernate-core')).toEqual({
      id: 'maven/org.hibernate/hibernate-core',
      product: 'hibernate-orm',
      scheme: 'loose',
    });
    expect(result.warnings.filter((w) => w.includes('hibernate'))).toEqual([]);
  });

  it('without the workspace knowing Keycloak, keycloak-core maps to nothing (no name guessing)', () => {
    expect(imported('cdx-keycloak-10.0.2-cut.json', { products: new Map(), purls: {} }).components).toEqual([]);
  });

  it('commons-codec in five versions is pinned five times', () => {
    expect(Object.entries(pins).filter(([id]) => id.startsWith('maven/commons-codec/commons-codec'))).toEqual([
      ['maven/commons-codec/commons-codec', '1.11'],
      ['maven/commons-codec/commons-codec@1.12', '1.12'],
      ['maven/commons-codec/commons-codec@1.6', '1.6'],
      ['maven/commons-codec/commons-codec@1.10', '1.10'],
      ['maven/commons-codec/commons-codec@1.13', '1.13'],
    ]);
  });

  it('upkeep.yaml purls extend the mapping: the JDBC driver can be mapped on purpose', () => {
    const mapped = imported('cdx-keycloak-10.0.2-cut.json', sharedCatalogue({ 'pkg:maven/org.postgresql/postgresql': 'postgresql' }));
    expect(mapped.components.find((c) => c.id === 'maven/org.postgresql/postgresql')).toEqual({ id: 'maven/org.postgresql/postgresql', product: 'postgresql' });
  });
});

describe('distribution packages map to the upstream version', () => {
  it('pkg:deb/debian/nginx@1.28.0-1~bookworm is nginx, read with the distro scheme (not semver)', () => {
    const text = bom([
      { type: 'library', name: 'nginx', version: '1.28.0-1~bookworm', purl: 'pkg:deb/debian/nginx@1.28.0-1~bookworm?arch=amd64&distro=debian-12' },
    ]);
    const result = cyclonedxReleaseFromText(text, 'nginx.cdx.json', opts, catalogue);
    expect(pinsOf(result.releases[0]?.pins)).toEqual({ 'deb/debian/nginx': '1.28.0-1~bookworm' });
    expect(result.components).toEqual([{ id: 'deb/debian/nginx', product: 'nginx', scheme: 'distro', packaging: 'distro-package' }]);
  });

  it('a binary package is matched through its source package (syft upstream=, trivy SrcName) and Repology names', () => {
    const text = bom([
      { type: 'library', name: 'libnginx-mod-http-geoip', purl: 'pkg:deb/debian/libnginx-mod-http-geoip@1.22.1-9?upstream=nginx' },
      { type: 'library', name: 'rabbitmq-server', purl: 'pkg:deb/ubuntu/rabbitmq-server@3.9.13-1ubuntu0.22.04.1' },
    ]);
    const result = cyclonedxReleaseFromText(text, 'x.cdx.json', opts, catalogue);
    expect(result.components.map((c) => [c.id, c.product])).toEqual([
      ['deb/debian/libnginx-mod-http-geoip', 'nginx'],
      ['deb/ubuntu/rabbitmq-server', 'rabbitmq'],
    ]);
  });

  it("trivy's RPM epoch qualifier is put back into the version (centos-7: openssl-libs 1:1.0.2k-16.el7)", () => {
    expect(pinsOf(imported('trivy-centos-7.cdx.json').releases[0]?.pins)).toMatchObject({
      'rpm/centos/openssl-libs': '1:1.0.2k-16.el7',
      'rpm/centos/bash': '4.2.46-31.el7',
      centos: '7.6.1810',
    });
  });

  it('trivy 1.7 output (fluentd image) reads: debian 10.2 is Debian, its packages are pinned', () => {
    const fluentd = imported('trivy-fluentd-1.7.cdx.json');
    expect(fluentd.source).toMatch(/^CycloneDX 1\.7 SBOM/);
    expect(pinsOf(fluentd.releases[0]?.pins)).toMatchObject({ debian: '10.2', 'deb/debian/bash': '5.0-4', 'gem/activesupport': '6.0.2.1' });
    expect(fluentd.components.find((c) => c.id === 'debian')).toEqual({ id: 'debian', product: 'debian' });
  });

  it("a Maven version its product's scheme cannot read (10.0.2.Final) is read with the loose scheme, not left unmapped", () => {
    const text = bom([{ type: 'library', name: 'keycloak-core', purl: 'pkg:maven/org.keycloak/keycloak-core@10.0.2.Final' }]);
    const result = cyclonedxReleaseFromText(text, 'x.cdx.json', opts, catalogue);
    expect(result.components).toEqual([{ id: 'maven/org.keycloak/keycloak-core', product: 'keycloak', scheme: 'loose' }]);
    expect(result.warnings).toEqual([]);
  });

  it('a version no scheme can read is not mapped, with a warning, so that check never refuses the import', () => {
    const text = bom([{ type: 'library', name: 'keycloak-core', purl: 'pkg:maven/org.keycloak/keycloak-core@master-SNAPSHOT' }]);
    const result = cyclonedxReleaseFromText(text, 'x.cdx.json', opts, catalogue);
    expect(result.components).toEqual([]);
    expect(result.warnings).toEqual([
      'maven/org.keycloak/keycloak-core master-SNAPSHOT is keycloak (identifiers of keycloak) but not a Semantic Versioning version: not mapped; set components."maven/org.keycloak/keycloak-core" (product, scheme) in upkeep.yaml to judge it',
    ]);
  });
});
