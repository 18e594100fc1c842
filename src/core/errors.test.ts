import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { ERROR_CATALOGUE } from './errors.js';

describe('the error catalogue', () => {
  it('lists in docs/errors.md exactly the codes of src/core/errors.ts, with the same meaning', () => {
    const doc = readFileSync(join(repoRoot, 'docs/errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(UPK_[A-Z_]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(ERROR_CATALOGUE);
  });
});
