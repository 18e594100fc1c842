import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_POLICY, PolicyFile } from '../../policy/schema.js';
import { FINDING_RULES } from '../finding.js';
import { RULES } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_RULES = new Set(['index.ts', 'types.ts', 'severity-only.ts']);

describe('the rules registry', () => {
  it('lists every rule file of src/core/check/rules once, and nothing else', () => {
    const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f));
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: policy key, default, findings and template are declared', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.key).toBe(id.replaceAll('-', '_'));
    expect(PolicyFile.shape).toHaveProperty(rule.key);
    expect(DEFAULT_POLICY).toHaveProperty(rule.property, rule.fromFile(rule.schema(z).parse(undefined) as never));
    expect(Object.keys(rule.findings).length).toBeGreaterThan(0);
    for (const when of Object.values<string>(rule.findings)) expect(when).toMatch(/^[^\n]+$/);
    expect(rule.template.comment.length).toBeGreaterThan(0);
  });

  it('gives each kind of finding to one rule; SARIF lists them all', () => {
    const kinds = RULES.flatMap((r) => Object.keys(r.findings));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...FINDING_RULES].sort()).toEqual([...kinds].sort());
  });

  it('keeps no state between checks: no module-level Map or WeakMap in src/core/check', () => {
    const dir = dirname(here);
    const sources = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(here).map((f) => join(here, f))].filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/^(export )?(const|let) \w+ = new (Weak)?Map\b/m);
  });
});
