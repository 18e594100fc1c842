import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitFiles } from './atomic-write.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'upkeep-commit-'));
  dirs.push(d);
  return d;
}

describe('commitFiles writes all files or none', () => {
  it('replaces, creates and removes files in one change', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), 'old a');
    writeFileSync(join(d, 'gone.jsonl'), 'old');
    commitFiles([
      { path: join(d, 'a.yaml'), content: 'new a' },
      { path: join(d, 'sub/b.yaml'), content: 'new b' },
      { path: join(d, 'gone.jsonl'), content: null },
    ]);
    expect(readFileSync(join(d, 'a.yaml'), 'utf8')).toBe('new a');
    expect(readFileSync(join(d, 'sub/b.yaml'), 'utf8')).toBe('new b');
    expect(readdirSync(d).sort()).toEqual(['a.yaml', 'sub']);
  });

  it('leaves everything as it was when one file cannot be put in place', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), 'old a');
    writeFileSync(join(d, 'b.yaml'), 'old b');
    let renames = 0;
    const failingSecondPlacement = (from: string, to: string) => {
      if (from.endsWith('.new') && ++renames === 2) throw Object.assign(new Error('EIO: i/o error'), { path: to });
      renameSync(from, to);
    };
    expect(() =>
      commitFiles(
        [
          { path: join(d, 'a.yaml'), content: 'new a' },
          { path: join(d, 'b.yaml'), content: 'new b' },
        ],
        failingSecondPlacement,
      ),
    ).toThrowError(expect.objectContaining({ code: 'UPK_WRITE_FAILED' }));
    expect(readFileSync(join(d, 'a.yaml'), 'utf8')).toBe('old a');
    expect(readFileSync(join(d, 'b.yaml'), 'utf8')).toBe('old b');
    expect(readdirSync(d).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('refuses to replace a folder', () => {
    const d = dir();
    mkdirSync(join(d, 'b.yaml'));
    expect(() => commitFiles([{ path: join(d, 'b.yaml'), content: 'x' }])).toThrowError(expect.objectContaining({ code: 'UPK_WRITE_FAILED' }));
    expect(readdirSync(d)).toEqual(['b.yaml']);
  });

  it('leaves everything as it was when a file cannot be written', () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), 'old a');
    writeFileSync(join(d, 'blocker'), 'a file, not a folder');
    expect(() =>
      commitFiles([
        { path: join(d, 'a.yaml'), content: 'new a' },
        { path: join(d, 'blocker/c.yaml'), content: 'c' },
      ]),
    ).toThrowError(expect.objectContaining({ code: 'UPK_WRITE_FAILED' }));
    expect(readFileSync(join(d, 'a.yaml'), 'utf8')).toBe('old a');
    expect(readdirSync(d).sort()).toEqual(['a.yaml', 'blocker']);
  });
});
