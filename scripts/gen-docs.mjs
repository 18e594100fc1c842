#!/usr/bin/env node
// Writes the documents generated from code (checked for drift by tests). Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { renderGrammarMarkdown } from '../dist/core/flavor/docs.js';
import { withRulesTables } from '../dist/core/policy/docs.js';
import { PolicyFile } from '../dist/core/policy/schema.js';
import { CheckOutput } from '../dist/render/schema.js';

const policyDoc = new URL('../docs/policy.md', import.meta.url);
writeFileSync(policyDoc, withRulesTables(readFileSync(policyDoc, 'utf8')));
writeFileSync(new URL('../docs/policy.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(PolicyFile, { io: 'input' }), null, 2)}\n`);
writeFileSync(new URL('../docs/check-output.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(CheckOutput), null, 2)}\n`);
writeFileSync(new URL('../docs/flavors.md', import.meta.url), renderGrammarMarkdown());
console.log('wrote docs/policy.md (rules tables), docs/policy.schema.json, docs/check-output.schema.json, docs/flavors.md');
