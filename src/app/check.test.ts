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

describe('point releases after an announced end that has passed', () => {
  it('Ceph Quincy as known on 2024-12-01: announced to end 2024-06-01, yet 17.2.8 came on 2024-11-25 (the end was 2025-01-13)', async () => {
    const { report } = await check({ workspace: scs, asOf: '2024-12-01' as PlainDate, releases: ['R4'] });
    const quincy = report.pins.find((p) => p.pin.component === 'ceph' && p.cycle?.id === '17')!;
    expect(quincy.end).toMatchObject({ date: '2024-06-01', basis: 'announced', pointsAfter: { count: 1, latest: { version: '17.2.8', date: '2024-11-25' } } });
    const { endText } = await import('../render/message.js');
    expect(endText(quincy.end!)).toBe('2024-06-01 (announced; yet 1 point release came after it, the latest 17.2.8 of 2024-11-25: the end may not be final)');
  });

  it('says nothing while the announced end is ahead (Quincy on 2023-03-20)', async () => {
    const { report } = await check({ workspace: scs, asOf: '2023-03-20' as PlainDate, releases: ['R4'] });
    expect(report.pins.find((p) => p.pin.component === 'ceph' && p.cycle?.id === '17')!.end?.pointsAfter).toBeUndefined();
  });
});

describe('the note on point releases after a passed announced end, in every format', () => {
  it.each(['table', 'markdown', 'json', 'sarif', 'junit'] as const)('%s says so for Ceph Quincy as of 2024-12-01', async (format) => {
    const { report, productName } = await check({ workspace: scs, asOf: '2024-12-01' as PlainDate, releases: ['R4'] });
    const { CHECK_FORMATS } = await import('../render/check-formats.js');
    const renderer = CHECK_FORMATS.find((r) => r.id === format)!;
    const text = await renderer.render(report, { names: productName, failOn: 'error', exitCode: 0 });
    expect(text).toContain(
      'ceph 17: the announced end of its maintained phase, 2024-06-01, has passed, yet 1 point release came after it (latest 17.2.8 of 2024-11-25)',
    );
  });
});
