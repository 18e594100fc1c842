import { describe, expect, it } from 'vitest';
import { cycle, d, points, WorkspaceBuilder } from '../../../test/builders.js';
import type { CompatibilityRule } from '../check/rules/compatibility.js';
import type { Policy } from '../policy/types.js';
import { planRelease } from './plan.js';
import { bruteForce } from './program.js';
import type { Plan, PlannedComponent } from './types.js';

const rule = (id: string, when: Record<string, string>, require: Record<string, string>): CompatibilityRule => ({
  id,
  when: Object.fromEntries(Object.entries(when).map(([k, v]) => [k, { anyOf: [v] }])),
  require: Object.fromEntries(Object.entries(require).map(([k, v]) => [k, { anyOf: [v] }])),
  severity: 'error',
});
const withRules = (rules: CompatibilityRule[]) => (p: Policy) => ({ ...p, compatibility: rules });
const of = (plan: Plan, component: string) => plan.components.find((c) => c.component === component) as PlannedComponent;
const chosen = (plan: Plan) => Object.fromEntries(plan.components.map((c) => [c.component, c.to.version]));

/** A cycle with three point releases: `<id>.0` on its release date, `<id>.1` and `<id>.2` on the dates given. */
const mature = (id: string, released: string, end: string, later: readonly [string, string]) =>
  cycle(id, released, end, {
    points: points([
      [`${id}.0`, released],
      [`${id}.1`, later[0]],
      [`${id}.2`, later[1]],
    ]),
  });

/**
 * Two products, each with an old cycle (1.0), a newer one of the same major (1.1) and a new major
 * (2.0), all mature (a year old, three point releases) by 2023-06-01. Release R1 runs both on 1.0.
 */
function twoProducts() {
  const life = () => [
    mature('1.0', '2021-01-10', '2023-07-01', ['2021-03-01', '2021-06-01']),
    mature('1.1', '2022-01-10', '2025-01-01', ['2022-03-01', '2022-06-01']),
    mature('2.0', '2022-02-10', '2025-06-01', ['2022-04-01', '2022-07-01']),
  ];
  return new WorkspaceBuilder()
    .product('alpha', 'semver', life())
    .product('beta', 'semver', life())
    .component('alpha', 'alpha')
    .component('beta', 'beta')
    .release('R1', '2021-09-01', '2022-09-01', { alpha: '1.0.2', beta: '1.0.2' });
}

const next = { release: 'R2', date: d('2023-06-01'), end: d('2024-06-01'), asOf: d('2023-05-01') };

describe('planRelease: the smallest safe set of upgrades', () => {
  it('keeps what qualifies and upgrades what runs out of maintenance, to the smallest change (1.0 → 1.1, not 2.0)', () => {
    const ws = twoProducts().build();
    // beta 1.0 also ends 2023-07-01: both must move, each to its minor 1.1
    const plan = planRelease(ws, next, bruteForce);
    expect(chosen(plan)).toEqual({ alpha: '1.1.2', beta: '1.1.2' });
    expect(of(plan, 'alpha').change).toBe('minor');
    expect(of(plan, 'alpha').reasons.map((r) => r.kind)).toEqual(['keep-breaks', 'chosen']);
    expect(of(plan, 'alpha').rejected.map((r) => `${r.candidate.version} ${r.because.kind}`)).toEqual(['1.0.2 rules', '2.0.2 preference']);
    expect(plan.status).toBe('qualifies');
  });

  it('finds what a greedy pass misses: alpha 1.1 would force beta to a major, so alpha takes 2.0 and beta stays', () => {
    // beta's 1.0 lasts; the rule "alpha 1.1 needs beta 2.0" makes the cheapest step of alpha (minor, 10)
    // cost a major of beta too (10 + 30 = 40); alpha's own major (30) is cheaper overall.
    const ws = twoProducts()
      .product('beta', 'semver', [
        mature('1.0', '2021-01-10', '2026-01-01', ['2021-03-01', '2021-06-01']),
        mature('2.0', '2022-02-10', '2026-06-01', ['2022-04-01', '2022-07-01']),
      ])
      .policy(withRules([rule('alpha-1.1-needs-beta-2', { alpha: '1.1' }, { beta: '2.0' })]))
      .build();
    const plan = planRelease(ws, next, bruteForce);
    expect(chosen(plan)).toEqual({ alpha: '2.0.2', beta: '1.0.2' });
    const rejected = of(plan, 'alpha').rejected.find((r) => r.candidate.version === '1.1.2');
    expect(rejected?.because).toEqual({ kind: 'compatibility', ruleId: 'alpha-1.1-needs-beta-2', with: ['beta 1.0.2'] });
    expect(of(plan, 'beta').reasons.map((r) => r.kind)).toEqual(['keep-qualifies']);
  });

  it('follows a rule that forces a neighbour: alpha 2.0 needs beta 2.0, and beta says why it moved', () => {
    const ws = twoProducts()
      .product('alpha', 'semver', [
        mature('1.0', '2021-01-10', '2023-07-01', ['2021-03-01', '2021-06-01']),
        mature('2.0', '2022-02-10', '2025-06-01', ['2022-04-01', '2022-07-01']),
      ])
      .product('beta', 'semver', [
        mature('1.0', '2021-01-10', '2026-01-01', ['2021-03-01', '2021-06-01']),
        mature('2.0', '2022-02-10', '2026-06-01', ['2022-04-01', '2022-07-01']),
      ])
      .policy(withRules([rule('alpha-2-needs-beta-2', { alpha: '2.0' }, { beta: '2.0' })]))
      .build();
    const plan = planRelease(ws, next, bruteForce);
    expect(chosen(plan)).toEqual({ alpha: '2.0.2', beta: '2.0.2' });
    expect(of(plan, 'beta').reasons[0]).toEqual({ kind: 'required-by', ruleId: 'alpha-2-needs-beta-2', by: ['alpha 2.0.2'] });
    expect(of(plan, 'beta').rejected.map((r) => r.because)).toEqual([{ kind: 'compatibility', ruleId: 'alpha-2-needs-beta-2', with: ['alpha 2.0.2'] }]);
  });

  it('knows only what was published by --as-of: a later cycle and a later point release do not leak in', () => {
    const ws = new WorkspaceBuilder()
      .product('alpha', 'semver', [
        mature('1.0', '2021-01-10', '2023-07-01', ['2021-03-01', '2021-06-01']),
        cycle('1.1', '2022-01-10', '2025-01-01', {
          points: points([
            ['1.1.0', '2022-01-10'],
            ['1.1.1', '2022-03-01'],
            ['1.1.2', '2022-06-01'],
            ['1.1.3', '2023-05-10'],
          ]),
        }),
        // today's file (no history) knows 1.2, released after the as-of date
        cycle('1.2', '2023-05-02', '2026-01-01', {
          points: points([
            ['1.2.0', '2023-05-02'],
            ['1.2.1', '2023-05-03'],
          ]),
        }),
      ])
      .component('alpha', 'alpha')
      .release('R1', '2021-09-01', '2022-09-01', { alpha: '1.0.2' })
      .build();
    const plan = planRelease(ws, next, bruteForce);
    expect(of(plan, 'alpha').to.version).toBe('1.1.2');
    expect([of(plan, 'alpha').to, ...of(plan, 'alpha').rejected.map((r) => r.candidate)].map((c) => c.version)).toEqual(['1.1.2', '1.0.2']);
    // a day later 1.1.3 is published (and 1.2 is still too young): the patch follows the data
    expect(of(planRelease(ws, { ...next, asOf: d('2023-05-11') }, bruteForce), 'alpha').to.version).toBe('1.1.3');
  });
});

describe('planRelease: when nothing qualifies', () => {
  const ws = new WorkspaceBuilder()
    .product('alpha', 'semver', [
      mature('1.0', '2021-01-10', '2023-09-01', ['2021-03-10', '2021-05-09']),
      cycle('2.0', '2023-04-01', '2026-01-01', {
        points: points([
          ['2.0.0', '2023-04-01'],
          ['2.0.1', '2023-04-20'],
        ]),
      }),
    ])
    .component('alpha', 'alpha')
    .release('R1', '2021-09-01', '2022-09-01', { alpha: '1.0.2' })
    .policy((p) => ({ ...p, maturity: { ...p.maturity, severity: { age: 'error', pointReleases: 'error', firstPointRelease: 'error' } } }))
    .build();
  const plan = planRelease(ws, next, bruteForce);

  it('does not fail: it keeps the cheaper of two broken choices and names the rule each breaks', () => {
    expect(plan.status).toBe('gaps');
    expect(of(plan, 'alpha').to.version).toBe('1.0.2');
    expect(of(plan, 'alpha').reasons).toEqual([
      expect.objectContaining({ kind: 'still-breaks', findings: [expect.objectContaining({ rule: 'horizon', date: '2023-09-01' })] }),
    ]);
    expect(of(plan, 'alpha').rejected.map((r) => r.because)).toEqual([{ kind: 'rules', rules: ['maturity-age'], severity: 'error' }]);
  });

  it('lays out the options with their cost: upgrade anyway (maturity gap), own backports (days, point releases), announce', () => {
    expect(plan.gaps).toHaveLength(1);
    const [gap] = plan.gaps;
    expect(gap).toMatchObject({ component: 'alpha', cycle: '1.0', rule: 'horizon', end: '2023-09-01', chosen: 'backports' });
    // 2.0 was 61 days old on 2023-06-01: 29 days short of 90. Backports from 2023-09-01 to 2024-06-01
    // (274 days); 1.0 published a point release every 60 days ((2021-05-09 − 2021-01-10) / 2 = 59.5): 5 of them.
    expect(gap?.options).toEqual([
      expect.objectContaining({ kind: 'upgrade', maturityGapDays: 29, breaks: ['maturity-age'], changes: 1 }),
      { kind: 'backports', from: '2023-09-01', until: '2024-06-01', days: 274, paceDays: 60, pointReleases: 5, changes: 0 },
      { kind: 'announce', from: '2023-09-01', until: '2024-06-01', days: 274, changes: 0 },
    ]);
  });
});

describe('planRelease: when every candidate runs out before the end, the one maintained longest', () => {
  /**
   * Like Open vSwitch in 2023: 3.0 ends 2023-08-15 and 3.1 ends 2024-02-17, both before R2's end
   * 2024-06-01 (margin 0): 3.0 falls short by 291 days, 3.1 by 105 (hand-counted). Both break the
   * horizon once (error); keeping 3.0 is free, 3.1 is a minor change.
   */
  const ovs = (v31: ReturnType<typeof cycle>) =>
    new WorkspaceBuilder()
      .product('ovs', 'semver', [mature('3.0', '2021-01-10', '2023-08-15', ['2021-03-01', '2021-06-01']), v31])
      .component('ovs', 'ovs')
      .release('R1', '2021-09-01', '2022-09-01', { ovs: '3.0.2' })
      .build();

  it('takes 3.1 (105 days short) over keeping 3.0 (291 days short), and says so', () => {
    const plan = planRelease(ovs(mature('3.1', '2022-01-10', '2024-02-17', ['2022-03-01', '2022-06-01'])), next, bruteForce);
    expect(chosen(plan)).toEqual({ ovs: '3.1.2' });
    expect(plan.status).toBe('gaps');
    expect(of(plan, 'ovs').reasons).toContainEqual(expect.objectContaining({ kind: 'chosen', end: '2024-02-17', longest: { daysShort: 105, of: 2 } }));
    expect(of(plan, 'ovs').rejected.map((r) => r.because)).toEqual([
      { kind: 'rules', rules: ['horizon'], severity: 'error', shortfall: { days: 291, chosenDays: 105 } },
    ]);
    expect(plan.gaps).toEqual([expect.objectContaining({ component: 'ovs', chosen: 'upgrade' })]);
    // the days term is an objective of its own, between the warnings and the change cost
    expect(plan.model.optimum).toEqual([1, 0, 0, 1000]);
  });

  it('keeps 3.0 when 3.1 is not mature as the policy weighs it (a warning outweighs the days)', () => {
    // 3.1 first released 2023-04-10: 52 days old at R2 (policy: 90), one point release (policy: 2)
    const young = cycle('3.1', '2023-04-10', '2024-02-17', { points: points([['3.1.0', '2023-04-10']]) });
    const plan = planRelease(ovs(young), next, bruteForce);
    expect(chosen(plan)).toEqual({ ovs: '3.0.2' });
    const because = of(plan, 'ovs').rejected[0]?.because;
    expect(because).toMatchObject({ kind: 'rules', rules: ['horizon'], shortfall: { days: 105, chosenDays: 291 } });
    expect(because && 'warnings' in because ? because.warnings : []).toEqual(expect.arrayContaining(['maturity-age']));
    expect(of(plan, 'ovs').reasons.some((r) => r.kind === 'chosen' && r.longest)).toBe(false);
  });

  it('never outweighs a whole broken rule: with maturity at error, 3.1 breaks two rules and 3.0 stays', () => {
    const young = cycle('3.1', '2023-04-10', '2024-02-17', { points: points([['3.1.0', '2023-04-10']]) });
    const w = ovs(young);
    const ws = {
      ...w,
      policy: { ...w.policy, maturity: { ...w.policy.maturity, severity: { age: 'error', pointReleases: 'error', firstPointRelease: 'error' } } },
    } as typeof w;
    expect(chosen(planRelease(ws, next, bruteForce))).toEqual({ ovs: '3.0.2' });
  });

  it('a candidate maintained to the end still wins over both', () => {
    const ws = new WorkspaceBuilder()
      .product('ovs', 'semver', [
        mature('3.0', '2021-01-10', '2023-08-15', ['2021-03-01', '2021-06-01']),
        mature('3.1', '2022-01-10', '2024-02-17', ['2022-03-01', '2022-06-01']),
        mature('3.2', '2022-02-10', '2025-02-17', ['2022-04-01', '2022-07-01']),
      ])
      .component('ovs', 'ovs')
      .release('R1', '2021-09-01', '2022-09-01', { ovs: '3.0.2' })
      .build();
    const plan = planRelease(ws, next, bruteForce);
    expect(chosen(plan)).toEqual({ ovs: '3.2.2' });
    expect(plan.status).toBe('qualifies');
  });
});

describe('planRelease: point releases', () => {
  it('R1 → R1.1 is a point release: the base end is kept and a cycle that lasts is not changed', () => {
    const ws = twoProducts()
      .product('beta', 'semver', [
        mature('1.0', '2021-01-10', '2026-01-01', ['2021-03-01', '2021-06-01']),
        mature('1.1', '2022-01-10', '2026-06-01', ['2022-03-01', '2022-06-01']),
      ])
      .release('R2', '2022-09-01', '2023-12-01', { alpha: '1.0.1', beta: '1.0.1' })
      .build();
    const plan = planRelease(ws, { release: 'R2.1', date: d('2023-06-01'), asOf: d('2023-05-01') }, bruteForce);
    expect(plan.point).toBe(true);
    expect(plan.release.end).toBe('2023-12-01');
    // alpha 1.0 ends 2023-07-01, before R2's end: its cycle may change. beta 1.0 lasts: only its patch.
    expect(chosen(plan)).toEqual({ alpha: '1.1.2', beta: '1.0.1' });
    expect(of(plan, 'beta').reasons.map((r) => r.kind)).toEqual(['keep-qualifies']);
  });

  it('with `never`, a point release changes no cycle, even one that runs out (the gap is shown)', () => {
    const ws = twoProducts()
      .policy((p) => ({ ...p, plan: { ...p.plan, pointReleaseCycleChange: 'never' } }))
      .build();
    const plan = planRelease(ws, { ...next, release: 'R1.1' }, bruteForce);
    expect(chosen(plan)).toEqual({ alpha: '1.0.2', beta: '1.0.2' });
    expect(of(plan, 'alpha').rejected.map((r) => r.because.kind)).toEqual(['point-release', 'point-release']);
    expect(plan.gaps.map((g) => g.component)).toEqual(['alpha', 'beta']);
  });
});

describe('planRelease: bad input', () => {
  const ws = twoProducts().build();
  it.each([
    ['a --from release that does not exist', { ...next, from: 'R9' }, /UPK_UNKNOWN_RELEASE.*"R9"/],
    ['--end before --date', { ...next, end: d('2023-01-01') }, /--end 2023-01-01 is before --date 2023-06-01/],
  ])('%s stops with what is wrong', (_t, query, message) => {
    expect(() => planRelease(ws, query, bruteForce)).toThrow(message);
  });
});

describe("plan warns when the planned release is not one upgrade from its base (the products' upgrade rules)", () => {
  const ceph = (maintained15: string) =>
    new WorkspaceBuilder()
      .product('ceph', 'ceph', [
        cycle('15', '2020-03-23', maintained15, {
          points: points([
            ['15.2.1', '2020-04-10'],
            ['15.2.2', '2020-05-10'],
          ]),
        }),
        cycle('16', '2021-03-31', '2022-06-01', {
          points: points([
            ['16.2.1', '2021-04-20'],
            ['16.2.2', '2021-05-20'],
          ]),
        }),
        cycle('17', '2022-04-19', '2023-01-01', {
          points: points([
            ['17.2.1', '2022-05-20'],
            ['17.2.2', '2022-06-20'],
          ]),
        }),
        cycle('18', '2023-08-07', '2026-08-01', {
          points: points([
            ['18.2.1', '2023-09-01'],
            ['18.2.2', '2023-10-01'],
          ]),
        }),
      ])
      .component('ceph', 'ceph', 'ceph')
      .release('R1', '2021-01-01', '2022-01-01', { ceph: '15.2.2' })
      .build();
  const next = { release: 'R2', date: d('2024-06-01'), end: d('2025-06-01'), asOf: d('2024-05-01') };

  it('Ceph 15 → 18 is three majors: the plan takes 18 (the only one maintained) and warns', () => {
    const plan = planRelease(ceph('2022-06-01'), next, bruteForce);
    expect(of(plan, 'ceph').to.version).toMatch(/^18/);
    expect(plan.notOneUpgrade.map((s) => [s.component, s.fromCycle, s.toCycle, 'forward' in s ? s.forward : undefined])).toEqual([['ceph', '15', '18', 3]]);
  });

  it('no warning when the plan keeps the cycle', () => {
    const plan = planRelease(ceph('2026-01-01'), next, bruteForce);
    expect(of(plan, 'ceph').change).not.toBe('major');
    expect(plan.notOneUpgrade).toEqual([]);
  });
});

describe('planRelease: packaging by version (upkeep.yaml packaging_by_version)', () => {
  /** alpha 1.0 ends; 1.1 and 1.2 both qualify; with extra_cycle 0 both cost one minor change. */
  const ws = (byVersion: boolean) => {
    const b = new WorkspaceBuilder()
      .product('alpha', 'semver', [
        mature('1.0', '2021-01-10', '2023-07-01', ['2021-03-01', '2021-06-01']),
        mature('1.1', '2022-01-10', '2025-01-01', ['2022-03-01', '2022-06-01']),
        mature('1.2', '2022-02-10', '2025-06-01', ['2022-04-01', '2022-07-01']),
      ])
      .release('R1', '2021-09-01', '2022-09-01', { alpha: '1.0.2' })
      .policy((p) => ({ ...p, plan: { ...p.plan, changeCost: { ...p.plan.changeCost, extraCycle: 0 } } }))
      .build();
    const alpha = {
      id: 'alpha',
      product: 'alpha',
      packaging: 'container-image' as const,
      ...(byVersion ? { packagingByVersion: [{ versions: ['1.1'], packaging: 'source' as const, source: 'no image for 1.1' }] } : {}),
    };
    return { ...b, components: new Map([['alpha', alpha]]) };
  };

  it('gives each candidate the packaging of its version and its cost: 1.1 built from source (5), 1.2 a container image (1)', () => {
    const plan = planRelease(ws(true), next, bruteForce);
    const all = [of(plan, 'alpha').to, ...of(plan, 'alpha').rejected.map((r) => r.candidate)];
    const byVersion = Object.fromEntries(all.map((c) => [c.version, [c.packaging, c.packagingCost, c.packagingByVersion ?? false, c.packagingSource]]));
    expect(byVersion).toEqual({
      '1.0.2': ['container-image', 1, false, undefined],
      '1.1.2': ['source', 5, true, 'no image for 1.1'],
      '1.2.2': ['container-image', 1, false, undefined],
    });
  });

  it('prefers the cheaper packaging between equal changes: 1.2 (image) over 1.1 (source); without the entry, the earlier cycle', () => {
    expect(chosen(planRelease(ws(false), next, bruteForce))).toEqual({ alpha: '1.1.2' });
    const plan = planRelease(ws(true), next, bruteForce);
    expect(chosen(plan)).toEqual({ alpha: '1.2.2' });
    expect(of(plan, 'alpha').rejected.find((r) => r.candidate.version === '1.1.2')?.because).toEqual({ kind: 'preference', cost: 1005, chosenCost: 1001 });
  });

  it('a bigger change never buys a cheaper packaging: packaging costs stay below any change', () => {
    // 1.1 from source (minor) against 2.0 as an image (major): the minor change wins
    const w = ws(true);
    const alpha = w.products.get('alpha')!;
    const products = new Map([
      ['alpha', { ...alpha, cycles: [alpha.cycles[0]!, alpha.cycles[1]!, mature('2.0', '2022-02-10', '2025-06-01', ['2022-04-01', '2022-07-01'])] }],
    ]);
    expect(chosen(planRelease({ ...w, products }, next, bruteForce))).toEqual({ alpha: '1.1.2' });
  });
});

describe('planRelease: the Kubernetes kubelet skew of the upgrade rules holds in the plan', () => {
  /** A tool whose 1.0 runs out; tool 2 needs a 1.29 control plane; kubelets on 1.25 could otherwise stay. */
  const cluster = () =>
    new WorkspaceBuilder()
      .product(
        'kubernetes',
        'kubernetes',
        (['1.25', '1.26', '1.27', '1.28', '1.29'] as const).map((id, i) =>
          mature(id, `2021-0${i + 1}-10`, '2026-01-01', [`2021-0${i + 2}-01`, `2021-0${i + 3}-01`] as const),
        ),
      )
      .product('tool', 'semver', [
        mature('1.0', '2021-01-10', '2023-07-01', ['2021-03-01', '2021-06-01']),
        mature('2.0', '2022-01-10', '2025-01-01', ['2022-03-01', '2022-06-01']),
      ])
      .component('k8s/k8s.io/apiserver', 'kubernetes')
      .component('k8s/k8s.io/kubelet', 'kubernetes')
      .component('tool', 'tool')
      .release('R1', '2021-09-01', '2022-09-01', { 'k8s/k8s.io/apiserver': '1.25.2', 'k8s/k8s.io/kubelet': '1.25.2', tool: '1.0.2' })
      .policy(withRules([rule('tool-2-needs-1.29', { tool: '>=2.0' }, { 'k8s/k8s.io/apiserver': '>=1.29' })]));

  it('moves the kubelets from 1.25 to 1.26 when the control plane must go to 1.29 (four behind is out of the skew)', () => {
    const plan = planRelease(cluster().build(), next, bruteForce);
    expect(chosen(plan)).toEqual({ 'k8s/k8s.io/apiserver': '1.29.2', 'k8s/k8s.io/kubelet': '1.26.2', tool: '2.0.2' });
    expect(of(plan, 'k8s/k8s.io/kubelet').reasons).toContainEqual({ kind: 'required-by', ruleId: 'kubernetes-skew', by: ['k8s/k8s.io/apiserver 1.29.2'] });
    expect(of(plan, 'k8s/k8s.io/kubelet').rejected.find((r) => r.candidate.version === '1.25.2')?.because).toEqual({
      kind: 'compatibility',
      ruleId: 'kubernetes-skew',
      with: ['k8s/k8s.io/apiserver 1.29.2'],
    });
    expect(plan.status).toBe('qualifies');
  });

  it('without a skew in the policy, the kubelets stay on 1.25', () => {
    const ws = cluster()
      .policy((p) => ({
        ...p,
        upgrades: { byProduct: { ...p.upgrades.byProduct, kubernetes: { kind: 'cycles', max: 1, from: 'policy' } }, declared: ['kubernetes'] },
      }))
      .build();
    expect(chosen(planRelease(ws, next, bruteForce))['k8s/k8s.io/kubelet']).toBe('1.25.2');
  });
});
