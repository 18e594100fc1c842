#!/usr/bin/env node
// Writes the documents generated from code (checked for drift by tests). Run after `npm run build`.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { renderGrammarMarkdown } from '../dist/core/flavor/docs.js';
import { CheckOutput } from '../dist/render/schema.js';
import { PolicyFile } from '../dist/workspace/schema.js';

writeFileSync(new URL('../docs/policy.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(PolicyFile, { io: 'input' }), null, 2)}\n`);
writeFileSync(new URL('../docs/check-output.schema.json', import.meta.url), `${JSON.stringify(z.toJSONSchema(CheckOutput), null, 2)}\n`);
writeFileSync(new URL('../docs/flavors.md', import.meta.url), renderGrammarMarkdown());
console.log('wrote docs/policy.schema.json, docs/check-output.schema.json, docs/flavors.md');
