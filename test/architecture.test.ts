import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';

/** The layering of DESIGN.md, checked: a dependency only points down, and the core is pure. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const src = join(repoRoot, 'src');
const files = sources(src).map((p) => ({ path: relative(src, p), text: readFileSync(p, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
/**
 * The intended layers (DESIGN.md): each top folder of src/ and the folders it may import.
 * `files` is the shared file edge (read with limits, YAML/JSON with locations, atomic writes)
 * that workspace, formats and store stand on. Nothing imports cli or server.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: ['core'],
  files: ['core', 'files'],
  workspace: ['core', 'files', 'workspace'],
  formats: ['core', 'files', 'formats'],
  store: ['core', 'files', 'store'],
  render: ['core', 'render'],
  web: ['core', 'render', 'web'],
  app: ['core', 'files', 'workspace', 'store', 'formats', 'app'],
  // `upkeep serve` starts the server edge (src/cli/commands/serve.ts, loaded only by that command)
  cli: ['app', 'render', 'web', 'cli', 'server'],
  server: ['app', 'render', 'web', 'server'],
};
/** Imports that break the picture today and are being moved (must shrink to nothing). */
const NOT_YET: readonly string[] = [];

/** Relative imports of each file, resolved to file paths under src. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files) {
    const deps = imports(f.text)
      .filter((i) => i.startsWith('.'))
      .map((i) => relative(src, join(src, f.path, '..', i)).replace(/\.js$/, '.ts'));
    g.set(f.path, deps);
  }
  return g;
}

describe('architecture', () => {
  it('has no import cycles', () => {
    const g = graph();
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const dep of g.get(node) ?? []) visit(dep, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of g.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('names files in kebab-case', () => {
    const bad = sources(src)
      .map((p) => relative(src, p))
      .filter((p) => !p.split('/').every((part) => /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/.test(part)));
    expect(bad).toEqual([]);
  });

  it.each(files.filter((f) => f.path.startsWith('core/')).map((f) => [f.path, f.text]))('%s does no I/O and reads no clock', (_path, text) => {
    expect(imports(text).filter((i) => i.startsWith('node:') || ['fs', 'path', 'pg', 'fastify', 'yaml', 'js-yaml'].includes(i))).toEqual([]);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|process\.(env|argv|cwd)/);
  });

  it.each(files.map((f) => [f.path, f.text]))('%s imports only what its layer may import', (path, text) => {
    const own = path.split('/')[0] as string;
    const allowed = MAY_IMPORT[own];
    expect(allowed, `src/${own} is not a layer of DESIGN.md`).toBeDefined();
    for (const i of imports(text).filter((x) => x.startsWith('.'))) {
      const target = relative(src, join(src, path, '..', i)).split('/')[0] as string;
      if (NOT_YET.includes(`${path} -> ${target}`)) continue;
      expect(allowed, `${path} imports ${i} (${own} may import ${allowed?.join(', ')})`).toContain(target);
    }
  });
});
