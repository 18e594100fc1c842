import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script (run after `npm run build`; npm test builds first)
import { measureAgreement, phaseEnds, publishedPhase } from '../scripts/endoflife-agreement.mjs';
import { columnMapping } from '../src/formats/endoflife/columns.js';
import { repoRoot } from './paths.js';

interface Disagreement {
  product: string;
  cycle: string;
  by: 'id' | 'latest';
  cause: string;
}
interface Agreement {
  products: number;
  judged: { id: number; latest: number };
  agreed: { id: number; latest: number };
  disagreements: Disagreement[];
  refused: string[];
}

describe('endoflife.date agreement on real product files (test/fixtures/endoflife-products)', () => {
  it('gives every cycle pinned by its id the phase its file says, on every date, and every latest pin too unless the import warned that it reaches another cycle or none', async () => {
    const r: Agreement = await measureAgreement(join(repoRoot, 'test/fixtures/endoflife-products'));
    expect(r.refused).toEqual([]);
    expect(r.products).toBe(15);
    expect(r.agreed.id).toBe(r.judged.id);
    expect(r.disagreements.filter((d) => d.cause !== 'latest-unreachable')).toEqual([]);
    const unreachable = [...new Set(r.disagreements.map((d) => `${d.product} ${d.cycle}`))];
    expect(unreachable.filter((u) => !u.startsWith('windows-server '))).toEqual([
      'amazon-rds-mysql 8.0', // its latest 8.0.46 is a cycle of its own
      'mule-runtime 4.9-lts', // 4.9.16 is also the latest of cycle 4.9
      'mule-runtime 4.6-lts',
      'pan-cortex-xdr 7.9', // its latest is 7.9.101-ce, a version of cycle 7.9-ce
    ]);
    // Windows Server's latest values are build numbers (10.0.26100) that no cycle id (2025) prefixes
    expect(unreachable.filter((u) => u.startsWith('windows-server ')).length).toBe(20);
    expect(r.agreed.latest).toBe(r.judged.latest - r.disagreements.length);
  }, 120_000);

  it.each([
    ['a cycle before its release date is future', { releaseDate: '2024-01-01', eol: '2030-01-01' }, '2023-12-31', 'future'],
    [
      'active support until eoas, then security support until eol',
      { releaseDate: '2020-01-01', eoas: '2022-01-01', eol: '2024-01-01' },
      '2022-01-01',
      'security',
    ],
    ['`support: true` means active support is still given', { support: true, eol: '2024-01-01' }, '2023-01-01', 'maintained'],
    ['an end date is the first day out of the phase', { eol: '2024-01-01' }, '2024-01-01', 'ended'],
    ['`eol: true` ends no earlier than the active support before it', { releaseDate: '2015-03-22', eoas: '2015-09-20', eol: true }, '2015-06-01', 'maintained'],
    ['extended support after eol', { eol: '2024-01-01', eoes: '2027-01-01' }, '2025-01-01', 'extended'],
    ['`extendedSupport: false`: none offered', { eol: '2024-01-01', extendedSupport: false }, '2025-01-01', 'ended'],
  ])('the file says: %s', (_title, row, date, phase) => {
    expect(publishedPhase(row, date)).toBe(phase);
  });

  // ubuntu.md (fixture): eoasColumn "Hardware & Maintenance", eolColumn "Maintenance & Security Support"
  const focal = { releaseCycle: '20.04', releaseDate: '2020-04-23', eoas: '2022-10-01', eol: '2025-05-31', eoes: '2030-04-02' };
  it.each([
    ['2022-09-30', 'maintained'],
    ['2023-03-20', 'maintained'], // after eoas (hardware enablement): still maintained, as Canonical publishes
    ['2025-05-30', 'maintained'],
    ['2025-05-31', 'extended'], // Expanded Security Maintenance until eoes
    ['2030-04-02', 'ended'],
  ])('Ubuntu 20.04 is %s → %s, its columns read through the documented mapping (eol ends maintenance, eoas no phase)', (date, phase) => {
    expect(publishedPhase(focal, date, phaseEnds(columnMapping('ubuntu')))).toBe(phase);
  });

  it('reads Ubuntu 20.04 on 2023-03-20 as security-only without the mapping: the literal reading the mapping corrects', () => {
    expect(publishedPhase(focal, '2023-03-20')).toBe('security');
  });
});
