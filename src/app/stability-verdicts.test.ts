import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenario } from '../../test/evidence-builders.js';
import { fakeStore } from '../../test/fake-store.js';
import { repoRoot } from '../../test/paths.js';
import { cliTempDirs } from '../../test/temp-dirs.js';
import type { PlainDate } from '../core/dates.js';
import { openWorkspace } from '../workspace/index.js';
import { stabilityVerdicts } from './stability-verdicts.js';

const temp = cliTempDirs('upkeep-verdicts-');
const asOf = '2023-03-20' as PlainDate;

/** examples/scs without its evidence manifest, its policy requiring "stable enough" of `products`. */
function scs(products: string[]): string {
  const ws = join(temp(), 'scs');
  cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true });
  rmSync(join(ws, 'evidence.yaml'));
  appendFileSync(join(ws, 'policy.yaml'), `\nstable_enough:\n  products: [${products.join(', ')}]\n`);
  return ws;
}

describe('stabilityVerdicts (for the planner)', () => {
  it("assesses each version of a listed product with evidence against the base release's pin, which counts as stable enough", async () => {
    const dir = scs(['ceph']);
    const ws = await openWorkspace(dir, { cache: false }).load();
    const { candidate, baseline } = scenario(0.95);
    const verdicts = await stabilityVerdicts(dir, ws, 'R4', asOf, { store: fakeStore([candidate, baseline]) });
    expect(Object.fromEntries(verdicts ?? [])).toEqual({ 'ceph@16.2.11': 'stable-enough', 'ceph@17.2.5': 'not-yet' });
  });

  it('opens no store when the policy lists no product', async () => {
    const dir = scs([]);
    const ws = await openWorkspace(dir, { cache: false }).load();
    expect(await stabilityVerdicts(dir, ws, 'R4', asOf)).toBeUndefined();
  });
});
