import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown.js';
import { readText } from './yaml-file.js';

const dir = mkdtempSync(join(tmpdir(), 'upkeep-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.UPKEEP_MAX_FILE_MB;
});

describe('reading an input file', () => {
  it('names a missing file once, and the kind of file in the hint', () => {
    const e = thrown(() => readText(join(dir, 'series_status.yaml'), 'series_status.yaml'));
    expect(e).toMatchObject({ code: 'UPK_FILE_NOT_FOUND', message: `${join(dir, 'series_status.yaml')} does not exist` });
    expect(e.hint).toBe('check the path of the series_status.yaml (it is relative to the current directory)');
  });

  it('says a folder is a folder', () => {
    mkdirSync(join(dir, 'products'));
    expect(thrown(() => readText(join(dir, 'products'), 'endoflife.date product file'))).toMatchObject({
      code: 'UPK_FILE_UNREADABLE',
      message: `${join(dir, 'products')} is a folder, not a file`,
      hint: 'name the endoflife.date product file inside it',
    });
  });

  it('refuses a binary file (a NUL byte in its first 8 KiB) without decoding it', () => {
    writeFileSync(join(dir, 'sbom.json.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
    expect(thrown(() => readText(join(dir, 'sbom.json.gz'), 'SBOM'))).toMatchObject({
      code: 'UPK_FILE_UNREADABLE',
      message: `${join(dir, 'sbom.json.gz')} is a binary file, not a text file`,
      hint: 'give the SBOM itself (unpacked, as UTF-8 text)',
    });
  });

  it('refuses a file over the size limit before reading it, and says how to raise the limit', () => {
    process.env.UPKEEP_MAX_FILE_MB = '1';
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(1024 * 1024 + 1));
    const e = thrown(() => readText(join(dir, 'big.yaml'), 'policy file'));
    expect(e).toMatchObject({ code: 'UPK_FILE_UNREADABLE', message: `${join(dir, 'big.yaml')} is 1.0 MB; upkeep reads input files up to 1.0 MB` });
    expect(e.hint).toBe('check that it is the policy file you meant; to read a larger one, set UPKEEP_MAX_FILE_MB (e.g. UPKEEP_MAX_FILE_MB=3)');
    process.env.UPKEEP_MAX_FILE_MB = '2';
    expect(readText(join(dir, 'big.yaml'))).toHaveLength(1024 * 1024 + 1);
  });

  it('drops a UTF-8 byte-order mark (Windows editors write one; JSON.parse refuses it)', () => {
    writeFileSync(join(dir, 'bom.json'), '\ufeff{"a": 1}');
    expect(JSON.parse(readText(join(dir, 'bom.json')))).toEqual({ a: 1 });
  });
});
