import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../../test/builders.js';
import { check } from './check.js';
import type { Finding } from './finding.js';

const ceph = [
  cycle('16', '2021-03-31', '2023-06-01', {
    codename: 'Pacific',
    points: points([
      ['16.2.0', '2021-03-31'],
      ['16.2.11', '2023-01-26'],
    ]),
  }),
  cycle('17', '2022-04-19', '2024-06-01', {
    codename: 'Quincy',
    points: points([
      ['17.2.0', '2022-04-19'],
      ['17.2.5', '2022-10-19'],
    ]),
  }),
  cycle('18', '2023-08-07', '2025-08-01', { codename: 'Reef', points: points([['18.2.0', '2023-08-07']]) }),
];

function ws() {
  return new WorkspaceBuilder()
    .product('ceph', 'ceph', ceph)
    .product('openstack', 'openstack', [cycle('zed', '2022-10-05', '2024-04-05'), cycle('antelope', '2023-03-22', '2024-09-22', { aliases: ['2023.1'] })])
    .product('ovs', 'semver', [cycle('3.0', '2022-08-15', '2023-08-15'), cycle('3.1', '2023-02-17', '2024-02-17')]);
}

const rules = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${f.component} ${f.rule}`);

describe('check: horizon', () => {
  it('reports a cycle that leaves maintenance before the planned end, with the days before it', () => {
    const report = check(ws().release('R4', '2023-03-22', '2023-11-05', { ceph: '16.2.11' }).build(), { asOf: d('2023-03-20') });
    const f = report.findings.find((x) => x.rule === 'horizon')!;
    expect(f).toMatchObject({ severity: 'error', component: 'ceph', cycle: '16', date: '2023-06-01', daysLeft: 73, daysBeforeReleaseEnd: 157 });
  });

  it('says nothing of a cycle that stays maintained past the end and the warning window', () => {
    const report = check(ws().release('R4', '2023-03-22', '2023-11-05', { openstack: 'zed' }).build(), { asOf: d('2023-03-20') });
    expect(report.findings).toEqual([]);
  });

  it('calls it "ended" once the end has passed on the as-of date', () => {
    const report = check(ws().release('R4', '2023-03-22', '2023-11-05', { ceph: '16.2.11' }).build(), { asOf: d('2023-07-01') });
    expect(rules(report.findings)).toContain('error ceph ended');
  });

  it('warns when maintenance ends within the warning window after the planned end', () => {
    const report = check(ws().release('R', '2023-03-22', '2024-01-01', { ovs: '3.1.1' }).build(), { asOf: d('2023-03-20') });
    expect(report.findings.map((f) => f.rule)).toContain('horizon-close');
  });

  it('applies the margin: an end 10 days after the planned end fails a 30-day margin', () => {
    const w = ws()
      .release('R', '2023-01-01', '2023-05-22', { ceph: '16.2.11' })
      .policy((p) => ({ ...p, horizon: { ...p.horizon, marginDays: 30 } }))
      .build();
    expect(rules(check(w, { asOf: d('2023-01-01') }).findings)).toContain('error ceph horizon');
  });
});

describe('check: maturity at the release date', () => {
  it('flags a cycle younger than the minimum age, with too few point releases, on its first point release', () => {
    const report = check(ws().release('R5', '2023-09-01', '2024-04-01', { ceph: '18.2.0' }).build(), { asOf: d('2023-09-01') });
    expect(rules(report.findings)).toEqual(
      expect.arrayContaining(['warning ceph maturity-age', 'warning ceph maturity-point-releases', 'warning ceph maturity-first-point-release']),
    );
  });

  it('finds Quincy mature for R4: 337 days old with 2 point releases, and it is an alternative', () => {
    const report = check(ws().release('R4', '2023-03-22', '2023-11-05', { ceph: '16.2.11' }, { ceph: '17.2.5' }).build(), { asOf: d('2023-03-20') });
    const alt = report.findings.filter((f) => f.alternative);
    expect(alt).toEqual([]);
    const pin = report.pins.find((p) => p.alternative)!;
    expect(pin.points).toMatchObject({ count: 2, latest: { version: '17.2.5' } });
  });

  it('does not use point releases published after the as-of date', () => {
    const report = check(ws().release('R', '2023-01-01', '2023-02-01', { ceph: '17.2.5' }).build(), { asOf: d('2022-05-01') });
    expect(report.pins[0]?.points?.count).toBe(1);
  });
});

describe('check: compatibility, unversioned, unknown', () => {
  it('requires a listed cycle when the when-clause holds', () => {
    const w = ws()
      .release('R', '2023-03-22', '2023-06-01', { openstack: 'zed', ceph: '18.2.1' })
      .policy((p) => ({
        ...p,
        maturity: { ...p.maturity, severity: { age: 'ignore', pointReleases: 'ignore', firstPointRelease: 'ignore' } },
        compatibility: [{ id: 'zed-ceph', when: { openstack: { anyOf: ['zed'] } }, require: { ceph: { anyOf: ['16', '17'] } }, severity: 'error' }],
      }))
      .build();
    const f = check(w, { asOf: d('2023-03-20') }).findings.find((x) => x.rule === 'compatibility');
    expect(f).toMatchObject({ component: 'ceph', ruleId: 'zed-ceph', requires: ['16', '17'], because: { openstack: 'zed' }, missing: false });
  });

  it('checks ranges and names a missing required component', () => {
    const w = ws()
      .product('ovn', 'calendar', [cycle('23.03', '2023-03-03', '2024-03-03')])
      .release('R', '2023-04-01', '2023-06-01', { ovn: '23.03.0', ovs: '3.0.1' })
      .release('S', '2023-04-01', '2023-06-01', { ovn: '23.03.0' })
      .policy((p) => ({
        ...p,
        maturity: { ...p.maturity, severity: { age: 'ignore', pointReleases: 'ignore', firstPointRelease: 'ignore' } },
        compatibility: [{ id: 'ovn-ovs', when: { ovn: { anyOf: ['>=23.03'] } }, require: { ovs: { anyOf: ['>=3.1'] } }, severity: 'error' }],
      }))
      .build();
    const fs = check(w, { asOf: d('2023-04-01') }).findings.filter((x) => x.rule === 'compatibility');
    expect(fs.map((f) => [f.release, f.rule === 'compatibility' && f.missing])).toEqual([
      ['R', false],
      ['S', true],
    ]);
  });

  it('reports a git SHA as unversioned and an unknown cycle as such', () => {
    const report = check(ws().release('R', '2023-03-22', '2023-11-05', { ceph: 'a7475c5f2122fec3f90343223fe3bf5aad1080e4', ovs: '2.13.0' }).build(), {
      asOf: d('2023-03-20'),
    });
    expect(rules(report.findings)).toEqual(['warning ceph unversioned', 'warning ovs unknown-cycle']);
  });

  it('reports an image digest as unversioned whatever the scheme, like a commit (Ceph pinned by its image digest)', () => {
    const digest = 'sha256:51eae8381dcb1078289fa7b4f3df2630cdc18d09fb56f8e56b41c40e191d6c83';
    const report = check(ws().release('R', '2023-03-22', '2023-11-05', { ceph: digest }).build(), { asOf: d('2023-03-20') });
    expect(report.pins.find((p) => p.pin.component === 'ceph')?.state).toBe('unversioned');
    expect(rules(report.findings)).toEqual(['warning ceph unversioned']);
  });

  it('reports every pin that is no version of its scheme as a bad-version finding of that pin, and checks the other pins', () => {
    const w = ws().release('R', '2023-03-22', '2023-11-05', { ceph: 'sixteen', openstack: 'not-a-series', ovs: '2.13.0' }).build();
    const report = check(w, { asOf: d('2023-03-20') });
    expect(rules(report.findings)).toEqual(['warning ceph bad-version', 'warning openstack bad-version', 'warning ovs unknown-cycle']);
    expect(report.pins.map((p) => p.state)).toEqual(['bad-version', 'bad-version', 'unknown-cycle']);
  });

  it('refuses an unknown release id and lists the known ones', () => {
    expect(() => check(ws().release('R4', '2023-03-22', '2023-11-05', {}).build(), { asOf: d('2023-03-20'), releases: ['R9'] })).toThrow(/R9/);
  });
});

describe('check: unstable and unpublished versions', () => {
  it.each([
    ['17.1.0', 'unstable'],
    ['17.0.0', 'unstable'],
    ['16.2.99', 'unknown-version'],
  ])('ceph %s is reported as %s', (version, rule) => {
    const report = check(ws().release('R', '2023-03-22', '2023-06-01', { ceph: version }).build(), { asOf: d('2023-03-20') });
    expect(report.findings.map((f) => f.rule)).toContain(rule);
  });

  it('a published point release is neither', () => {
    const report = check(ws().release('R', '2023-03-22', '2023-06-01', { ceph: '16.2.11' }).build(), { asOf: d('2023-03-20') });
    expect(report.findings.map((f) => f.rule)).not.toContain('unknown-version');
    expect(report.findings.map((f) => f.rule)).not.toContain('unstable');
  });

  it('gives each maturity rule its own severity', () => {
    const w = ws()
      .release('R5', '2023-09-01', '2024-04-01', { ceph: '18.2.0' })
      .policy((p) => ({ ...p, maturity: { ...p.maturity, severity: { age: 'error', pointReleases: 'ignore', firstPointRelease: 'info' } } }))
      .build();
    expect(rules(check(w, { asOf: d('2023-09-01') }).findings)).toEqual(['error ceph maturity-age', 'info ceph maturity-first-point-release']);
  });
});

describe('wording follows the date', () => {
  it('a horizon-close end already past reads "left"', async () => {
    const { findingMessage } = await import('../../render/message.js');
    const report = check(ws().release('R', '2023-03-22', '2024-01-01', { ovs: '3.1.1' }).build(), { asOf: d('2024-06-01') });
    const close = report.findings.find((f) => f.rule === 'horizon-close')!;
    expect(findingMessage(close, () => undefined)).toMatch(/^ovs 3\.1 left upstream maintenance on 2024-02-17/);
  });
});
