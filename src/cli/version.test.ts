import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../test/cli-io.js';
import { repoRoot } from '../../test/paths.js';

describe('upkeep --version', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${version}\n`);
  });
});

describe('the bundle', () => {
  it("prints package.json's version too", async () => {
    const { spawnSync } = await import('node:child_process');
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [join(repoRoot, 'dist/bundle/bin.js'), '--version'], { encoding: 'utf8' });
    expect(r.stdout).toBe(`${version}\n`);
  });
});
