import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';

const example = join(repoRoot, 'examples/scs');
const copy = mkdtempSync(join(tmpdir(), 'upkeep-scs-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('examples/scs', () => {
  it('is what scripts/build-scs-example.sh makes from ../shared/data (run it after changing an importer)', () => {
    cpSync(example, copy, { recursive: true });
    execFileSync('bash', [join(repoRoot, 'scripts/build-scs-example.sh')], {
      cwd: repoRoot,
      env: { ...process.env, UPKEEP_EXAMPLE_DIR: copy, UPKEEP_CACHE: 'off' },
      stdio: 'pipe',
    });
    for (const sub of ['', 'products', 'releases', 'evidence']) {
      const mine = (f: string) => sub === 'evidence' || /\.(ya?ml|jsonl)$/.test(f);
      const files = readdirSync(join(example, sub)).filter(mine);
      expect(readdirSync(join(copy, sub)).filter(mine).sort()).toEqual(files.sort());
      for (const f of files)
        expect(readFileSync(join(copy, sub, f), 'utf8'), `${sub}/${f} is stale: run npm run example`).toBe(readFileSync(join(example, sub, f), 'utf8'));
    }
  }, 120_000);
});
