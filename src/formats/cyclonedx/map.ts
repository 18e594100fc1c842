import path from 'node:path';
import { PackageURL } from 'packageurl-js';
import { UpkeepError } from '../../core/errors.js';
import { getScheme } from '../../core/versions/registry.js';
import type { SchemeId } from '../../core/versions/types.js';
import { aOrAn } from '../../core/words.js';
import type { Component, ImportResult, Pin, ProductCatalogue, Release } from '../../core/workspace.js';
import { checkDates } from '../request.js';
import type { StackReleaseRequest } from '../types.js';
import { parseBom } from './parse.js';
import { CONTAINER_TYPES, DISTRO_TYPES, type PackageRef, ProductMatcher, packagingOf } from './products.js';
import type { CdxBom, CdxComponent } from './schema.js';

/**
 * One Release from a CycloneDX JSON SBOM: every software component with a version (nested ones
 * too) becomes a pin named after its purl (`pkg:deb/ubuntu/openssl@3.0.2` → `deb/ubuntu/openssl`),
 * mapped to a product through its purl (products.ts). Pure: the file's text and the workspace's
 * catalogue are given.
 */
export function cyclonedxReleaseFromText(text: string, file: string, opts: StackReleaseRequest, catalogue?: ProductCatalogue): ImportResult {
  checkDates(opts);
  return cyclonedxRelease(parseBom(text, file), file, opts, catalogue);
}

/** Component types that describe no software to maintain: a CBOM's algorithms, an ML-BOM's models and data. */
const NOT_SOFTWARE: ReadonlySet<string> = new Set(['cryptographic-asset', 'machine-learning-model', 'data']);

/** The release of a parsed SBOM (dates already checked). */
function cyclonedxRelease(bom: CdxBom, file: string, opts: StackReleaseRequest, catalogue: ProductCatalogue | undefined): ImportResult {
  const warnings: string[] = [];
  const source = `sbom/${path.basename(file)}`;
  const pins: Pin[] = [];
  const components = new Map<string, Component>();
  const versionsOf = new Map<string, string[]>();
  const notSoftware = new Map<string, string[]>();
  const matcher = new ProductMatcher(catalogue);

  for (const { component, at } of flatten(bom.components ?? [], 'components')) {
    if (component.type !== undefined && NOT_SOFTWARE.has(component.type)) {
      notSoftware.set(component.type, [...(notSoftware.get(component.type) ?? []), component.name]);
      continue;
    }
    const entry = pinOf(component, at, warnings);
    if (entry === undefined) continue;
    // Several versions of one package (two lockfiles, two images) are each pinned: `<id>@<version>` after the first.
    const seen = versionsOf.get(entry.id);
    if (seen?.includes(entry.version)) continue;
    const id = seen ? `${entry.id}@${entry.version}` : entry.id;
    versionsOf.set(entry.id, [...(seen ?? []), entry.version]);
    pins.push({ component: id, version: entry.version, source, at: { file } });
    const mapped = componentOf(id, entry, matcher, catalogue, warnings);
    if (mapped) components.set(id, mapped);
  }
  if (pins.length === 0) throw nothingToPin(bom, file, notSoftware);
  warnings.push(...severalVersions(versionsOf));
  for (const [type, names] of notSoftware) warnings.push(`not pinned, ${type} describes no software to maintain: ${listed(names)}`);

  const subject = bom.metadata?.component;
  const release: Release = {
    id: opts.releaseId,
    ...(subject?.version !== undefined ? { version: subject.version } : {}),
    date: opts.date,
    end: opts.end,
    pins,
    alternatives: [],
    at: { file },
  };
  const described = subject ? ` of ${subject.name}${subject.version !== undefined ? ` ${subject.version}` : ''}` : '';
  return {
    products: [],
    releases: [release],
    components: [...components.values()],
    warnings,
    source: `CycloneDX ${bom.specVersion} SBOM${described} (${path.basename(file)})`,
  };
}

function listed(items: readonly string[]): string {
  return `${items.slice(0, 10).join(', ')}${items.length > 10 ? `, and ${items.length - 10} more` : ''}`;
}

/** One warning for every package listed in several versions. */
function severalVersions(versionsOf: ReadonlyMap<string, readonly string[]>): string[] {
  const multi = [...versionsOf].filter(([, versions]) => versions.length > 1);
  if (multi.length === 0) return [];
  const shown = multi.map(([id, versions]) => `${id} (${versions.join(', ')})`);
  return [
    `${multi.length} package${multi.length > 1 ? 's are' : ' is'} listed in several versions, each pinned (as <id>@<version> after the first): ${listed(shown)}`,
  ];
}

/**
 * A BOM that pins nothing is not the SBOM of a release: a VEX, a SaaSBOM, a CBOM, an ML-BOM,
 * or an SBOM without versions. Refused, naming what it is, rather than written as an empty release.
 */
function nothingToPin(bom: CdxBom, file: string, notSoftware: ReadonlyMap<string, readonly string[]>): UpkeepError {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const components = [...flatten(bom.components ?? [], 'components')].length;
  const crypto = notSoftware.get('cryptographic-asset')?.length ?? 0;
  const ml = (notSoftware.get('machine-learning-model')?.length ?? 0) + (notSoftware.get('data')?.length ?? 0);
  const kind = bom.vulnerabilities?.length
    ? `a VEX document (${count(bom.vulnerabilities.length, 'vulnerability', 'vulnerabilities')}, no component with a version)`
    : bom.services?.length
      ? `a SaaSBOM (${count(bom.services.length, 'service', 'services')}, no component with a version)`
      : crypto > 0
        ? `a CBOM (${count(crypto, 'cryptographic asset', 'cryptographic assets')}, no software component with a version)`
        : ml > 0
          ? `an ML-BOM (${count(ml, 'model or data set', 'models and data sets')}, no software component with a version)`
          : components === 0
            ? 'an SBOM with no components'
            : `an SBOM whose ${count(components, 'component has', 'components have')} no version`;
  return new UpkeepError(
    'UPK_IMPORT_SHAPE',
    `${path.basename(file)} is ${kind}: it pins no package version, so it is not the SBOM of a release`,
    `import the CycloneDX SBOM of the release's software, whose components carry versions (e.g. \`trivy image --format cyclonedx IMAGE\`, \`syft IMAGE -o cyclonedx-json\`)`,
    { file },
  );
}

function* flatten(components: readonly CdxComponent[], at: string): Generator<{ component: CdxComponent; at: string }> {
  for (const [i, component] of components.entries()) {
    yield { component, at: `${at}[${i}]` };
    if (component.components) yield* flatten(component.components, `${at}[${i}].components`);
  }
}

interface PinEntry {
  readonly id: string;
  readonly version: string;
  readonly ref: PackageRef;
}

const PKG_ID = 'aquasecurity:trivy:PkgID';
const SRC_NAME = 'aquasecurity:trivy:SrcName';
const DIGEST = /^sha(?:256|384|512):/;

const propertyOf = (component: CdxComponent, name: string): string | undefined => component.properties?.find((p) => p.name === name)?.value;

/** The tag of an image reference (`registry.k8s.io/etcd:3.5.7-0` → `3.5.7-0`); none for `name@sha256:…` or no tag. */
function tagOf(reference: string | undefined): string | undefined {
  if (reference === undefined || reference.includes('@')) return undefined;
  const colon = reference.lastIndexOf(':');
  return colon > reference.lastIndexOf('/') ? reference.slice(colon + 1) || undefined : undefined;
}

/** Id, version and what the matcher needs, from the purl when it parses, else from name/group/version; undefined: no version. */
function pinOf(component: CdxComponent, at: string, warnings: string[]): PinEntry | undefined {
  const label = `${at} ${component.name}`;
  let purl: PackageURL | undefined;
  if (component.purl !== undefined) {
    try {
      purl = PackageURL.fromString(component.purl);
    } catch (e) {
      warnings.push(`${label}: purl "${component.purl}" does not parse (${(e as Error).message}); named by its name instead`);
    }
  }
  const id = purl
    ? [purl.type, purl.namespace, purl.name].filter((part) => part !== undefined && part !== '').join('/')
    : [component.group, component.name].filter((part) => part !== undefined && part !== '').join('/');
  const version = purl ? purlVersion(purl, component) : component.version;
  if (version === undefined || version === '') {
    warnings.push(`${label}: no version, not pinned`);
    return undefined;
  }
  const upstream = purl?.qualifiers?.upstream?.replace(/[@\s(].*$/, '');
  const srcName = propertyOf(component, SRC_NAME);
  const sourceNames = [...new Set([upstream, srcName].filter((n): n is string => n !== undefined && n !== '' && n !== purl?.name))];
  const generic = (): PackageURL => new PackageURL('generic', component.group || undefined, component.name, undefined, undefined, undefined);
  const ref: PackageRef = {
    purl: purl ?? generic(),
    sourceNames,
    ...(purl === undefined && component.type === 'operating-system' ? { operatingSystem: component.name } : {}),
  };
  return { id, version, ref };
}

/**
 * An image's version is its tag: the `tag` qualifier, else the tag in trivy's PkgID
 * (`registry.k8s.io/etcd:3.5.7-0`); with neither, its digest, an unversioned pin. A distribution
 * package's epoch, which trivy writes as a qualifier (`?epoch=1`), is put back (`1:2.33.1-0.1`).
 */
function purlVersion(purl: PackageURL, component: CdxComponent): string | undefined {
  const version = purl.version ?? component.version;
  if (CONTAINER_TYPES.has(purl.type)) {
    const tag = purl.qualifiers?.tag ?? tagOf(propertyOf(component, PKG_ID));
    if (tag !== undefined) return tag;
    return version !== undefined && DIGEST.test(version) ? version : (component.version ?? version);
  }
  const epoch = purl.qualifiers?.epoch;
  if (DISTRO_TYPES.has(purl.type) && version !== undefined && epoch !== undefined && /^\d+$/.test(epoch) && !version.includes(':'))
    return `${epoch}:${version}`;
  return version;
}

/**
 * The component a pin introduces when its package is a known product. Images use the container
 * scheme (`7.0.9-alpine`), distribution packages the distro scheme (`1.28.0-1~bookworm` → 1.28),
 * other packages the product's; where the product's scheme cannot read a package's version (Maven's
 * `5.3.15.Final`), the loose scheme (dotted number and a label). A version that no scheme can read
 * is not mapped (a warning): the import never writes a workspace its own check refuses.
 */
function componentOf(id: string, entry: PinEntry, matcher: ProductMatcher, catalogue: ProductCatalogue | undefined, warnings: string[]): Component | undefined {
  const match = matcher.match(entry.ref);
  if (!match) return undefined;
  const type = entry.ref.operatingSystem === undefined ? entry.ref.purl.type : 'operating-system';
  const scheme: SchemeId | undefined = CONTAINER_TYPES.has(type) ? 'container' : DISTRO_TYPES.has(type) ? 'distro' : undefined;
  const packaging = packagingOf(type);
  const schemeId = scheme ?? catalogue?.products.get(match.product)?.scheme;
  const reader = schemeId === undefined ? undefined : getScheme(schemeId);
  if (reader && reader.parse(entry.version) === undefined) {
    if (scheme === undefined && getScheme('loose')?.parse(entry.version))
      return { id, product: match.product, scheme: 'loose', ...(packaging !== undefined ? { packaging } : {}) };
    warnings.push(
      `${id} ${entry.version} is ${match.product} (${match.by}) but not ${aOrAn(reader.displayName)} version: not mapped; set components."${id}" (product, scheme) in upkeep.yaml to judge it`,
    );
    return undefined;
  }
  return { id, product: match.product, ...(scheme !== undefined ? { scheme } : {}), ...(packaging !== undefined ? { packaging } : {}) };
}
