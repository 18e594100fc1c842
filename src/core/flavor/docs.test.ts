import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGrammarMarkdown } from './docs.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('docs/flavors.md', () => {
  it('is exactly what the grammar generates (run `npm run docs` after changing the grammar)', () => {
    const onDisk = readFileSync(path.join(repoRoot, 'docs/flavors.md'), 'utf8');
    expect(onDisk, 'docs/flavors.md is stale: run `npm run docs`').toBe(renderGrammarMarkdown());
  });

  it('lists every part of the grammar and the text-vs-parser differences', () => {
    const md = renderGrammarMarkdown();
    for (const title of ['CPUs and RAM', 'Root disk', 'Hypervisor', 'Hardware virtualisation', 'CPU architecture', 'GPU', 'InfiniBand']) expect(md).toContain(`| ${title}`);
    expect(md).toContain('SCS-2C-4-n_bms_3');
  });
});
