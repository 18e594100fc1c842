import { describe, expect, it } from 'vitest';
import { isUpkeepError } from '../errors.js';
import { formatRange, parseRange, satisfies } from './range.js';
import { schemes } from './registry.js';
import type { SchemeId } from './types.js';

describe('satisfies', () => {
  it.each<{ scheme: SchemeId; version: string; range: string; expected: boolean; rule: string }>([
    { scheme: 'semver', version: '3.1.2', range: '>=3.1', expected: true, rule: 'a cycle-key bound compares the release parts it names' },
    { scheme: 'semver', version: '3.0.9', range: '>=3.1', expected: false, rule: '3.0 is before the 3.1 cycle' },
    { scheme: 'semver', version: '3.1.2', range: '<=3.1', expected: true, rule: '<= a cycle includes the whole cycle' },
    { scheme: 'semver', version: '3.1.2', range: '<3.1', expected: false, rule: '< a cycle excludes the whole cycle' },
    { scheme: 'semver', version: '3.1.2', range: '=3.1', expected: true, rule: '= a cycle means in that cycle' },
    { scheme: 'semver', version: '3.7.0', range: '3.x', expected: true, rule: 'a wildcard matches the line' },
    { scheme: 'semver', version: '4.0.0', range: '3.x', expected: false, rule: 'a wildcard matches only its line' },
    { scheme: 'semver', version: '3.1.4', range: '3.1.*', expected: true, rule: '* works as x' },
    { scheme: 'semver', version: '0.0.1', range: '*', expected: true, rule: 'a lone * matches every version' },
    { scheme: 'semver', version: '1.0.0-rc.1', range: '>=1.0.0', expected: false, rule: 'a pre-release is before its release' },
    { scheme: 'semver', version: '1.0.0-rc.1', range: '<1.0.0', expected: true, rule: 'a pre-release is before its release' },
    { scheme: 'semver', version: '2.5.0', range: '>=1 <2 || >=2.4', expected: true, rule: '|| is OR' },
    { scheme: 'semver', version: '2.1.0', range: '>=1 <2 || >=2.4', expected: false, rule: 'no alternative holds' },
    { scheme: 'semver', version: '1.5.0', range: '>=1, <2', expected: true, rule: 'a comma is AND' },
    { scheme: 'semver', version: '1.5.0', range: '>= 1 < 2', expected: true, rule: 'a space may follow the operator' },
    { scheme: 'semver', version: 'garbage', range: '>=0', expected: false, rule: 'an unparseable version is in no range' },
    { scheme: 'kubernetes', version: 'v1.27.3', range: '>=1.27', expected: true, rule: 'a minor line bound' },
    { scheme: 'ceph', version: '16.2.11', range: '>=16 <18', expected: true, rule: 'Pacific is between 16 and 18' },
    { scheme: 'ceph', version: '18.2.1', range: '>=16 <18', expected: false, rule: 'Reef is not below 18' },
    { scheme: 'ceph', version: '17.2.6', range: '>=pacific', expected: true, rule: 'codenames work as bounds' },
    { scheme: 'openstack', version: 'zed', range: '<2023.1', expected: true, rule: 'OpenStack compares by series order' },
    { scheme: 'openstack', version: 'stable/2023.2', range: '>=zed', expected: true, rule: 'bobcat is after zed' },
    { scheme: 'openstack', version: 'yoga', range: '>=zed', expected: false, rule: 'yoga is before zed' },
    { scheme: 'openstack', version: 'antelope', range: '=2023.1', expected: true, rule: 'a codename equals its release id' },
    { scheme: 'calendar', version: '22.09.1', range: '=22.09', expected: true, rule: 'a point release is in its cycle' },
    { scheme: 'calendar', version: '22.09.1', range: '<2023.1', expected: true, rule: 'a plain dotted bound compares numerically' },
    { scheme: 'calendar', version: '23.03.0', range: '=22.09', expected: false, rule: 'another cycle' },
    { scheme: 'ubuntu', version: '22.04.3', range: '>=jammy', expected: true, rule: 'codenames work as bounds' },
    { scheme: 'ubuntu', version: 'focal', range: '>=22.04', expected: false, rule: 'focal is 20.04' },
    { scheme: 'container', version: '5:20.10.23', range: '>=20.10', expected: true, rule: 'ranges ignore the epoch' },
    { scheme: 'container', version: '10.11.2-alpine', range: '10.11.x', expected: true, rule: 'the variant does not matter' },
    { scheme: 'kolla', version: '24.1.2.20240909', range: '>=24.1.2.20240901', expected: true, rule: 'a build-date bound compares the build date' },
    { scheme: 'kolla', version: '24.1.2.20240909', range: '>=24.1.2.20241001', expected: false, rule: 'an older build' },
    { scheme: 'git', version: 'main', range: '*', expected: false, rule: 'an unversioned pin is in no range' },
  ])('$scheme $version in "$range" is $expected ($rule)', ({ scheme, version, range, expected }) => {
    expect(satisfies(schemes[scheme], version, range)).toBe(expected);
  });

  it('accepts a range parsed once and a version parsed once', () => {
    const parsed = parseRange(schemes.semver, '>=3.1');
    if (!parsed.ok) throw new Error(parsed.failure.message);
    const version = schemes.semver.parse('3.2.0');
    expect(version && satisfies(schemes.semver, version, parsed.range)).toBe(true);
  });

  it('throws UPK_BAD_RANGE for a range given as text that does not parse', () => {
    let thrown: unknown;
    try {
      satisfies(schemes.semver, '1.0.0', '>=banana');
    } catch (e) {
      thrown = e;
    }
    expect(isUpkeepError(thrown) && thrown.code).toBe('UPK_BAD_RANGE');
  });
});

describe('parseRange', () => {
  it('returns OR of ANDs, in normal form', () => {
    const result = parseRange(schemes.semver, '>= 3.1, < 4 || =5');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.range.anyOf.map((allOf) => allOf.map((c) => c.operator))).toEqual([['>=', '<'], ['=']]);
    expect(result.range.anyOf[0]?.[0]).toEqual({ operator: '>=', bound: '3.1', release: [3, 1] });
    expect(formatRange(result.range)).toBe('>=3.1 <4 || =5');
  });

  it.each<{ scheme: SchemeId; range: string; code: string; token?: string }>([
    { scheme: 'semver', range: '', code: 'empty-range' },
    { scheme: 'semver', range: '   ', code: 'empty-range' },
    { scheme: 'semver', range: '>=1 ||', code: 'empty-alternative' },
    { scheme: 'semver', range: '>=', code: 'missing-bound', token: '>=' },
    { scheme: 'semver', range: '>= <2', code: 'missing-bound', token: '>=' },
    { scheme: 'semver', range: '^1.2', code: 'unsupported-operator', token: '^1.2' },
    { scheme: 'semver', range: '~1.2', code: 'unsupported-operator', token: '~1.2' },
    { scheme: 'semver', range: '!=1.2', code: 'unsupported-operator', token: '!=1.2' },
    { scheme: 'semver', range: '>=banana', code: 'invalid-bound', token: 'banana' },
    { scheme: 'openstack', range: '>=zebra', code: 'invalid-bound', token: 'zebra' },
    { scheme: 'semver', range: '1..2', code: 'invalid-bound', token: '1..2' },
  ])('$scheme "$range" fails with $code', ({ scheme, range, code, token }) => {
    const result = parseRange(schemes[scheme], range);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({ code, range, scheme });
    expect(result.failure.token).toBe(token);
    expect(result.failure.message.length).toBeGreaterThan(0);
  });
  it('words a bound of another scheme with the right article ("an OpenStack series version")', () => {
    const result = parseRange(schemes.openstack, '>=zebra');
    expect(!result.ok && result.failure.message).toBe('"zebra" in ">=zebra" is neither an OpenStack series version nor a cycle.');
  });
});
