import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown.js';
import { writeSiteFolder } from './site-export.js';

const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'upkeep-site-write-'));
  temps.push(d);
  return d;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writing a static site', () => {
  it('writes every file, in sub-folders too, as one new folder', () => {
    const out = join(temp(), 'deep', 'site');
    writeSiteFolder(out, [
      { path: 'index.html', content: 'home' },
      { path: 'assets/a.txt', content: 'a' },
    ]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
    expect(readFileSync(join(out, 'assets/a.txt'), 'utf8')).toBe('a');
    expect(readdirSync(join(out, '..'))).toEqual(['site']);
  });

  it('writes nothing when a file cannot be written: no target, no temporary folder left', () => {
    const parent = temp();
    const out = join(parent, 'site');
    const e = thrown(() =>
      writeSiteFolder(out, [
        { path: 'a', content: 'file' },
        { path: 'a/b.html', content: 'under a file' },
      ]),
    );
    expect(e).toMatchObject({ code: 'UPK_WRITE_FAILED' });
    expect(String((e as Error).message)).toMatch(/could not write the site to .*site/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('keeps an empty target folder when the write fails', () => {
    const out = temp();
    expect(() =>
      writeSiteFolder(out, [
        { path: 'a', content: '' },
        { path: 'a', content: 'twice' },
      ]),
    ).toThrow(/could not write the site/);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a folder that is not empty, before writing anything', () => {
    const out = temp();
    mkdirSync(join(out, 'old'));
    writeFileSync(join(out, 'old', 'x'), 'x');
    expect(thrown(() => writeSiteFolder(out, [{ path: 'index.html', content: '' }]))).toMatchObject({ code: 'UPK_SITE_NOT_EMPTY' });
    expect(readdirSync(out)).toEqual(['old']);
  });
});
