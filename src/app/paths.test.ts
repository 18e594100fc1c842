import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../test/cli-io.js';
import { cliTempDirs } from '../../test/temp-dirs.js';

const temp = cliTempDirs('upkeep-paths-');

/**
 * A Kubernetes cluster as a KBOM names it (`k8s/k8s.io/apiserver`, `k8s/k8s.io/kubelet`), with the
 * real Kubernetes lifecycle of the SCS example, and a release per entry: [control plane, kubelets].
 */
function cluster(releases: Record<string, [string, string]>): string {
  const dir = temp();
  mkdirSync(join(dir, 'products'));
  mkdirSync(join(dir, 'releases'));
  copyFileSync('examples/scs/products/kubernetes.yaml', join(dir, 'products/kubernetes.yaml'));
  writeFileSync(
    join(dir, 'upkeep.yaml'),
    'name: cluster\ncomponents:\n  k8s/k8s.io/apiserver: { product: kubernetes }\n  k8s/k8s.io/kubelet: { product: kubernetes }\n',
  );
  writeFileSync(join(dir, 'policy.yaml'), '# the defaults\n');
  let month = 1;
  for (const [id, [api, kubelet]] of Object.entries(releases))
    writeFileSync(
      join(dir, `releases/${id}.yaml`),
      `id: ${id}\ndate: 2024-${String(month++).padStart(2, '0')}-01\nend: 2025-06-01\npins:\n  k8s/k8s.io/apiserver: "${api}"\n  k8s/k8s.io/kubelet: "${kubelet}"\n`,
    );
  return dir;
}

describe('upkeep paths shows the Kubernetes kubelet skew where it matters', () => {
  it('the control plane passes through every minor; the kubelets stay behind and then skip minors, within three', async () => {
    const dir = cluster({ A: ['1.28.4', '1.25.9'], B: ['1.29.1', '1.27.3'], C: ['1.30.0', '1.30.0'] });
    const r = await run('paths', dir, '--from', 'A', '--to', 'C', '--as-of', '2024-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Path: A → B → C (2 upgrades)');
    expect(r.out).toMatch(
      /^ {2}BLOCKED k8s\/k8s\.io\/apiserver +1\.28\.4 → 1\.30\.0 +1\.28 → 1\.30 jumps 2 cycles; Kubernetes: at most 1 cycle per upgrade; kubelet at most 3 cycles behind/m,
    );
    // A → B: on 1.25 the kubelets would be four behind 1.29, so they go first (to at most 1.28), then the control plane
    expect(r.out).toMatch(
      /^ {2}ok +k8s\/k8s\.io\/kubelet +1\.25\.9 → 1\.27\.3 +1\.25 → 1\.27: skips 1 cycle \(a Kubernetes kubelet may\), 2 cycles behind the control plane 1\.29 \(at most 3\); upgrade it before the control plane \(its old version would be more than 3 behind 1\.29\)$/m,
    );
    expect(r.out).toMatch(
      /^ {2}ok +k8s\/k8s\.io\/kubelet +1\.27\.3 → 1\.30\.0 +1\.27 → 1\.30: skips 2 cycles \(a Kubernetes kubelet may\), on the control plane 1\.30 \(at most 3\)$/m,
    );
    expect(r.out).toContain(
      'Kubernetes: at most 1 cycle per upgrade; kubelet at most 3 cycles behind the control plane (2 before 1.28), never newer, and may skip cycles (upstream, https://kubernetes.io/releases/version-skew-policy/#supported-component-upgrade-order; skew: https://kubernetes.io/releases/version-skew-policy/#kubelet)',
    );
  });

  it('a release whose kubelets would fall four minors behind is not one upgrade away (exit 1 without a path)', async () => {
    const dir = cluster({ A: ['1.28.4', '1.25.9'], B: ['1.29.1', '1.25.9'] });
    const r = await run('paths', dir, '--from', 'A', '--to', 'B', '--as-of', '2024-06-01');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^ {2}BLOCKED k8s\/k8s\.io\/kubelet +1\.25\.9 → 1\.25\.9 +1\.25 → 1\.25 leaves it 4 cycles behind the control plane 1\.29; Kubernetes: at most 3$/m,
    );
  });

  it('says to upgrade the kubelets first when their old version would be too far behind the new control plane', async () => {
    const dir = cluster({ A: ['1.28.4', '1.25.9'], B: ['1.29.1', '1.29.1'] });
    const r = await run('paths', dir, '--from', 'A', '--to', 'B', '--as-of', '2024-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('upgrade it before the control plane (its old version would be more than 3 behind 1.29)');
  });

  it('reads a skew of its own from policy.yaml, and refuses half of one (exit 2)', async () => {
    const dir = cluster({ A: ['1.28.4', '1.25.9'], B: ['1.29.1', '1.27.3'] });
    writeFileSync(join(dir, 'policy.yaml'), 'upgrades:\n  kubernetes: { kind: cycles, max: 1, skew: { followers: [kubelet], max_behind: 1 } }\n');
    const r = await run('paths', dir, '--from', 'A', '--to', 'B', '--as-of', '2024-06-01');
    expect(r.code).toBe(1);
    expect(r.out).toContain('leaves it 2 cycles behind the control plane 1.29; Kubernetes: at most 1');
    writeFileSync(
      join(dir, 'policy.yaml'),
      'upgrades:\n  kubernetes: { kind: cycles, max: 1, skew: { followers: [kubelet], max_behind: 3, since: "1.28" } }\n',
    );
    const bad = await run('paths', dir, '--from', 'A', '--to', 'B', '--as-of', '2024-06-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('give since and max_behind_before together');
    writeFileSync(
      join(dir, 'policy.yaml'),
      '# kubelets\nupgrades:\n  kubernetes:\n    kind: cycles\n    max: 1\n    skew: { followers: [kubelet], max_behind: 3, since: "1.82", max_behind_before: 2 }\n',
    );
    const unknown = await run('paths', dir, '--from', 'A', '--to', 'B', '--as-of', '2024-06-01');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('(upgrades.kubernetes.skew.since): the upgrade rule of kubernetes: skew.since names no cycle "1.82" of kubernetes');
    expect(unknown.err).toMatch(/policy\.yaml:6/);
  });
});
