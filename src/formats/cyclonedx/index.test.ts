import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/paths.js';
import { thrown } from '../../../test/thrown.js';
import type { PlainDate } from '../../core/dates.js';
import { cyclonedxReleaseFromText, importCycloneDx, MAX_SBOM_BYTES } from './index.js';

const fixtures = path.join(repoRoot, 'test/fixtures/sbom');
const opts = { releaseId: 'R4', date: '2023-03-22' as PlainDate, end: '2024-03-22' as PlainDate };

const sbom = importCycloneDx(path.join(fixtures, 'osism-5.0.0.cdx.json'), opts);
const release = sbom.releases[0];
const pins = Object.fromEntries((release?.pins ?? []).map((p) => [p.component, p.version]));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sbom-'));
  temps.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}
const bom = (components: unknown[]): string => JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components });

describe('a CycloneDX 1.5 SBOM of OSISM 5.0.0 imports as one release', () => {
  it('takes id and dates from the options and the version from metadata.component', () => {
    expect(release).toMatchObject({ id: 'R4', version: '5.0.0', date: '2023-03-22', end: '2024-03-22', alternatives: [] });
    expect(sbom.source).toBe('CycloneDX 1.5 SBOM of osism 5.0.0 (osism-5.0.0.cdx.json)');
  });

  it.each([
    ['docker/library/mariadb', '10.11.2', 'a docker purl: type/namespace/name'],
    ['docker/library/redis', '7.0.9-alpine', 'the tag is the version'],
    ['docker/keycloak/keycloak', '19.0.3-legacy', 'qualifiers (repository_url) are not part of the id'],
    ['docker/osism/ceph-daemon', '16.2.11', 'an OSISM image'],
    ['deb/ubuntu/openssl', '3.0.2-0ubuntu1.8', 'a deb purl'],
    ['deb/ubuntu/docker-ce', '5:20.10.23~3-0~ubuntu-jammy', 'a percent-encoded epoch is decoded'],
    ['deb/ubuntu/mariadb-server', '1:10.11.2+maria~ubu2204', 'a nested component is pinned too'],
    ['ansible-core', '2.14.3', 'without a purl the name is the id'],
  ])('pins %s at %s (%s)', (id, version) => {
    expect(pins[id]).toBe(version);
  });

  it('pins every component with a version (16 of 17) and names the source file', () => {
    expect(release?.pins).toHaveLength(16);
    expect(release?.pins.every((p) => p.source === 'sbom/osism-5.0.0.cdx.json')).toBe(true);
  });

  it('a component without a version is a warning, not a pin', () => {
    expect(pins).not.toHaveProperty('osism-configuration');
    expect(sbom.warnings).toEqual(['not pinned, data describes no software to maintain: osism-configuration']);
  });

  it.each([
    ['docker/library/mariadb', { product: 'mariadb', scheme: 'container', packaging: 'container-image' }],
    ['docker/library/postgres', { product: 'postgresql', scheme: 'container', packaging: 'container-image' }],
    ['docker/hashicorp/vault', { product: 'hashicorp-vault', scheme: 'container', packaging: 'container-image' }],
    ['docker/osism/ceph-daemon', { product: 'ceph', scheme: 'container', packaging: 'container-image' }],
    ['deb/ubuntu/mariadb-server', { product: 'mariadb', scheme: 'distro', packaging: 'distro-package' }],
    ['deb/ubuntu/docker-ce', { product: 'docker-engine', scheme: 'distro', packaging: 'distro-package' }],
  ])('component %s maps to %o', (id, expected) => {
    expect(sbom.components.find((c) => c.id === id)).toEqual({ id, ...expected });
  });

  it.each(['deb/ubuntu/openssl', 'deb/ubuntu/libc6', 'docker/osism/homer', 'ansible-core'])('%s maps to no product', (id) => {
    expect(sbom.components.find((c) => c.id === id)).toBeUndefined();
  });
});

describe('naming rules', () => {
  it.each<[Record<string, string>, string, string, string]>([
    [{ name: 'mariadb', purl: 'pkg:oci/mariadb@sha256%3Aabc?tag=10.11.2' }, 'oci/mariadb', '10.11.2', 'an OCI purl: the tag, not the digest'],
    [{ name: 'openssl', version: '3.0.2', purl: 'pkg:deb/ubuntu/openssl@3.0.2' }, 'deb/ubuntu/openssl', '3.0.2', 'the purl version'],
    [{ name: 'libfoo', version: '1.0', purl: 'pkg:generic/libfoo' }, 'generic/libfoo', '1.0', 'a purl without version: the component version'],
    [{ name: 'guava', group: 'com.google.guava', version: '31.1' }, 'com.google.guava/guava', '31.1', 'no purl: group/name'],
    [{ name: 'broken', version: '2.0', purl: 'not a purl' }, 'broken', '2.0', 'an unparseable purl falls back to the name (with a warning)'],
  ])('%o → %s %s (%s)', (component, id, version) => {
    const result = cyclonedxReleaseFromText(bom([component]), 'x.cdx.json', opts);
    expect(result.releases[0]?.pins.map((p) => [p.component, p.version])).toEqual([[id, version]]);
  });

  it('keeps each version of one package: the first as its id, the next as <id>@<version>', () => {
    const result = cyclonedxReleaseFromText(
      bom([
        { name: 'openssl', purl: 'pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.8' },
        { name: 'img', purl: 'pkg:docker/library/img@1', components: [{ name: 'openssl', purl: 'pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.10' }] },
      ]),
      'x.cdx.json',
      opts,
    );
    expect(result.releases[0]?.pins.filter((p) => p.component.startsWith('deb/ubuntu/openssl')).map((p) => [p.component, p.version])).toEqual([
      ['deb/ubuntu/openssl', '3.0.2-0ubuntu1.8'],
      ['deb/ubuntu/openssl@3.0.2-0ubuntu1.10', '3.0.2-0ubuntu1.10'],
    ]);
    expect(result.warnings).toEqual([
      '1 package is listed in several versions, each pinned (as <id>@<version> after the first): deb/ubuntu/openssl (3.0.2-0ubuntu1.8, 3.0.2-0ubuntu1.10)',
    ]);
  });

  it.each(['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'])('reads spec version %s', (specVersion) => {
    const text = JSON.stringify({ bomFormat: 'CycloneDX', specVersion, components: [{ name: 'redis', version: '7.0.9' }] });
    expect(cyclonedxReleaseFromText(text, 'x.cdx.json', opts).releases[0]?.pins).toHaveLength(1);
  });
});

describe('bad input gives an UpkeepError naming the file, never a crash', () => {
  it.each([
    {
      name: 'an SPDX file',
      file: () => path.join(fixtures, 'spdx-2.3.spdx.json'),
      code: 'UPK_IMPORT_SHAPE',
      message: /SPDX document .*expects a CycloneDX JSON SBOM/,
    },
    {
      name: 'JSON without bomFormat',
      file: () => path.join(fixtures, 'no-bomformat.json'),
      code: 'UPK_IMPORT_SHAPE',
      message: /bomFormat is missing; Upkeep expects a CycloneDX JSON SBOM/,
    },
    { name: 'a missing file', file: () => path.join(fixtures, 'nope.cdx.json'), code: 'UPK_FILE_NOT_FOUND', message: /does not exist/ },
    {
      name: 'an XML SBOM',
      file: () => tempFile('bom.xml', '<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.5"/>\n'),
      code: 'UPK_IMPORT_SHAPE',
      message: /XML SBOM; only CycloneDX JSON is supported/,
    },
    {
      name: 'not JSON',
      file: () => tempFile('bom.json', '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.5",,\n}\n'),
      code: 'UPK_JSON_SYNTAX',
      message: /not valid JSON/,
    },
    { name: 'a JSON array', file: () => tempFile('bom.json', '[]'), code: 'UPK_IMPORT_SHAPE', message: /JSON array, not an object/ },
    {
      name: "trivy's own JSON report (trivy integration/testdata/minikube-kbom.json.golden starts so)",
      file: () => tempFile('report.json', '{\n  "SchemaVersion": 2,\n  "Trivy": { "Version": "dev" },\n  "ClusterName": "minikube"\n}\n'),
      code: 'UPK_IMPORT_SHAPE',
      message: /is a trivy JSON report \(SchemaVersion, Trivy\), not an SBOM/,
    },
    {
      name: 'spec 1.1 (XML only)',
      file: () => tempFile('bom.json', '{"bomFormat":"CycloneDX","specVersion":"1.1"}'),
      code: 'UPK_IMPORT_SHAPE',
      message: /specVersion "1\.1" is not supported; .* 1\.2–1\.7/,
    },
    {
      name: 'a long bomFormat (quoted by its start, not echoed whole)',
      file: () => tempFile('bom.json', JSON.stringify({ bomFormat: 'x'.repeat(5000), specVersion: '1.5' })),
      code: 'UPK_IMPORT_SHAPE',
      message: /^bomFormat is "x{60}"… \(5,000 characters\), not "CycloneDX"/,
    },
    {
      name: 'a VEX (CycloneDX/bom-examples VEX/vex.json)',
      file: () => path.join(fixtures, 'cdx-vex.json'),
      code: 'UPK_IMPORT_SHAPE',
      message: /^cdx-vex\.json is a VEX document \(1 vulnerability, no component with a version\): it pins no package version/,
    },
    {
      name: 'a SaaSBOM (CycloneDX/bom-examples SaaSBOM/apigateway-microservices-datastores)',
      file: () => path.join(fixtures, 'cdx-saasbom.json'),
      code: 'UPK_IMPORT_SHAPE',
      message: /is a SaaSBOM \(\d+ services?, no component with a version\)/,
    },
    {
      name: 'a CBOM (CycloneDX/bom-examples CBOM/Algorithm)',
      file: () => path.join(fixtures, 'cdx-cbom-algorithm.json'),
      code: 'UPK_IMPORT_SHAPE',
      message: /is a CBOM \(2 cryptographic assets, no software component with a version\)/,
    },
    {
      name: 'an SBOM with no components',
      file: () => tempFile('bom.json', '{"bomFormat":"CycloneDX","specVersion":"1.4","components":[]}'),
      code: 'UPK_IMPORT_SHAPE',
      message: /is an SBOM with no components/,
    },
  ])('$name → $code', ({ file, code, message }) => {
    const name = file();
    const error = thrown(() => importCycloneDx(name, opts));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.location.file).toBe(name);
  });

  it('a JSON syntax error is reported at its line and column', () => {
    const error = thrown(() => importCycloneDx(tempFile('bom.json', '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.5",,\n}\n'), opts));
    expect(error.location).toMatchObject({ line: 3, column: 24 });
  });

  it('a component without a name is reported with its path and line', () => {
    const text = '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.5",\n  "components": [\n    { "version": "1.0" }\n  ]\n}\n';
    const error = thrown(() => importCycloneDx(tempFile('bom.json', text), opts));
    expect(error).toMatchObject({ code: 'UPK_IMPORT_SHAPE', location: { path: 'components[0].name', line: 5 } });
  });

  it(`refuses files over ${MAX_SBOM_BYTES / 1024 / 1024} MB before reading them`, () => {
    const file = tempFile('huge.cdx.json', '');
    truncateSync(file, MAX_SBOM_BYTES + 1);
    const error = thrown(() => importCycloneDx(file, opts));
    expect(error.code).toBe('UPK_FILE_UNREADABLE');
    expect(error.message).toMatch(/is 50\.0 MB; Upkeep reads SBOMs up to 50 MB/);
  });
});
