import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/app/paths.js';
import { plan } from '../src/app/plan.js';
import { renderPathsTable } from '../src/render/paths-text.js';
import { renderPlanTable } from '../src/render/plan-text.js';
import { repoRoot } from './paths.js';

const file = join(repoRoot, 'docs/planning.md');
const PATHS_MARK = /<!-- generated: paths (\S+) (.+?) -->\n[\s\S]*?<!-- end: paths -->/g;
const MARK = /<!-- generated: plan (\S+) (.+?) -->\n[\s\S]*?<!-- end: plan -->/g;

/** `--release R4.1 --from R4 …` → the plan input. */
function input(workspace: string, args: string): Parameters<typeof plan>[0] {
  const flags = Object.fromEntries([...args.matchAll(/--([\w-]+) (\S+)/g)].map((m) => [m[1], m[2]]));
  return {
    workspace: join(repoRoot, workspace),
    release: flags.release as string,
    date: flags.date as never,
    asOf: flags['as-of'] as never,
    ...(flags.from ? { from: flags.from } : {}),
  };
}

describe('docs/planning.md', () => {
  it('shows what `upkeep plan` prints for its walk-through (UPDATE_DOCS=1 rewrites it)', async () => {
    const doc = readFileSync(file, 'utf8');
    let out = doc;
    for (const m of [...doc.matchAll(MARK)]) {
      const [whole, workspace, args] = m as unknown as [string, string, string];
      const { plan: p, productName } = await plan(input(workspace, args));
      const text = renderPlanTable(p, productName);
      out = out.replace(whole, `<!-- generated: plan ${workspace} ${args} -->\n\`\`\`text\n${text}\`\`\`\n<!-- end: plan -->`);
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, out);
    else expect(doc).toBe(out);
  });

  it('shows what `upkeep paths` prints (UPDATE_DOCS=1 rewrites it)', async () => {
    const doc = readFileSync(file, 'utf8');
    let out = doc;
    for (const m of [...doc.matchAll(PATHS_MARK)]) {
      const [whole, workspace, args] = m as unknown as [string, string, string];
      const flags = Object.fromEntries([...args.matchAll(/--([\w-]+) (\S+)/g)].map((f) => [f[1], f[2]]));
      const r = await paths({ workspace: join(repoRoot, workspace), from: flags.from as string, to: flags.to as string, asOf: flags['as-of'] as never });
      const text = renderPathsTable(r.paths, r.productName, r.workspaceName);
      out = out.replace(whole, `<!-- generated: paths ${workspace} ${args} -->\n\`\`\`text\n${text}\`\`\`\n<!-- end: paths -->`);
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, out);
    else expect(doc).toBe(out);
  });
});
