import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initWorkspace } from './init.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'upkeep-init-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('init keeps the embedded evidence database out of git', () => {
  it('writes a .gitignore with .upkeep/', () => {
    const dir = temp();
    initWorkspace({ dir });
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\.upkeep\/$/m);
  });

  it('adds the line to an existing .gitignore, once, keeping what is there', () => {
    const dir = temp();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/');
    initWorkspace({ dir });
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    expect(text.startsWith('node_modules/\n')).toBe(true);
    expect(text.match(/^\.upkeep\/$/gm)).toHaveLength(1);
  });

  it('leaves a .gitignore that ignores .upkeep/ already as it is', () => {
    const dir = temp();
    writeFileSync(join(dir, '.gitignore'), '/.upkeep/\n');
    initWorkspace({ dir });
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('/.upkeep/\n');
  });
});
