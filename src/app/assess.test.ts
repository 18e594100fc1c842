import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenario } from '../../test/evidence-builders.js';
import { fakeStore } from '../../test/fake-store.js';
import { repoRoot } from '../../test/paths.js';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { assessCandidate } from './assess.js';

const asOf = '2023-03-20' as PlainDate;
// examples/scs without its evidence manifest: the fake store holds the evidence
const dir = mkdtempSync(join(tmpdir(), 'upkeep-assess-app-'));
const workspace = join(dir, 'scs');
beforeAll(() => {
  process.env.UPKEEP_CACHE = 'off';
  cpSync(join(repoRoot, 'examples/scs'), workspace, { recursive: true });
  rmSync(join(workspace, 'evidence.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assessCandidate', () => {
  it("reads both versions' evidence of the environment from the store and the cycle from the workspace's lifecycle", async () => {
    const { candidate, baseline } = scenario(0.95);
    const store = fakeStore([candidate, baseline]);
    const { assessment, productName } = await assessCandidate(
      { workspace, product: 'ceph', candidate: '17.2.5', baseline: '16.2.11', env: 'gx-scs', asOf },
      store,
    );
    expect(productName).toBe('Ceph');
    expect(store.queries).toEqual([
      { product: 'ceph', version: '17.2.5', env: 'gx-scs' },
      { product: 'ceph', version: '16.2.11', env: 'gx-scs' },
    ]);
    expect(assessment.overall).toBe('not-yet');
    const upstream = assessment.verdicts.find((v) => v.criterion === 'upstream');
    // 17.2.0 … 17.2.5 were out by 2023-03-20
    expect(upstream).toMatchObject({ verdict: 'pass', lifecycle: { cycle: '17', codename: 'Quincy', pointReleases: 6, candidateReleased: '2022-10-19' } });
    expect(store.closed).toBe(false);
  });

  it('names the closest product when the product is unknown, and refuses a candidate equal to its baseline', async () => {
    const store = fakeStore([]);
    await expect(assessCandidate({ workspace, product: 'cepth', candidate: '17.2.5', baseline: '16.2.11', asOf }, store)).rejects.toMatchObject({
      code: 'UPK_UNKNOWN_PRODUCT',
      hint: expect.stringContaining('ceph'),
    });
    await expect(assessCandidate({ workspace, product: 'ceph', candidate: '17.2.5', baseline: '17.2.5', asOf }, store)).rejects.toBeInstanceOf(UpkeepError);
  });
});
