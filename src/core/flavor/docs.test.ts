import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGrammarMarkdown } from './docs.js';
import { PARTS, type ValueTable } from './grammar.js';
import { STANDARD_FLAVORS } from './scs-0103.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const onDisk = readFileSync(path.join(repoRoot, 'docs/flavors.md'), 'utf8');

/** Every table of the grammar with the element it belongs to, e.g. `CPU generation for z`. */
function tables(): { what: string; values: ValueTable }[] {
  const out: { what: string; values: ValueTable }[] = [];
  for (const part of PARTS) {
    for (const el of part.elements) {
      if (el.kind === 'choice' || el.kind === 'option' || el.kind === 'run') out.push({ what: el.label, values: el.values });
      if (el.kind === 'generation') for (const [owner, values] of Object.entries(el.tables)) out.push({ what: `${el.label} for ${owner}`, values });
    }
  }
  return out;
}

/** The table row of a part in the doc. */
const rowOf = (title: string): string => onDisk.split('\n').find((l) => l.startsWith(`| ${title}`)) ?? '';

describe('docs/flavors.md', () => {
  it('is exactly what the grammar generates (run `npm run docs` after changing the grammar)', () => {
    expect(onDisk, 'docs/flavors.md is stale: run `npm run docs`').toBe(renderGrammarMarkdown());
  });

  it.each(tables().map((t) => [t.what, t.values] as const))('the row of its part gives every value of %s with its meaning', (_what, values) => {
    const rows = PARTS.map((p) => rowOf(p.title)).join('\n');
    for (const v of values) {
      const token = v.token === '' ? '(none)' : `\`${v.token}\``;
      expect(rows).toContain(`${token} ${v.label}`);
    }
  });

  it('gives every flag of a part with its meaning, in the row of that part', () => {
    for (const part of PARTS) {
      for (const el of part.elements) if (el.kind === 'flag') expect(rowOf(part.title)).toContain(`\`${el.token}\`: ${el.label}`);
    }
  });

  it('lists the scs-0103 v1.2 standard flavors with their level and table, 15 mandatory and 16 recommended', () => {
    const listed = onDisk.split('\n').filter((l) => /^\| `SCS-[^`]+` \| (mandatory|recommended) \|/.test(l));
    expect(listed).toHaveLength(31);
    for (const s of STANDARD_FLAVORS) expect(listed.some((l) => l.startsWith(`| \`${s.name}\` | ${s.level} | ${s.table} |`))).toBe(true);
    expect(onDisk).toContain('| `SCS-16V-128` | recommended | Recommended, part 2 | 16 | shared-core | 128 |  |  |');
    expect(onDisk).toContain('| `SCS-1V-4-10` | recommended | Recommended, part 1 | 1 | shared-core | 4 | 10 | (any) |');
  });

  it('says how names that understate their flavor and v2 names under --standard v1 are judged', () => {
    expect(onDisk).toContain('Names may understate, never overstate');
    expect(onDisk).toContain('`flavor check --standard v1`** accepts both syntaxes');
  });
});
