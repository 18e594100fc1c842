import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { d } from '../../../test/builders.js';
import { repoRoot } from '../../../test/paths.js';
import { loadWorkspace } from '../../workspace/load.js';
import type { Workspace } from '../workspace.js';
import { check } from './check.js';
import { judgePin } from './judge.js';

let scs: Workspace;
beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
  scs = loadWorkspace(join(repoRoot, 'examples/scs'));
});

const said = (fs: readonly { rule: string; severity: string; date?: string | undefined }[]) =>
  fs.map((f) => `${f.severity} ${f.rule}${f.date ? ` ${f.date}` : ''}`);

describe('judgePin: what the rules would say of component C in release R at version V, as known on a date', () => {
  it.each([
    [
      'Pacific 16.2.11 leaves maintenance on 2023-06-01, before R4 ends: a warning, as community backports cover R4 (commitments.yaml)',
      'ceph',
      '16.2.11',
      '2023-03-20',
      ['warning horizon 2023-06-01'],
    ],
    ['Quincy 17.2.5 lasts past R4 and is mature (337 days, 2 point releases)', 'ceph', '17.2.5', '2023-03-20', []],
    ["Quincy 17.2.0 is its cycle's first point release", 'ceph', '17.2.0', '2023-03-20', ['warning maturity-first-point-release']],
    ['Reef 18.2.0 is no cycle known on 2023-03-20', 'ceph', '18.2.0', '2023-03-20', ['warning unknown-cycle']],
    ['Pacific 16.2.99 was never published', 'ceph', '16.2.99', '2023-03-20', ['warning horizon 2023-06-01', 'warning unknown-version']],
    ['Pacific 16.2.11 has ended, as known on 2024-06-01 (actual end 2024-03-04)', 'ceph', '16.2.11', '2024-06-01', ['info end-moved 2024-03-04']],
  ])('%s', (_title, component, version, asOf, expected) => {
    expect(said(judgePin(scs, { release: 'R4', component, version, asOf: d(asOf) }))).toEqual(expected);
  });

  it('says of each pin of R4 what check says of it (check judges every pin the same way)', () => {
    const report = check(scs, { asOf: d('2023-03-20'), releases: ['R4'] });
    const r4 = scs.releases.find((r) => r.id === 'R4')!;
    for (const pin of r4.pins) {
      const fromCheck = report.findings.filter((f) => f.component === pin.component && !f.alternative && f.rule !== 'compatibility');
      expect(judgePin(scs, { release: 'R4', component: pin.component, version: pin.version, asOf: d('2023-03-20') }), pin.component).toEqual(fromCheck);
    }
  });

  it('judges a release not written yet, and a version of no form as a bad-version finding of that pin', () => {
    const next = { id: 'R5', date: d('2023-09-20'), end: d('2024-04-30'), pins: [], alternatives: [] };
    // Quincy ends 2024-06-01, 32 days after a planned end of 2024-04-30: inside the 90-day warning window
    expect(said(judgePin(scs, { release: next, component: 'ceph', version: '17.2.5', asOf: d('2023-03-20') }))).toEqual(['warning horizon-close 2024-06-01']);
    expect(said(judgePin(scs, { release: 'R4', component: 'ceph', version: 'sixteen', asOf: d('2023-03-20') }))).toEqual(['warning bad-version']);
  });
});
