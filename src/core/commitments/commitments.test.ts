import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../../test/builders.js';
import { check } from '../check/check.js';
import type { Finding } from '../check/finding.js';
import { judgePin } from '../check/judge.js';
import { planRelease } from '../plan/plan.js';
import { bruteForce } from '../plan/program.js';

/** Store 1.0 leaves maintenance on 2023-06-01, before R1 (2023-03-22 → 2023-11-05) ends; 2.0 lasts. */
function stack() {
  return new WorkspaceBuilder()
    .product('store', 'semver', [
      cycle('1.0', '2021-01-10', '2023-06-01', {
        points: points([
          ['1.0.0', '2021-01-10'],
          ['1.0.1', '2021-03-01'],
          ['1.0.2', '2021-06-01'],
        ]),
      }),
      cycle('2.0', '2022-01-10', '2025-06-01', {
        points: points([
          ['2.0.0', '2022-01-10'],
          ['2.0.1', '2022-03-01'],
          ['2.0.2', '2022-06-01'],
        ]),
      }),
    ])
    .component('store', 'store')
    .release('R1', '2023-03-22', '2023-11-05', { store: '1.0.2' });
}

const community = { release: 'R1', component: 'store', cycle: '1.0', by: 'community', scope: 'security' } as const;
const said = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${f.rule}${f.waived ? ' (waived)' : ''}`);
const findings = (ws: ReturnType<ReturnType<typeof stack>['build']>, asOf: string, release = 'R1') =>
  check(ws, { asOf: d(asOf), releases: [release] }).findings;

describe('commitments: who takes over after upstream, as check and plan see it', () => {
  it('without a commitment, the end of upstream maintenance before the release ends is an error', () => {
    expect(said(findings(stack().build(), '2023-03-20'))).toEqual(['error horizon']);
  });

  it('a live community security-backport commitment until the release end makes it a warning naming the commitment', () => {
    const ws = stack()
      .commitment({ ...community, until: '2023-11-05' })
      .build();
    const [f] = findings(ws, '2023-03-20');
    expect(f).toMatchObject({ rule: 'horizon', severity: 'warning', covered: true, commitment: { by: 'community', until: '2023-11-05' } });
  });

  it('a commitment that stops before the release end leaves the error, and names how far it goes', () => {
    const ws = stack()
      .commitment({ ...community, until: '2023-09-01' })
      .build();
    expect(findings(ws, '2023-03-20')[0]).toMatchObject({ rule: 'horizon', severity: 'error', covered: false });
  });

  it('an upstream commitment takes nothing over: still an error', () => {
    const ws = stack()
      .commitment({ ...community, by: 'upstream', until: '2023-11-05' })
      .build();
    expect(said(findings(ws, '2023-03-20'))).toEqual(['error horizon']);
  });

  it('a commitment for one cycle does not cover another, nor another release', () => {
    const other = stack()
      .commitment({ ...community, cycle: '2.0', until: '2023-11-05' })
      .build();
    expect(said(findings(other, '2023-03-20'))).toEqual(['error horizon']);
  });

  it('covers the point releases of its release (R1 → R1.1), as the planner names them', () => {
    const ws = stack()
      .release('R1.1', '2023-05-01', '2023-11-05', { store: '1.0.2' })
      .commitment({ ...community, until: '2023-11-05' })
      .build();
    expect(said(findings(ws, '2023-03-20', 'R1.1'))).toEqual(['warning horizon']);
  });

  it('an expired commitment covers nothing and is itself a finding (as known on 2023-10-01)', () => {
    const ws = stack()
      .commitment({ ...community, until: '2023-09-01' })
      .build();
    expect(said(findings(ws, '2023-10-01'))).toEqual(['error ended', 'warning commitment-expired']);
  });

  it('commitments that follow each other without a gap cover together (community, then a partner); a gap leaves the error', () => {
    const partner = { ...community, by: 'partner', partner: 'Example GmbH' } as const;
    const chained = stack()
      .commitment({ ...community, until: '2023-09-01' })
      .commitment({ ...partner, from: '2023-09-02', until: '2023-11-05' })
      .build();
    expect(findings(chained, '2023-03-20')[0]).toMatchObject({
      severity: 'warning',
      covered: true,
      coveredUntil: '2023-11-05',
      commitment: { by: 'community' },
    });
    const gap = stack()
      .commitment({ ...community, until: '2023-08-01' })
      .commitment({ ...partner, from: '2023-09-02', until: '2023-11-05' })
      .build();
    expect(findings(gap, '2023-03-20')[0]).toMatchObject({ severity: 'error', covered: false });
    // once the gap is past, what is left to cover is covered
    expect(findings(gap, '2023-09-10')[0]).toMatchObject({ rule: 'ended', severity: 'warning', covered: true, commitment: { by: 'partner' } });
  });

  it('an expired commitment followed by another that holds (a partner takes over) leaves no gap: no finding', () => {
    const ws = stack()
      .commitment({ ...community, until: '2023-09-01' })
      .commitment({ ...community, by: 'partner', partner: 'Example GmbH', from: '2023-09-02', until: '2023-11-05' })
      .build();
    expect(said(findings(ws, '2023-10-01'))).toEqual(['warning ended']);
  });

  it("judgePin (the planner's question) sees the commitment as check does", () => {
    const ws = stack()
      .commitment({ ...community, until: '2023-11-05' })
      .build();
    expect(said(judgePin(ws, { release: 'R1', component: 'store', version: '1.0.2', asOf: d('2023-03-20') }))).toEqual(['warning horizon']);
  });
});

describe('waivers: an accepted finding until its expiry', () => {
  const waiver = { release: 'R1', component: 'store', rule: 'horizon', reason: 'upgrade in R1.1', owner: 'release team' };

  it('a live waiver marks the finding waived; it is still listed', () => {
    const ws = stack()
      .waiver({ ...waiver, expires: '2023-06-30' })
      .build();
    const [f] = findings(ws, '2023-03-20');
    expect(said([f as Finding])).toEqual(['error horizon (waived)']);
    expect(f?.waived).toMatchObject({ owner: 'release team', expires: '2023-06-30' });
  });

  it('an expired waiver stops waiving and is itself a finding', () => {
    const ws = stack()
      .waiver({ ...waiver, expires: '2023-03-01' })
      .build();
    expect(said(findings(ws, '2023-03-20'))).toEqual(['error horizon', 'warning waiver-expired']);
  });

  it('waives only its rule, component and release', () => {
    const ws = stack()
      .waiver({ ...waiver, rule: 'maturity-age', expires: '2023-06-30' })
      .build();
    expect(said(findings(ws, '2023-03-20'))).toEqual(['error horizon']);
  });

  it('the planner does not count a waived finding: keeping 1.0 qualifies while the waiver lives', () => {
    const query = { release: 'R2', date: d('2023-04-01'), end: d('2023-11-05'), from: 'R1', asOf: d('2023-03-20') };
    const waived = stack()
      .release('R2', '2023-04-01', '2023-11-05', { store: '1.0.2' })
      .waiver({ ...waiver, release: 'R2', expires: '2023-06-30' })
      .build();
    const plain = stack().build();
    expect(planRelease(plain, query, bruteForce).components[0]?.to.version).toBe('2.0.2');
    const plan = planRelease(waived, query, bruteForce);
    expect(plan.components[0]?.change).toBe('keep');
    expect(plan.status).toBe('qualifies');
  });
});
