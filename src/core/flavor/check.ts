/**
 * Conformance of a cloud's flavor list: every `SCS-` flavor's name must parse (scs-0100) and not
 * promise more vCPUs, RAM or disk than the flavor has; scs-0103 properties that are set must not
 * show a worse flavor than the name promises; the scs-0103 standard flavors must exist with
 * exactly the figures and the extra_specs their table row gives. A name may understate its
 * flavor (a better flavor may be sold under a lesser name). Rules follow the reference checks
 * `flavor_names_check.py` and `standard_flavors.py`.
 */
import { generateName } from './generate.js';
import { CPU_TYPE_ORDER, CPU_TYPES, DISK_TYPES, entryFor, PROPERTY_KEYS, VERSION_ORDER } from './grammar.js';
import { isScsName, parseFlavorName } from './parse.js';
import { STANDARD_FLAVORS } from './scs-0103.js';
import type { StandardFlavor } from './standard-table.js';
import type { Flavor, NameSyntax, ParseFailure, StandardVersion } from './types.js';

/** A flavor as the cloud reports it. */
export interface CloudFlavor {
  readonly id?: string;
  readonly name: string;
  readonly vcpus: number;
  readonly ramMiB: number;
  readonly diskGB: number;
  readonly properties: Readonly<Record<string, string>>;
}

export type Severity = 'error' | 'warning' | 'info';

export type FlavorFinding =
  | { readonly kind: 'wrong-name'; readonly severity: 'error'; readonly flavor: string; readonly failure: ParseFailure }
  | {
      readonly kind: 'mismatch';
      readonly severity: Severity;
      readonly flavor: string;
      /** `vcpus`, `ram`, `disk` or a property key such as `scs:cpu-type`. */
      readonly property: string;
      /** Absent for `no-such-disk`: the name has no such disk, so it states no value. */
      readonly expected?: string;
      /** Absent: the flavor does not set the property. */
      readonly actual?: string;
      /**
       * `overpromise`: the name promises more than the flavor has (error); `underpromise`: less
       * (allowed); `property`: a property differs where no order tells better from worse (warning);
       * `no-such-disk`: a disk type other than `network` for a disk the name does not have (warning);
       * `standard-flavor`: a scs-0103 standard flavor differs from its table row (error).
       */
      readonly reason: 'overpromise' | 'underpromise' | 'standard-flavor' | 'property' | 'no-such-disk';
    }
  | { readonly kind: 'missing'; readonly severity: 'error' | 'warning'; readonly standardName: string; readonly level: StandardFlavor['level'] }
  | { readonly kind: 'outdated-name'; readonly severity: 'warning'; readonly flavor: string; readonly syntax: NameSyntax; readonly suggestion: string }
  /** The name uses values the tables of `standard` lack (first defined in `version`). */
  | {
      readonly kind: 'newer-name';
      readonly severity: 'warning';
      readonly flavor: string;
      readonly version: StandardVersion;
      readonly standard: StandardVersion;
    };

export type FlavorStatus = 'ok' | 'wrong-name' | 'mismatch' | 'outdated-name' | 'not-scs';

export interface FlavorVerdict {
  readonly name: string;
  readonly id?: string;
  readonly status: FlavorStatus;
  /** What the name says, for valid names. */
  readonly flavor?: Flavor;
}

export interface StandardVerdict {
  readonly name: string;
  readonly level: StandardFlavor['level'];
  /** Name of the cloud flavor that provides it, if any. */
  readonly providedBy?: string;
  readonly status: 'ok' | 'mismatch' | 'missing';
}

export interface Rename {
  readonly from: string;
  readonly to: string;
}

/** A cloud flavor the check did not look at, and why (not a finding: the reference skips it too). */
export interface SkippedFlavor {
  readonly id?: string;
  /** 0-based index in the flavor list. */
  readonly index: number;
  readonly reason: 'empty-name';
}

export interface FlavorCheckReport {
  readonly standard: StandardVersion;
  readonly skipped: readonly SkippedFlavor[];
  readonly flavors: readonly FlavorVerdict[];
  readonly standardFlavors: readonly StandardVerdict[];
  readonly findings: readonly FlavorFinding[];
  /** v1-named flavors with their canonical name in the target syntax (for `--fix`). */
  readonly renames: readonly Rename[];
}

export interface CheckOptions {
  /** Naming standard the names are held to; older syntax gives a warning and a rename. */
  readonly standard?: StandardVersion;
}

/** Reference: RAM in GiB to one decimal, `int((ram + 51) / 102.4) / 10`. */
export function ramGiB(ramMiB: number): number {
  return Math.trunc((ramMiB + 51) / 102.4) / 10;
}

const cpuTypeProperty = (f: Flavor): string => entryFor(CPU_TYPES, f.cpuType)?.property ?? f.cpuType;
/** Reference: an unspecified disk type is advertised as `network`. */
const diskTypeProperty = (f: Flavor): string => entryFor(DISK_TYPES, f.disk?.type ?? 'n')?.property ?? 'network';

function semantics(cf: CloudFlavor, f: Flavor): FlavorFinding[] {
  const out: FlavorFinding[] = [];
  const compare = (property: string, claimed: number, actual: number, unit: string): void => {
    if (actual < claimed)
      out.push({
        kind: 'mismatch',
        severity: 'error',
        flavor: cf.name,
        property,
        expected: `${claimed}${unit}`,
        actual: `${actual}${unit}`,
        reason: 'overpromise',
      });
    else if (actual > claimed)
      out.push({
        kind: 'mismatch',
        severity: 'info',
        flavor: cf.name,
        property,
        expected: `${claimed}${unit}`,
        actual: `${actual}${unit}`,
        reason: 'underpromise',
      });
  };
  compare('vcpus', f.cpus, cf.vcpus, '');
  compare('ram', f.ram, ramGiB(cf.ramMiB), ' GiB');
  // A disk the cloud sizes to fit the image (`SCS-2C-4-`) promises no size.
  if (!f.disk || f.disk.size !== undefined) compare('disk', f.disk?.size ?? 0, cf.diskGB, ' GB');
  return out;
}

/**
 * How a name variant (scs:name-vN) states the flavor its name states: the same figures, less
 * (`understates`: fewer vCPUs, less RAM or disk, a lesser CPU type in the order L < V < T < C —
 * allowed, as for the name itself, scs-0100) or more in any figure (`overstates`: an error).
 */
function variantClaim(variant: Flavor, f: Flavor): 'same' | 'understates' | 'overstates' {
  const pairs: [number, number][] = [
    [variant.cpus, f.cpus],
    [CPU_TYPE_ORDER.indexOf(variant.cpuType), CPU_TYPE_ORDER.indexOf(f.cpuType)],
    [variant.ram, f.ram],
    [variant.disk?.count ?? 0, f.disk?.count ?? 0],
  ];
  const [size, actual] = [variant.disk?.size, f.disk?.size];
  if (size !== undefined && actual !== undefined) pairs.push([size, actual]);
  // A disk sized to fit the image (`SCS-2C-4-`) promises no size: less than any size, and no size promises none.
  else if (variant.disk && f.disk && size !== actual) pairs.push(size === undefined ? [0, 1] : [1, 0]);
  if (pairs.some(([a, b]) => a > b)) return 'overstates';
  return pairs.every(([a, b]) => a === b) ? 'same' : 'understates';
}

/** Rank of a `scs:cpu-type` value in CPU_TYPE_ORDER (-1 for an unknown value). */
function cpuTypeRank(property: string): number {
  const entry = CPU_TYPES.find((e) => e.property === property);
  return entry ? CPU_TYPE_ORDER.indexOf(entry.token) : -1;
}

function propertyFindings(cf: CloudFlavor, f: Flavor): FlavorFinding[] {
  const out: FlavorFinding[] = [];
  const finding = (
    property: string,
    expected: string | undefined,
    actual: string,
    reason: 'overpromise' | 'underpromise' | 'property' | 'no-such-disk',
  ): void => {
    const severity: Severity = reason === 'overpromise' ? 'error' : reason === 'underpromise' ? 'info' : 'warning';
    out.push({ kind: 'mismatch', severity, flavor: cf.name, property, ...(expected !== undefined ? { expected } : {}), actual, reason });
  };
  for (const [key, value] of Object.entries(cf.properties)) {
    if (key === PROPERTY_KEYS.cpuType) {
      const named = cpuTypeProperty(f);
      if (value === named) continue;
      // A better CPU than the name says may be sold under it (dedicated core as `V`); a worse one not.
      const actual = cpuTypeRank(value);
      finding(key, named, value, actual > CPU_TYPE_ORDER.indexOf(f.cpuType) ? 'underpromise' : 'overpromise');
    } else if (/^scs:disk\d+-type$/.test(key)) {
      const index = Number(key.slice(PROPERTY_KEYS.diskTypePrefix.length, -'-type'.length));
      // A flavor without a disk boots from a network volume: `network` says just that (OSISM's and
      // SCS's own flavor definitions set it on every flavor); another type describes a disk that is not there.
      if (!f.disk || index >= f.disk.count) {
        if (value !== 'network') finding(key, undefined, value, 'no-such-disk');
      }
      // The standards define no order of disk types (network storage vs local disks): a difference is worth a look, not an error.
      else if (f.disk.type && value !== diskTypeProperty(f)) finding(key, diskTypeProperty(f), value, 'property');
    } else if (/^scs:name-v\d+$/.test(key)) {
      const named = parseFlavorName(value);
      if (named.kind !== 'flavor') finding(key, 'a valid SCS flavor name', value, 'overpromise');
      else {
        const claim = variantClaim(named.flavor, f);
        if (claim !== 'same') finding(key, `a name with the figures of ${cf.name} or less`, value, claim === 'understates' ? 'underpromise' : 'overpromise');
      }
    }
  }
  return out;
}

/** "`scs:name-v1` to the recommended name, but with each dash AFTER the first one replaced by a colon". */
const v1Name = (name: string): string => name.replace(/^([^-]*-)(.*)$/, (_all, head: string, rest: string) => head + rest.replaceAll('-', ':'));

/**
 * What scs-0103 requires of a standard flavor ("Guarantees and properties"): the figures of its
 * table row, and only the extra_specs the row gives: `scs:cpu-type`, `scs:disk0-type` where the
 * row names a disk type (not for "(any)" or no disk), `scs:name-v1` and `scs:name-v2`. Any other
 * extra_spec is not compared, as in the reference test `standard_flavors.py`.
 */
export function standardFlavorSpec(std: StandardFlavor): { vcpus: number; ramMiB: number; diskGB: number; properties: Record<string, string> } {
  const properties: Record<string, string> = {
    [PROPERTY_KEYS.cpuType]: std.cpuType,
    ...(std.diskType !== undefined ? { [`${PROPERTY_KEYS.diskTypePrefix}0-type`]: std.diskType } : {}),
    [`${PROPERTY_KEYS.namePrefix}1`]: v1Name(std.name),
    [`${PROPERTY_KEYS.namePrefix}2`]: std.name,
  };
  return { vcpus: std.vcpus, ramMiB: Math.round(std.ramGiB * 1024), diskGB: std.diskGB ?? 0, properties };
}

function checkStandardFlavors(cloud: readonly CloudFlavor[]): { verdicts: StandardVerdict[]; findings: FlavorFinding[] } {
  // Reference: look up by scs:name-v2, then by the flavor's own name.
  const byName = new Map<string, CloudFlavor>();
  for (const cf of cloud) {
    const v2 = cf.properties[`${PROPERTY_KEYS.namePrefix}2`];
    if (v2 !== undefined && !byName.has(v2)) byName.set(v2, cf);
  }
  for (const cf of cloud) if (isScsName(cf.name) && !byName.has(cf.name)) byName.set(cf.name, cf);
  const verdicts: StandardVerdict[] = [];
  const findings: FlavorFinding[] = [];
  for (const std of STANDARD_FLAVORS) {
    const cf = byName.get(std.name);
    if (!cf) {
      verdicts.push({ name: std.name, level: std.level, status: 'missing' });
      findings.push({ kind: 'missing', severity: std.level === 'mandatory' ? 'error' : 'warning', standardName: std.name, level: std.level });
      continue;
    }
    const spec = standardFlavorSpec(std);
    const wrong: FlavorFinding[] = [];
    const want = (property: string, expected: string | number, actual: string | number | undefined): void => {
      if (actual === undefined || String(expected) !== String(actual)) {
        wrong.push({
          kind: 'mismatch',
          severity: 'error',
          flavor: cf.name,
          property,
          expected: String(expected),
          ...(actual !== undefined ? { actual: String(actual) } : {}),
          reason: 'standard-flavor',
        });
      }
    };
    want('vcpus', spec.vcpus, cf.vcpus);
    want('ram', `${spec.ramMiB} MiB`, `${cf.ramMiB} MiB`);
    want('disk', `${spec.diskGB} GB`, `${cf.diskGB} GB`);
    for (const [key, value] of Object.entries(spec.properties)) want(key, value, cf.properties[key]);
    verdicts.push({ name: std.name, level: std.level, providedBy: cf.name, status: wrong.length ? 'mismatch' : 'ok' });
    findings.push(...wrong);
  }
  return { verdicts, findings };
}

/** Checks a cloud's flavor list; findings are data, the CLI renders them. */
export function checkFlavors(cloud: readonly CloudFlavor[], options: CheckOptions = {}): FlavorCheckReport {
  const standard = options.standard ?? 'v3';
  const flavors: FlavorVerdict[] = [];
  const findings: FlavorFinding[] = [];
  const renames: Rename[] = [];
  const skipped: SkippedFlavor[] = [];
  for (const [index, cf] of cloud.entries()) {
    if (cf.name === '') {
      skipped.push({ index, reason: 'empty-name', ...(cf.id !== undefined ? { id: cf.id } : {}) });
      continue;
    }
    const base = { name: cf.name, ...(cf.id !== undefined ? { id: cf.id } : {}) };
    const parsed = parseFlavorName(cf.name);
    if (parsed.kind === 'not-scs') {
      flavors.push({ ...base, status: 'not-scs' });
      continue;
    }
    if (parsed.kind === 'invalid') {
      flavors.push({ ...base, status: 'wrong-name' });
      findings.push({ kind: 'wrong-name', severity: 'error', flavor: cf.name, failure: parsed.failure });
      continue;
    }
    const own = [...semantics(cf, parsed.flavor), ...propertyFindings(cf, parsed.flavor)];
    if (parsed.syntax === 'v1' && standard !== 'v1') {
      const suggestion = generateName(parsed.flavor, standard);
      own.push({ kind: 'outdated-name', severity: 'warning', flavor: cf.name, syntax: 'v1', suggestion });
      renames.push({ from: cf.name, to: suggestion });
    }
    // Under v1 both syntaxes are accepted (v2 changed only the separators); only values v1 lacks are worth a warning.
    if (VERSION_ORDER.indexOf(parsed.valuesSince) > VERSION_ORDER.indexOf(standard)) {
      own.push({ kind: 'newer-name', severity: 'warning', flavor: cf.name, version: parsed.valuesSince, standard });
    }
    const status: FlavorStatus = own.some((x) => x.kind === 'mismatch' && x.severity === 'error')
      ? 'mismatch'
      : own.some((x) => x.kind === 'outdated-name')
        ? 'outdated-name'
        : 'ok';
    flavors.push({ ...base, status, flavor: parsed.flavor });
    findings.push(...own);
  }
  const std = checkStandardFlavors(cloud);
  for (const f of std.findings) {
    if (f.kind !== 'mismatch') continue;
    const i = flavors.findIndex((v) => v.name === f.flavor);
    const v = flavors[i];
    if (v && v.status !== 'wrong-name') flavors[i] = { ...v, status: 'mismatch' };
  }
  return { standard, skipped, flavors, standardFlavors: std.verdicts, findings: [...findings, ...std.findings], renames };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** Whether any finding is at or above `failOn`. */
export function failsAt(report: FlavorCheckReport, failOn: 'error' | 'warning' | 'never'): boolean {
  if (failOn === 'never') return false;
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
