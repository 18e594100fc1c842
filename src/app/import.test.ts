import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, repoRoot } from '../../test/paths.js';
import { check } from './check.js';
import { importInto } from './import.js';
import type { PlainDate } from './index.js';
import { initWorkspace } from './init.js';

const sboms = join(repoRoot, 'test/fixtures/sbom');
const temp = mkdtempSync(join(tmpdir(), 'upkeep-import-'));
/** A workspace with the 29 endoflife.date products of ../shared/data (without history: faster, enough here). */
const lifecycles = join(temp, 'lifecycles');

beforeAll(async () => {
  initWorkspace({ dir: lifecycles, name: 'sbom-check' });
  for (const file of readdirSync(data('endoflife/products')).filter((f) => f.endsWith('.md')))
    await importInto({ workspace: lifecycles, importer: 'endoflife', path: data('endoflife/products', file) });
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let n = 0;
function workspaceWithLifecycles(): string {
  const dir = join(temp, `ws-${++n}`);
  cpSync(lifecycles, dir, { recursive: true });
  return dir;
}
const release = { id: 'R1', date: '2024-01-01', end: '2024-12-31' };

describe('an SBOM import never writes a workspace that check refuses', () => {
  it.each([
    'trivy-minikube-kbom.cdx.json',
    'trivy-fluentd-1.7.cdx.json',
    'trivy-pom-1.7.cdx.json',
    'trivy-centos-7.cdx.json',
    'cdx-keycloak-10.0.2-cut.json',
    'cdx-lhc-vdm-editor-1.2.json',
    'osism-5.0.0.cdx.json',
  ])('%s: imported, then checked without an error (exit 2)', async (file) => {
    const ws = workspaceWithLifecycles();
    await importInto({ workspace: ws, importer: 'sbom', path: join(sboms, file), release });
    const { report } = await check({ workspace: ws, asOf: '2024-06-01' as PlainDate, releases: ['R1'] });
    expect(report.releases.map((r) => r.id)).toEqual(['R1']);
  });

  it('a Debian nginx package (1.28.0-1~bookworm) is judged as nginx 1.28', async () => {
    const ws = workspaceWithLifecycles();
    const sbom = join(ws, 'nginx.cdx.json');
    const component = {
      type: 'library',
      name: 'nginx',
      version: '1.28.0-1~bookworm',
      purl: 'pkg:deb/debian/nginx@1.28.0-1~bookworm?arch=amd64&distro=debian-12',
    };
    writeFileSync(sbom, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.7', components: [component] }));
    await importInto({ workspace: ws, importer: 'sbom', path: sbom, release });
    expect(readFileSync(join(ws, 'upkeep.yaml'), 'utf8')).toContain('deb/debian/nginx: { product: nginx, scheme: distro, packaging: distro-package }');
    const { report } = await check({ workspace: ws, asOf: '2025-08-01' as PlainDate, releases: ['R1'] });
    const pin = report.pins.find((p) => p.pin.component === 'deb/debian/nginx');
    expect(pin).toMatchObject({ product: 'nginx', cycle: { id: '1.28' } });
  });

  it("the KBOM's kubelet is judged as Kubernetes 1.27 through the product files' identifiers", async () => {
    const ws = workspaceWithLifecycles();
    expect(readFileSync(join(ws, 'products/keycloak.yaml'), 'utf8')).toContain('pkg:maven/org.keycloak/keycloak-core');
    await importInto({ workspace: ws, importer: 'sbom', path: join(sboms, 'trivy-minikube-kbom.cdx.json'), release });
    const text = readFileSync(join(ws, 'upkeep.yaml'), 'utf8');
    expect(text).toContain('k8s/k8s.io/kubelet: { product: kubernetes }');
    expect(text).toContain('oci/etcd: { product: etcd, scheme: container, packaging: container-image }');
    const { report } = await check({ workspace: ws, asOf: '2024-06-01' as PlainDate, releases: ['R1'] });
    expect(report.pins.find((p) => p.pin.component === 'k8s/k8s.io/kubelet')).toMatchObject({ product: 'kubernetes', cycle: { id: '1.27' } });
    expect(report.pins.find((p) => p.pin.component === 'oci/etcd')).toMatchObject({ product: 'etcd', cycle: { id: '3.5' } });
  });

  it.each([
    ['with no etcd lifecycle in the workspace', false],
    ['with the etcd lifecycle', true],
  ])('the KBOM\'s etcd image pinned by its digest alone is unversioned %s, never "no lifecycle" or guessed', async (_title, withLifecycles) => {
    const ws = withLifecycles ? workspaceWithLifecycles() : join(temp, `bare-${++n}`);
    if (!withLifecycles) initWorkspace({ dir: ws, name: 'bare' });
    // trivy's KBOM, with etcd's tag (the aquasecurity:trivy:PkgID property) taken away: only the digest is left
    const kbom = JSON.parse(readFileSync(join(sboms, 'trivy-minikube-kbom.cdx.json'), 'utf8'));
    const etcd = kbom.components.find((c: { name: string }) => c.name === 'registry.k8s.io/etcd');
    etcd.properties = etcd.properties.filter((p: { name: string }) => p.name !== 'aquasecurity:trivy:PkgID');
    const file = join(ws, 'kbom.cdx.json');
    writeFileSync(file, JSON.stringify(kbom));
    await importInto({ workspace: ws, importer: 'sbom', path: file, release });
    const { report } = await check({ workspace: ws, asOf: '2024-06-01' as PlainDate, releases: ['R1'] });
    const pin = report.pins.find((p) => p.pin.component === 'oci/etcd');
    expect(pin?.pin.version).toBe('sha256:51eae8381dcb1078289fa7b4f3df2630cdc18d09fb56f8e56b41c40e191d6c83');
    expect(pin?.state).toBe('unversioned');
    expect(report.findings.filter((f) => f.component === 'oci/etcd').map((f) => f.rule)).toEqual(['unversioned']);
  });

  it("Keycloak's hibernate-core 5.3.15.Final (Maven) is judged as Hibernate ORM 5.3", async () => {
    const ws = workspaceWithLifecycles();
    await importInto({ workspace: ws, importer: 'endoflife', path: join(repoRoot, 'test/fixtures/endoflife-products/hibernate-orm.md') });
    await importInto({ workspace: ws, importer: 'sbom', path: join(sboms, 'cdx-keycloak-10.0.2-cut.json'), release });
    expect(readFileSync(join(ws, 'upkeep.yaml'), 'utf8')).toContain('maven/org.hibernate/hibernate-core: { product: hibernate-orm, scheme: loose }');
    const { report } = await check({ workspace: ws, asOf: '2024-06-01' as PlainDate, releases: ['R1'] });
    expect(report.pins.find((p) => p.pin.component === 'maven/org.hibernate/hibernate-core')).toMatchObject({ product: 'hibernate-orm', cycle: { id: '5.3' } });
  });

  it('upkeep.yaml purls map a package the built-in rules leave alone', async () => {
    const ws = workspaceWithLifecycles();
    const file = join(ws, 'upkeep.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}purls:\n  pkg:maven/org.postgresql/postgresql: postgresql\n`);
    await importInto({ workspace: ws, importer: 'sbom', path: join(sboms, 'cdx-keycloak-10.0.2-cut.json'), release });
    expect(readFileSync(file, 'utf8')).toContain('maven/org.postgresql/postgresql: { product: postgresql }');
    await check({ workspace: ws, asOf: '2024-06-01' as PlainDate, releases: ['R1'] });
  });
});

describe('re-importing a changed SBOM replaces the pins of its earlier import, never the pins added by hand', () => {
  const maven = (group: string, name: string, version: string) => ({
    type: 'library',
    group,
    name,
    version,
    purl: `pkg:maven/${group}/${name}@${version}?type=jar`,
  });
  const write = (file: string, components: unknown[]) => writeFileSync(file, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.2', components }));
  const pinsOf = (ws: string) => readFileSync(join(ws, 'releases/R1.yaml'), 'utf8').split('pins:\n')[1];

  it('keeps the hand-written and hand-added pins, drops the packages and versions the SBOM no longer lists, and says which', async () => {
    const ws = join(temp, `reimport-${++n}`);
    initWorkspace({ dir: ws, name: 'reimport' });
    // R1 written by hand first (no source): its plain pin is the user's
    writeFileSync(join(ws, 'releases/R1.yaml'), 'id: R1\ndate: 2024-01-01\nend: 2024-12-31\npins:\n  ovn: 22.09.0\n');
    const sbom = join(ws, 'keycloak.cdx.json');
    // components of the real Keycloak 10.0.2 SBOM (test/fixtures/sbom/cdx-keycloak-10.0.2-cut.json)
    write(sbom, [
      maven('com.fasterxml.jackson.core', 'jackson-databind', '2.10.1'),
      maven('commons-codec', 'commons-codec', '1.11'),
      maven('commons-codec', 'commons-codec', '1.12'),
      maven('org.apache.httpcomponents', 'httpclient', '4.5.11'),
    ]);
    await importInto({ workspace: ws, importer: 'sbom', path: sbom, release });
    const file = join(ws, 'releases/R1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pins:\n', 'pins:\n  ovs: { version: "3.0.1", source: "manual: board minutes" }\n'));
    expect(pinsOf(ws)).toContain('maven/commons-codec/commons-codec@1.12: "1.12"');

    // the next build: jackson upgraded, commons-codec 1.12 replaced by 1.13, httpclient gone
    write(sbom, [
      maven('com.fasterxml.jackson.core', 'jackson-databind', '2.12.0'),
      maven('commons-codec', 'commons-codec', '1.11'),
      maven('commons-codec', 'commons-codec', '1.13'),
    ]);
    const applied = await importInto({ workspace: ws, importer: 'sbom', path: sbom, release });
    const { report } = await check({ workspace: ws, asOf: '2024-06-01' as PlainDate, releases: ['R1'] });
    expect(Object.fromEntries(report.pins.map((p) => [p.pin.component, p.pin.version]))).toEqual({
      'maven/com.fasterxml.jackson.core/jackson-databind': '2.12.0',
      'maven/commons-codec/commons-codec': '1.11',
      'maven/commons-codec/commons-codec@1.13': '1.13',
      ovs: '3.0.1',
      ovn: '22.09.0',
    });
    expect(pinsOf(ws)).toContain('ovn:\n    version: 22.09.0\n    source: manual');
    expect(applied.warnings).toContain(
      'R1: 2 pins that sbom/keycloak.cdx.json no longer lists removed (maven/commons-codec/commons-codec@1.12 1.12, maven/org.apache.httpcomponents/httpclient 4.5.11); pins of other sources and pins added by hand (a source of their own, or none) are kept',
    );
  });
});

describe('OSISM 9.0.0 (real manifests with a Kolla SBOM file): OVN and OVS come from the release, not only by hand', () => {
  const osism = join(repoRoot, 'test/fixtures/osism-release/9.0.0');
  const r9 = { id: 'R9', date: '2025-04-10', end: '2025-10-10' };

  it('without an OVN lifecycle, the import says to write one by hand', async () => {
    const ws = workspaceWithLifecycles();
    const { warnings } = await importInto({ workspace: ws, importer: 'osism', path: osism, release: r9 });
    expect(warnings).toContain(
      'kolla/ovn: product "ovn" has no lifecycle in this workspace yet, so check reports this pin as no-lifecycle until its lifecycle is there: write products/ovn.yaml by hand (docs/lifecycles-by-hand.md; examples/scs/products/ovn.yaml is one)',
    );
  });

  it('with the hand-written lifecycles, kolla/ovn 24.9.2.20250408 is OVN 24.09 and kolla/openvswitch 3.4.2.20250408 is OVS 3.4', async () => {
    const ws = workspaceWithLifecycles();
    for (const p of ['ovn', 'ovs']) cpSync(join(repoRoot, `examples/scs/products/${p}.yaml`), join(ws, `products/${p}.yaml`));
    await importInto({ workspace: ws, importer: 'osism', path: osism, release: r9 });
    const { report } = await check({ workspace: ws, asOf: '2025-05-01' as PlainDate, releases: ['R9'] });
    expect(report.pins.find((p) => p.pin.component === 'kolla/ovn')).toMatchObject({ product: 'ovn', cycle: { id: '24.09' } });
    expect(report.pins.find((p) => p.pin.component === 'kolla/openvswitch')).toMatchObject({ product: 'ovs', cycle: { id: '3.4' } });
    expect(report.findings.some((f) => f.component === 'kolla/ovn' && f.rule === 'horizon')).toBe(true);
  });
});
