#!/usr/bin/env node
// Writes the documents generated from code (checked for drift by tests). Run after `npm run build`.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

// First the code generated from the standards' texts: the docs below are generated from it, so a
// change is built before they are written.
const { parseStandardFlavorTables, renderStandardFlavorsModule } = await import('../dist/core/flavor/standard-table.js');
const scs0103Text = '../shared/data/scs-standards/scs-0103-v1-standard-flavors.md';
const scs0103Module = new URL('../src/core/flavor/scs-0103.ts', import.meta.url);
const scs0103 = renderStandardFlavorsModule(parseStandardFlavorTables(readFileSync(new URL(`../${scs0103Text}`, import.meta.url), 'utf8')), scs0103Text);
let before = '';
try {
  before = readFileSync(scs0103Module, 'utf8');
} catch {}
if (before !== scs0103) {
  writeFileSync(scs0103Module, scs0103);
  console.log('wrote src/core/flavor/scs-0103.ts; building again');
  execSync('npm run build', { stdio: 'inherit' });
}

const { z } = await import('zod');
const { renderGrammarMarkdown } = await import('../dist/core/flavor/docs.js');
const { withRulesTables } = await import('../dist/core/policy/docs.js');
const { PolicyFile } = await import('../dist/core/policy/schema.js');
const { CheckOutput } = await import('../dist/render/schema.js');

const policyDoc = new URL('../docs/policy.md', import.meta.url);
writeFileSync(policyDoc, withRulesTables(readFileSync(policyDoc, 'utf8')));
writeFileSync(new URL('../docs/policy.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(PolicyFile, { io: 'input' }), null, 2)}\n`);
writeFileSync(new URL('../docs/check-output.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(CheckOutput), null, 2)}\n`);
writeFileSync(new URL('../docs/flavors.md', import.meta.url), renderGrammarMarkdown());
console.log('wrote docs/policy.md (rules tables), docs/policy.schema.json, docs/check-output.schema.json, docs/flavors.md');
const { CommitmentsFile } = await import('../dist/workspace/schema.js');
writeFileSync(new URL('../docs/commitments.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(CommitmentsFile, { io: 'input' }), null, 2)}\n`);
console.log('wrote docs/commitments.schema.json');
await import('./gen-notice-examples.mjs');
