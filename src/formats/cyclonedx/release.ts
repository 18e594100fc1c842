import path from 'node:path';
import { PackageURL } from 'packageurl-js';
import type { z } from 'zod';
import { isPlainDate, type PlainDate } from '../../core/dates.js';
import { type ErrorLocation, type Problem, throwProblems, UpkeepError } from '../../core/errors.js';
import type { Component, ImportResult, Pin, Release } from '../../core/workspace.js';
import { parseYaml } from '../../files/yaml-file.js';
import { cyclonedxComponent } from './products.js';
import { CdxBom, type CdxComponent, SPEC_VERSIONS } from './schema.js';

export interface CycloneDxImportOptions {
  readonly releaseId: string;
  readonly date: PlainDate;
  readonly end: PlainDate;
}

const EXPECTS = 'Upkeep expects a CycloneDX JSON SBOM';
const EXPORT_HINT = 'export the SBOM as CycloneDX JSON (e.g. `syft <image> -o cyclonedx-json`, `trivy image --format cyclonedx`)';

/**
 * One Release from a CycloneDX JSON SBOM: every component with a version (nested ones too)
 * becomes a pin named after its purl (`pkg:deb/ubuntu/openssl@3.0.2` → `deb/ubuntu/openssl`).
 * Pure: the file's text is given.
 */
export function cyclonedxReleaseFromText(text: string, file: string, opts: CycloneDxImportOptions): ImportResult {
  checkDates(opts);
  const bom = parseBom(text.replace(/^\uFEFF/, ''), file);
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

function checkDates(opts: CycloneDxImportOptions): void {
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

function parseBom(text: string, file: string): CdxBom {
  if (text.trimStart().startsWith('<')) {
    throw new UpkeepError('UPK_IMPORT_SHAPE', `${path.basename(file)} looks like an XML SBOM; only CycloneDX JSON is supported`, EXPORT_HINT, { file });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UpkeepError('UPK_JSON_SYNTAX', `not valid JSON: ${(e as Error).message}`, 'fix the JSON at that spot, or export the SBOM again', {
      file,
      ...jsonErrorPosition(e as Error, text),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      `${path.basename(file)} holds a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object; ${EXPECTS}`,
      EXPORT_HINT,
      { file },
    );
  }
  if ('spdxVersion' in value) {
    throw new UpkeepError('UPK_IMPORT_SHAPE', `${path.basename(file)} is an SPDX document (it has spdxVersion, no bomFormat); ${EXPECTS}`, EXPORT_HINT, {
      file,
      path: 'spdxVersion',
    });
  }
  const result = CdxBom.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const lineOf = jsonLines(text, file);
  throwProblems(
    result.error.issues.map((issue): Problem => {
      const dotPath = dotted(issue.path);
      const line = lineOf(issue.path);
      return {
        code: 'UPK_IMPORT_SHAPE',
        message: shapeMessage(issue, dotPath),
        hint: EXPORT_HINT,
        location: { file, ...(line !== undefined ? { line } : {}), ...(dotPath ? { path: dotPath } : {}) },
      };
    }),
  );
  throw new Error('unreachable: a failed parse has issues');
}

function shapeMessage(issue: z.core.$ZodIssue, dotPath: string): string {
  const input = (issue as { input?: unknown }).input;
  if (dotPath === 'bomFormat') {
    return input === undefined
      ? `bomFormat is missing; ${EXPECTS} ("bomFormat": "CycloneDX")`
      : `bomFormat is ${JSON.stringify(input)}, not "CycloneDX"; ${EXPECTS}`;
  }
  if (dotPath === 'specVersion') {
    const supported = `${SPEC_VERSIONS[0]}–${SPEC_VERSIONS[SPEC_VERSIONS.length - 1]}`;
    return input === undefined
      ? `specVersion is missing; ${EXPECTS} of spec ${supported}`
      : `specVersion ${JSON.stringify(input)} is not supported; ${EXPECTS} of spec ${supported}`;
  }
  return `${dotPath ? `${dotPath}: ` : ''}${input === undefined && issue.code === 'invalid_type' ? `missing (expected ${issue.expected})` : issue.message}`;
}

/** Line of a path inside the JSON (JSON is YAML, so the YAML parser's positions serve); only on errors. */
function jsonLines(text: string, file: string): (path: readonly PropertyKey[]) => number | undefined {
  try {
    const src = parseYaml(text, file);
    return (p) => src.lineOf(p);
  } catch {
    return () => undefined;
  }
}

/** Node's JSON.parse names a character position (newer versions also line and column). */
function jsonErrorPosition(e: Error, text: string): Pick<ErrorLocation, 'line' | 'column'> {
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(e.message);
  if (!pos) return {};
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function dotted(p: readonly PropertyKey[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
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
