import { describe, expect, it } from 'vitest';
import { cycle, d, WorkspaceBuilder } from '../../../test/builders.js';
import type { Policy } from '../policy/types.js';
import { blockedSteps, upgradePaths } from './paths.js';
import { UPSTREAM_UPGRADES, type UpgradeRule } from './upgrades.js';

const asOf = d('2024-12-31');

/** Ceph 15–18 and OpenStack xena…caracal (antelope and caracal are SLURP), one a year or half-year. */
function stack() {
  return new WorkspaceBuilder()
    .product('ceph', 'ceph', [
      cycle('15', '2020-03-23', '2022-06-01'),
      cycle('16', '2021-03-31', '2023-10-01'),
      cycle('17', '2022-04-19', '2024-06-01'),
      cycle('18', '2023-08-07', '2025-08-01'),
    ])
    .product('openstack', 'openstack', [
      cycle('yoga', '2022-03-30', '2023-11-02'),
      cycle('zed', '2022-10-05', '2024-04-05'),
      cycle('antelope', '2023-03-22', '2024-09-22', { slurp: true }),
      cycle('bobcat', '2023-10-04', '2025-04-01'),
      cycle('caracal', '2024-04-03', '2025-10-01', { slurp: true }),
    ])
    .component('ceph', 'ceph')
    .component('openstack', 'openstack')
    .component('tool', 'tool');
}

describe('upgrade paths between the releases of a workspace', () => {
  it('jumps directly when every component stays within its rule (Ceph 15 → 17 is two majors: allowed)', () => {
    const ws = stack()
      .release('R1', '2022-05-01', '2022-12-01', { ceph: '15.2.16', openstack: 'yoga', tool: '1.0' })
      .release('R2', '2022-11-01', '2023-06-01', { ceph: '17.2.5', openstack: 'zed', tool: '9.0' })
      .build();
    const p = upgradePaths(ws, { from: 'R1', to: 'R2', asOf });
    expect(p.path).toEqual(['R1', 'R2']);
    expect(p.direct.steps.map((s) => [s.component, s.verdict])).toEqual([
      ['ceph', 'allowed'],
      ['openstack', 'allowed'],
    ]);
    expect(p.unruled).toEqual(['tool']);
  });

  it('passes through R2 when Ceph would jump three majors (15 → 18) from R1 to R3', () => {
    const ws = stack()
      .release('R1', '2022-05-01', '2022-12-01', { ceph: '15.2.16', openstack: 'yoga' })
      .release('R2', '2022-11-01', '2023-06-01', { ceph: '16.2.10', openstack: 'zed' })
      .release('R3', '2023-10-01', '2024-06-01', { ceph: '18.2.0', openstack: 'antelope' })
      .build();
    const p = upgradePaths(ws, { from: 'R1', to: 'R3', asOf });
    expect(p.direct.allowed).toBe(false);
    const ceph = p.direct.steps.find((s) => s.component === 'ceph');
    expect(ceph).toMatchObject({ verdict: 'blocked', why: 'too-far', forward: 3, fromCycle: '15', toCycle: '18' });
    // OpenStack yoga → antelope skips zed, and yoga is no SLURP release: blocked too
    expect(p.direct.steps.find((s) => s.component === 'openstack')).toMatchObject({ verdict: 'blocked', forward: 2 });
    expect(p.path).toEqual(['R1', 'R2', 'R3']);
    expect(p.jumps.map((j) => [j.from, j.to])).toEqual([
      ['R1', 'R2'],
      ['R2', 'R3'],
    ]);
  });

  it('lets OpenStack skip one series between SLURP releases (antelope → caracal), not otherwise (zed → bobcat)', () => {
    const ws = stack()
      .release('R1', '2023-04-01', '2023-12-01', { openstack: 'antelope' })
      .release('R2', '2023-05-01', '2023-12-01', { openstack: 'zed' })
      .release('R3', '2024-05-01', '2024-12-01', { openstack: 'caracal' })
      .release('R4', '2024-06-01', '2024-12-01', { openstack: 'bobcat' })
      .build();
    expect(upgradePaths(ws, { from: 'R1', to: 'R3', asOf }).direct.steps[0]).toMatchObject({ verdict: 'allowed', forward: 2, skipped: 'slurp' });
    expect(upgradePaths(ws, { from: 'R2', to: 'R4', asOf }).direct.steps[0]).toMatchObject({ verdict: 'blocked', why: 'too-far', forward: 2 });
  });

  it('finds no path when the releases in between do not help, and names the blocking component', () => {
    const ws = stack()
      .release('R1', '2022-05-01', '2022-12-01', { ceph: '15.2.16' })
      .release('R2', '2022-11-01', '2023-06-01', { ceph: '15.2.17' })
      .release('R3', '2023-10-01', '2024-06-01', { ceph: '18.2.0' })
      .build();
    const p = upgradePaths(ws, { from: 'R1', to: 'R3', asOf });
    expect(p.path).toBeUndefined();
    expect(p.blocked?.from).toBe('R2');
    expect(p.blocked?.steps.filter((s) => s.verdict === 'blocked').map((s) => s.component)).toEqual(['ceph']);
  });

  it('never allows a downgrade', () => {
    const ws = stack().release('R1', '2022-05-01', '2022-12-01', { ceph: '17.2.5' }).release('R2', '2022-11-01', '2023-06-01', { ceph: '16.2.10' }).build();
    expect(upgradePaths(ws, { from: 'R1', to: 'R2', asOf }).direct.steps[0]).toMatchObject({ verdict: 'blocked', why: 'downgrade', forward: -1 });
  });

  it('reads the upgrade rules from the policy: `any` lets Ceph jump three majors', () => {
    const any: UpgradeRule = { kind: 'any', from: 'policy' };
    const ws = stack()
      .release('R1', '2022-05-01', '2022-12-01', { ceph: '15.2.16' })
      .release('R3', '2023-10-01', '2024-06-01', { ceph: '18.2.0' })
      .policy((p: Policy) => ({ ...p, upgrades: { byProduct: { ...UPSTREAM_UPGRADES, ceph: any }, declared: ['ceph'] } }))
      .build();
    expect(upgradePaths(ws, { from: 'R1', to: 'R3', asOf }).path).toEqual(['R1', 'R3']);
  });

  it('judges with the cycles known on the as-of date (a cycle not yet released is unknown, not a step)', () => {
    const ws = stack().release('R1', '2022-05-01', '2022-12-01', { ceph: '15.2.16' }).release('R3', '2023-10-01', '2024-06-01', { ceph: '17.2.0' }).build();
    expect(upgradePaths(ws, { from: 'R1', to: 'R3', asOf: d('2022-01-01') }).direct.steps[0]?.verdict).toBe('unknown');
  });

  it('Ubuntu goes from an LTS to the next LTS, skipping the interim releases', () => {
    const ws = new WorkspaceBuilder()
      .product('ubuntu', 'ubuntu', [
        cycle('20.04', '2020-04-23', '2025-05-31', { lts: true }),
        cycle('21.04', '2021-04-22', '2022-01-20'),
        cycle('21.10', '2021-10-14', '2022-07-14'),
        cycle('22.04', '2022-04-21', '2027-06-01', { lts: true }),
        cycle('24.04', '2024-04-25', '2029-05-31', { lts: true }),
      ])
      .component('ubuntu', 'ubuntu')
      .release('A', '2021-01-01', '2021-12-01', { ubuntu: '20.04' })
      .release('B', '2022-06-01', '2023-12-01', { ubuntu: '22.04' })
      .release('C', '2024-06-01', '2025-12-01', { ubuntu: '24.04' })
      .build();
    const direct = upgradePaths(ws, { from: 'A', to: 'C', asOf });
    expect(direct.direct.steps[0]).toMatchObject({ verdict: 'blocked', forward: 4 });
    expect(direct.path).toEqual(['A', 'B', 'C']);
    expect(upgradePaths(ws, { from: 'A', to: 'B', asOf }).direct.steps[0]).toMatchObject({ verdict: 'allowed', skipped: 'lts' });
  });

  it('blockedSteps names what keeps a release from being one step after another (plan warning)', () => {
    const ws = stack()
      .release('R1', '2022-05-01', '2022-12-01', { ceph: '15.2.16', openstack: 'zed' })
      .release('R3', '2023-10-01', '2024-06-01', { ceph: '18.2.0', openstack: 'antelope' })
      .build();
    const [r1, r3] = ws.releases as [never, never];
    expect(blockedSteps(ws, r1, r3, asOf).map((s) => s.component)).toEqual(['ceph']);
  });
});

/**
 * Kubernetes 1.24–1.30 (release dates from kubernetes.io); a cluster pinned as its control plane
 * (`k8s/apiserver`) and its kubelets (`k8s/k8s.io/kubelet`, as a KBOM names them).
 */
function cluster(releases: Record<string, [api: string, kubelet: string]>) {
  const b = new WorkspaceBuilder()
    .product('kubernetes', 'kubernetes', [
      cycle('1.24', '2022-05-03', '2023-07-28'),
      cycle('1.25', '2022-08-23', '2023-10-28'),
      cycle('1.26', '2022-12-08', '2024-02-28'),
      cycle('1.27', '2023-04-11', '2024-06-28'),
      cycle('1.28', '2023-08-15', '2024-10-28'),
      cycle('1.29', '2023-12-13', '2025-02-28'),
      cycle('1.30', '2024-04-17', '2025-06-28'),
    ])
    .component('k8s/apiserver', 'kubernetes')
    .component('k8s/k8s.io/kubelet', 'kubernetes');
  let month = 1;
  for (const [id, [api, kubelet]] of Object.entries(releases))
    b.release(id, `2024-${String(month++).padStart(2, '0')}-01`, '2025-12-01', { 'k8s/apiserver': `${api}.1`, 'k8s/k8s.io/kubelet': `${kubelet}.1` });
  return b;
}
const kubelet = (p: { direct: { steps: readonly { component: string }[] } }) => p.direct.steps.find((s) => s.component === 'k8s/k8s.io/kubelet');

describe('Kubernetes: control planes one minor at a time, kubelets at most three minors behind (version skew policy)', () => {
  it('the upstream default rule carries the kubelet skew with its source', () => {
    expect(UPSTREAM_UPGRADES.kubernetes).toMatchObject({
      kind: 'cycles',
      max: 1,
      skew: { followers: ['kubelet'], maxBehind: 3, since: '1.28', maxBehindBefore: 2, source: 'https://kubernetes.io/releases/version-skew-policy/#kubelet' },
    });
  });

  it('the control plane goes one minor at a time; kubelets stay behind, then skip minors to catch up', () => {
    const ws = cluster({ A: ['1.25', '1.25'], B: ['1.26', '1.25'], C: ['1.27', '1.27'] }).build();
    const p = upgradePaths(ws, { from: 'A', to: 'C', asOf });
    // the direct jump moves the control plane two minors: not one upgrade
    expect(p.direct.steps.find((s) => s.component === 'k8s/apiserver')).toMatchObject({ verdict: 'blocked', why: 'too-far', forward: 2 });
    expect(p.path).toEqual(['A', 'B', 'C']);
    expect(p.jumps[0]?.steps.find((s) => s.component === 'k8s/k8s.io/kubelet')).toMatchObject({
      verdict: 'same',
      skew: { leader: '1.26', behind: 1, maxBehind: 2, followersFirst: false },
    });
    // B → C: the kubelet skips 1.26 (1.25 → 1.27), which the one-minor rule alone would block
    expect(p.jumps[1]?.steps.find((s) => s.component === 'k8s/k8s.io/kubelet')).toMatchObject({
      verdict: 'allowed',
      forward: 2,
      skew: { leader: '1.27', behind: 0 },
    });
  });

  it('allows three minors behind from 1.28 on, two before (the policy changed with 1.28)', () => {
    const ws = cluster({ A: ['1.27', '1.25'], B: ['1.28', '1.25'], C: ['1.26', '1.24'], D: ['1.27', '1.24'] }).build();
    // 1.28 with kubelets on 1.25: three behind, allowed since 1.28
    expect(kubelet(upgradePaths(ws, { from: 'A', to: 'B', asOf }))).toMatchObject({ verdict: 'same', skew: { behind: 3, maxBehind: 3 } });
    // 1.27 with kubelets on 1.24: three behind, but before 1.28 only two were allowed
    expect(kubelet(upgradePaths(ws, { from: 'C', to: 'D', asOf }))).toMatchObject({
      verdict: 'blocked',
      why: 'skew-behind',
      skew: { behind: 3, maxBehind: 2 },
    });
  });

  it('blocks a release whose kubelets fall four minors behind, or run newer than the control plane', () => {
    const ws = cluster({ A: ['1.28', '1.25'], B: ['1.29', '1.25'], C: ['1.29', '1.30'] }).build();
    const behind = upgradePaths(ws, { from: 'A', to: 'B', asOf });
    expect(kubelet(behind)).toMatchObject({ verdict: 'blocked', why: 'skew-behind', skew: { leader: '1.29', behind: 4, maxBehind: 3 } });
    expect(behind.direct.allowed).toBe(false);
    expect(kubelet(upgradePaths(ws, { from: 'A', to: 'C', asOf }))).toMatchObject({
      verdict: 'blocked',
      why: 'skew-ahead',
      skew: { leader: '1.29', behind: -1 },
    });
  });

  it('says to upgrade the kubelets first when their old version would fall too far behind the new control plane', () => {
    const ws = cluster({ A: ['1.28', '1.25'], B: ['1.29', '1.29'] }).build();
    const p = upgradePaths(ws, { from: 'A', to: 'B', asOf });
    expect(p.path).toEqual(['A', 'B']);
    expect(kubelet(p)).toMatchObject({ verdict: 'allowed', forward: 4, skew: { leader: '1.29', behind: 0, followersFirst: true } });
  });

  it('without the skew in the policy, a kubelet is one more component of the product: one minor per upgrade', () => {
    const ws = cluster({ B: ['1.26', '1.25'], C: ['1.27', '1.27'] })
      .policy((p: Policy) => ({
        ...p,
        upgrades: { byProduct: { ...UPSTREAM_UPGRADES, kubernetes: { kind: 'cycles', max: 1, from: 'policy' } }, declared: ['kubernetes'] },
      }))
      .build();
    expect(kubelet(upgradePaths(ws, { from: 'B', to: 'C', asOf }))).toMatchObject({ verdict: 'blocked', why: 'too-far', forward: 2 });
  });
});
