import { describe, expect, it } from 'vitest';
import { type CloudFlavor, checkFlavors } from './check.js';

/** A cloud flavor with exactly the figures its name states, plus `extra`. */
function cloudFlavor(name: string, vcpus: number, ramGiB: number, diskGB: number, properties: Record<string, string> = {}): CloudFlavor {
  return { name, vcpus, ramMiB: ramGiB * 1024, diskGB, properties };
}

const findingsOf = (flavors: CloudFlavor[], standard?: 'v1' | 'v2' | 'v3') =>
  checkFlavors(flavors, standard ? { standard } : {}).findings.filter((f) => f.kind !== 'missing');
const statusOf = (flavors: CloudFlavor[], name: string) => checkFlavors(flavors).flavors.find((f) => f.name === name)?.status;

describe('a name may understate its flavor, never overstate it', () => {
  it.each([
    ['dedicated-core', 'V'],
    ['dedicated-thread', 'V'],
    ['shared-core', 'L'],
    ['dedicated-core', 'T'],
  ])('scs:cpu-type=%s sold as %s is allowed (info, not an error)', (cpuType, letter) => {
    const flavors = [cloudFlavor(`SCS-2${letter}-6`, 2, 6, 0, { 'scs:cpu-type': cpuType })];
    expect(findingsOf(flavors).map((f) => f.severity)).toEqual(['info']);
    expect(statusOf(flavors, `SCS-2${letter}-6`)).toBe('ok');
  });

  it.each([
    ['shared-core', 'C'],
    ['crowded-core', 'V'],
    ['dedicated-thread', 'C'],
  ])('scs:cpu-type=%s named %s promises more: an error', (cpuType, letter) => {
    const flavors = [cloudFlavor(`SCS-2${letter}-6`, 2, 6, 0, { 'scs:cpu-type': cpuType })];
    expect(findingsOf(flavors)).toEqual([
      {
        kind: 'mismatch',
        severity: 'error',
        flavor: `SCS-2${letter}-6`,
        property: 'scs:cpu-type',
        expected: expect.any(String),
        actual: cpuType,
        reason: 'overpromise',
      },
    ]);
    expect(statusOf(flavors, `SCS-2${letter}-6`)).toBe('mismatch');
  });

  it('more vCPUs, RAM or disk than named is allowed; less is an error', () => {
    expect(findingsOf([cloudFlavor('SCS-2V-6-30', 4, 8, 40)]).map((f) => [f.severity, f.kind === 'mismatch' && f.reason])).toEqual([
      ['info', 'underpromise'],
      ['info', 'underpromise'],
      ['info', 'underpromise'],
    ]);
    const less = findingsOf([cloudFlavor('SCS-2V-6-30', 2, 6, 20)]);
    expect(less).toEqual([
      { kind: 'mismatch', severity: 'error', flavor: 'SCS-2V-6-30', property: 'disk', expected: '30 GB', actual: '20 GB', reason: 'overpromise' },
    ]);
  });

  it('a disk type property that differs from the name is a warning: the standards define no order of disk types', () => {
    const better = findingsOf([cloudFlavor('SCS-2V-4-10h', 2, 4, 10, { 'scs:disk0-type': 'ssd' })]);
    expect(better).toEqual([
      { kind: 'mismatch', severity: 'warning', flavor: 'SCS-2V-4-10h', property: 'scs:disk0-type', expected: 'hdd', actual: 'ssd', reason: 'property' },
    ]);
    expect(statusOf([cloudFlavor('SCS-2V-4-10h', 2, 4, 10, { 'scs:disk0-type': 'ssd' })], 'SCS-2V-4-10h')).toBe('ok');
  });
});

describe('a name variant (scs:name-vN) may understate its flavor like the name itself, never overstate it', () => {
  // 6 GiB: no scs-0103 standard flavor, so only the variant is compared
  const flavor = (name: string, key: string, variant: string) => cloudFlavor(name, Number(/^SCS-(\d+)/.exec(name)?.[1]), 6, 0, { [key]: variant });
  const v1 = (name: string) => name.replace(/^([^-]*-)(.*)$/, (_a, h: string, r: string) => h + r.replaceAll('-', ':'));

  it.each([
    ['SCS-2C-6', 'SCS-2V-6', 'a lesser CPU type, V < C'],
    ['SCS-2C-6', 'SCS-2L-6', 'the least CPU type, L'],
    ['SCS-2T-6', 'SCS-1T-6', 'fewer vCPUs'],
    ['SCS-2V-6', 'SCS-2V-3', 'less RAM'],
  ])('%s with the variant %s (%s) is allowed: info, not an error', (name, variant) => {
    for (const [key, value] of [
      ['scs:name-v1', v1(variant)],
      ['scs:name-v2', variant],
    ] as const) {
      const flavors = [flavor(name, key, value)];
      expect(findingsOf(flavors).map((f) => [f.kind === 'mismatch' && f.property, f.severity, f.kind === 'mismatch' && f.reason])).toEqual([
        [key, 'info', 'underpromise'],
      ]);
      expect(statusOf(flavors, name)).toBe('ok');
    }
  });

  it.each([
    ['SCS-2V-6', 'SCS-2C-6', 'a better CPU type, C > V'],
    ['SCS-2V-6', 'SCS-4V-6', 'more vCPUs'],
    ['SCS-2V-6', 'SCS-2V-12', 'more RAM'],
    ['SCS-2V-6', 'SCS-2C-3', 'less RAM but a better CPU type'],
  ])('%s with the variant %s (%s) overstates: an error', (name, variant) => {
    expect(findingsOf([flavor(name, 'scs:name-v2', variant)]).map((f) => [f.severity, f.kind === 'mismatch' && f.reason])).toEqual([['error', 'overpromise']]);
  });

  it('the same figures in either syntax are no finding', () => {
    expect(findingsOf([flavor('SCS-2V-6', 'scs:name-v1', 'SCS-2V:6')])).toEqual([]);
  });
});

describe('a disk type for a disk the name does not have', () => {
  it('is no finding when it is `network`: a flavor without a disk boots from a network volume (OSISM and SCS tooling set it)', () => {
    const flavors = [cloudFlavor('SCS-2V-6', 2, 6, 0, { 'scs:disk0-type': 'network' }), cloudFlavor('SCS-2V-6-10', 2, 6, 10, { 'scs:disk1-type': 'network' })];
    expect(findingsOf(flavors)).toEqual([]);
  });

  it('is a warning, not an error, for another type: the property describes a disk that is not there', () => {
    const flavors = [cloudFlavor('SCS-2V-6', 2, 6, 0, { 'scs:disk0-type': 'ssd' })];
    expect(findingsOf(flavors)).toEqual([
      { kind: 'mismatch', severity: 'warning', flavor: 'SCS-2V-6', property: 'scs:disk0-type', actual: 'ssd', reason: 'no-such-disk' },
    ]);
    expect(statusOf(flavors, 'SCS-2V-6')).toBe('ok');
  });
});

describe('a standard flavor is held to the figures and extra_specs of its scs-0103 table row only', () => {
  const standard = (name: string, vcpus: number, ramGiB: number, diskGB: number, extra: Record<string, string> = {}) =>
    cloudFlavor(name, vcpus, ramGiB, diskGB, {
      'scs:cpu-type': 'shared-core',
      'scs:name-v1': name.replace(/^([^-]*-)(.*)$/, (_a, h: string, r: string) => h + r.replaceAll('-', ':')),
      'scs:name-v2': name,
      ...extra,
    });
  const standardFindings = (flavors: CloudFlavor[]) => checkFlavors(flavors).findings.filter((f) => f.kind === 'mismatch' && f.reason === 'standard-flavor');

  it('needs scs:disk0-type=ssd where the table says ssd, and reports a missing one as not set', () => {
    expect(standardFindings([standard('SCS-2V-4-20s', 2, 4, 20)])).toEqual([
      { kind: 'mismatch', severity: 'error', flavor: 'SCS-2V-4-20s', property: 'scs:disk0-type', expected: 'ssd', reason: 'standard-flavor' },
    ]);
    expect(standardFindings([standard('SCS-2V-4-20s', 2, 4, 20, { 'scs:disk0-type': 'ssd' })])).toEqual([]);
  });

  it('does not compare scs:disk0-type where the table gives none ("(any)" or no disk)', () => {
    expect(
      standardFindings([standard('SCS-2V-4-10', 2, 4, 10, { 'scs:disk0-type': 'hdd' }), standard('SCS-2V-4', 2, 4, 0, { 'scs:disk0-type': 'network' })]),
    ).toEqual([]);
  });

  it('checks the flavors of "Recommended, part 2" (v1.2) like the others', () => {
    expect(standardFindings([standard('SCS-16V-128', 16, 120, 0)])).toEqual([
      { kind: 'mismatch', severity: 'error', flavor: 'SCS-16V-128', property: 'ram', expected: '131072 MiB', actual: '122880 MiB', reason: 'standard-flavor' },
    ]);
  });
});

describe('flavors with an empty name', () => {
  it('are skipped with a note, not reported as wrong names', () => {
    const report = checkFlavors([cloudFlavor('SCS-2V-4', 2, 4, 0), { ...cloudFlavor('', 1, 1, 0), id: 'abc' }]);
    expect(report.skipped).toEqual([{ index: 1, id: 'abc', reason: 'empty-name' }]);
    expect(report.flavors.map((f) => f.name)).toEqual(['SCS-2V-4']);
    expect(report.findings.filter((f) => f.kind === 'wrong-name')).toEqual([]);
  });
});

describe('--standard v1', () => {
  it('accepts v2-syntax names whose values v1 has, without a warning', () => {
    expect(findingsOf([cloudFlavor('SCS-2V-4-10s', 2, 4, 10), cloudFlavor('SCS-2V:4:10s', 2, 4, 10)], 'v1')).toEqual([]);
  });

  it('warns about values that v1 lacks, in either syntax, naming the version that defines them', () => {
    expect(findingsOf([cloudFlavor('SCS-2V-4_chy', 2, 4, 0), cloudFlavor('SCS-2V:4-z5', 2, 4, 0)], 'v1')).toEqual([
      { kind: 'newer-name', severity: 'warning', flavor: 'SCS-2V-4_chy', version: 'v3', standard: 'v1' },
      { kind: 'newer-name', severity: 'warning', flavor: 'SCS-2V:4-z5', version: 'v3', standard: 'v1' },
    ]);
  });
});
