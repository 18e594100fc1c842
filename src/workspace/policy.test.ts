import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { repoRoot } from '../../test/paths.js';
import { withRulesTables } from '../core/policy/docs.js';
import { DEFAULT_POLICY } from '../core/policy/schema.js';
import { parseYaml, validate } from '../files/yaml-file.js';
import { policyFromFile } from './convert.js';
import { PolicyFile } from './schema.js';
import { POLICY_TEMPLATE } from './templates.js';

describe('the policy file', () => {
  it('upkeep init writes a policy that reads as the defaults the rules declare', () => {
    expect(policyFromFile(validate(PolicyFile, parseYaml(POLICY_TEMPLATE, 'policy.yaml'), 'fix'))).toEqual(DEFAULT_POLICY);
  });

  it('an empty policy file means the defaults', () => {
    expect(policyFromFile(validate(PolicyFile, parseYaml('{}', 'policy.yaml'), 'fix'))).toEqual(DEFAULT_POLICY);
  });

  it('docs/policy.schema.json is the JSON Schema of the policy (run `npm run docs` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, 'docs/policy.schema.json'), 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(PolicyFile, { io: 'input' }));
  });

  it('docs/policy.md holds the rules tables the registry makes (run `npm run docs` after changing a rule)', () => {
    const doc = readFileSync(join(repoRoot, 'docs/policy.md'), 'utf8');
    expect(doc).toBe(withRulesTables(doc));
  });

  it('docs/policy.md explains every key of the policy', () => {
    const doc = readFileSync(join(repoRoot, 'docs/policy.md'), 'utf8');
    const keys = Object.entries(PolicyFile.shape).flatMap(([k, v]) => {
      const inner = (v as unknown as { unwrap?: () => { shape?: Record<string, unknown> } }).unwrap?.();
      return [k, ...Object.keys(inner?.shape ?? {}).map((sub) => `${k}.${sub}`)];
    });
    for (const key of keys) expect(doc, key).toContain(`\`${key.split('.').pop()}\``);
  });
});
