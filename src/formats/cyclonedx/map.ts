import path from 'node:path';
import { PackageURL } from 'packageurl-js';
import { isPlainDate } from '../../core/dates.js';
import { UpkeepError } from '../../core/errors.js';
import type { Component, ImportResult, Pin, Release } from '../../core/workspace.js';
import type { StackReleaseRequest } from '../types.js';
import { parseBom } from './parse.js';
import { cyclonedxComponent } from './products.js';
import type { CdxBom, CdxComponent } from './schema.js';

/**
 * One Release from a CycloneDX JSON SBOM: every component with a version (nested ones too)
 * becomes a pin named after its purl (`pkg:deb/ubuntu/openssl@3.0.2` → `deb/ubuntu/openssl`).
 * Pure: the file's text is given.
 */
export function cyclonedxReleaseFromText(text: string, file: string, opts: StackReleaseRequest): ImportResult {
  checkDates(opts);
  return cyclonedxRelease(parseBom(text, file), file, opts);
}

/** The release of a parsed SBOM (dates already checked). */
function cyclonedxRelease(bom: CdxBom, file: string, opts: StackReleaseRequest): ImportResult {
  const warnings: string[] = [];
  const source = `sbom/${path.basename(file)}`;
  const pins: Pin[] = [];
  const components = new Map<string, Component>();
  const firstVersion = new Map<string, string>();

  for (const { component, at } of flatten(bom.components ?? [], 'components')) {
    const entry = pinOf(component, at, warnings);
    if (entry === undefined) continue;
    const first = firstVersion.get(entry.id);
    if (first !== undefined) {
      if (first !== entry.version) warnings.push(`${at}: ${entry.id} ${entry.version} is listed again (first as ${first}); kept ${first}`);
      continue;
    }
    firstVersion.set(entry.id, entry.version);
    pins.push({ component: entry.id, version: entry.version, source, at: { file } });
    const known = cyclonedxComponent(entry.id, entry.name, entry.purlType);
    if (known) components.set(entry.id, known);
  }

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

function checkDates(opts: StackReleaseRequest): void {
  for (const key of ['date', 'end'] as const) {
    if (!isPlainDate(opts[key]))
      throw new UpkeepError('UPK_BAD_DATE', `release ${key} "${opts[key]}" is not a date in YYYY-MM-DD form`, 'give a real calendar date, e.g. 2023-03-22');
  }
  if (opts.end < opts.date)
    throw new UpkeepError(
      'UPK_BAD_DATE',
      `release end ${opts.end} is before its date ${opts.date}`,
      'the planned end of a release comes after its release date',
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
  /** The package or image name, for the product table. */
  readonly name: string;
  readonly purlType?: string;
}

/** Id and version from the purl when it parses, else from name/group/version; undefined: no version. */
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
  // An OCI purl's version is the digest; the tag, when given, is the version a lifecycle knows.
  const tag = purl?.type === 'oci' ? purl.qualifiers?.tag : undefined;
  const version = tag ?? purl?.version ?? component.version;
  if (version === undefined || version === '') {
    warnings.push(`${label}: no version, not pinned`);
    return undefined;
  }
  return { id, version, name: purl?.name ?? component.name, ...(purl ? { purlType: purl.type } : {}) };
}
