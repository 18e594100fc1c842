import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { check, failsAt } from './check.js';
import type { PlainDate } from './index.js';

const scs = join(repoRoot, 'examples/scs');

describe('the check use case returns data, not text', () => {
  it('checks R4 of the SCS example as known on 2023-03-20: Ceph Pacific leaves maintenance before R4 ends', async () => {
    const { report, productName } = await check({ workspace: scs, asOf: '2023-03-20' as PlainDate, releases: ['R4'] });
    expect(report.releases.map((r) => r.id)).toEqual(['R4']);
    expect(report.findings.some((f) => f.product === 'ceph' && f.rule === 'horizon')).toBe(true);
    expect(productName('ceph')).toBe('Ceph');
  });

  it.each([
    ['error', true],
    ['never', false],
  ] as const)('fails at %s: %s', async (failOn, fails) => {
    const { report } = await check({ workspace: scs, asOf: '2023-03-20' as PlainDate, releases: ['R4'] });
    expect(failsAt(report, failOn)).toBe(fails);
  });
});

describe('unknown_end on the SCS example', () => {
  it('reports each pinned cycle whose end is "no end announced" (Redis, nginx, Ansible 7, Vault, ZooKeeper), as known on 2023-03-20', async () => {
    const { report } = await check({ workspace: scs, asOf: '2023-03-20' as PlainDate, releases: ['R4'] });
    const open = report.findings.filter((f) => f.rule === 'unknown-end' && f.open).map((f) => `${f.product} ${f.cycle}`);
    expect(open.sort()).toEqual(['ansible 7', 'hashicorp-vault 1.13', 'nginx 1.23', 'redis 7.0', 'zookeeper 3.8']);
  });
});
