import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { ERROR_CATALOGUE, type Problem, throwProblems, UpkeepError } from './errors.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every code a source file names, except the catalogue itself and the words module (they name every code). */
function raisedCodes(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  const src = join(repoRoot, 'src');
  for (const file of sources(src)) {
    const path = relative(src, file);
    if (path === join('core', 'errors.ts') || path === join('render', 'problems.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/'(UPK_[A-Z_]+)'/g)) where.set(m[1] as string, [...(where.get(m[1] as string) ?? []), path]);
  }
  return where;
}

describe('the error catalogue', () => {
  it('lists in docs/errors.md exactly the codes of src/core/errors.ts, with the same meaning', () => {
    const doc = readFileSync(join(repoRoot, 'docs/errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(UPK_[A-Z_]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(ERROR_CATALOGUE);
  });

  it('has every documented code raised somewhere in src, and every raised code documented', () => {
    expect([...raisedCodes().keys()].sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });
});

describe('problems thrown together', () => {
  const lifecycle: Problem = { code: 'UPK_BAD_LIFECYCLE', path: ['cycles', 1], facts: { rule: 'duplicate-cycle', cycle: '3.0' } };
  const worded: Problem = { code: 'UPK_SCHEMA', message: 'missing', hint: 'add it', location: { file: 'a.yaml', line: 3 } };

  it('throwProblems returns when there are none and throws one error holding all of them otherwise', () => {
    expect(() => throwProblems([])).not.toThrow();
    const e = (() => {
      try {
        throwProblems([worded, lifecycle]);
      } catch (e) {
        return e as UpkeepError;
      }
    })();
    expect(e).toBeInstanceOf(UpkeepError);
    expect(e?.problems).toEqual([worded, lifecycle]);
    expect(e).toMatchObject({ code: 'UPK_SCHEMA', message: 'missing', hint: 'add it', location: { file: 'a.yaml', line: 3 } });
  });

  it('an error headed by a core problem carries its code and facts, not words', () => {
    const e = new UpkeepError([lifecycle]);
    expect(e.code).toBe('UPK_BAD_LIFECYCLE');
    expect(e.message).toBe('UPK_BAD_LIFECYCLE {"rule":"duplicate-cycle","cycle":"3.0"}');
    expect(e.location).toEqual({});
  });

  it('the worded form of one problem, as the edges write it, is one problem', () => {
    expect(new UpkeepError('UPK_USAGE', '--x is required', 'add --x').problems).toEqual([
      { code: 'UPK_USAGE', location: {}, message: '--x is required', hint: 'add --x' },
    ]);
  });
});
