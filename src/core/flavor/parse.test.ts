import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from './grammar.js';
import { parseFlavorName } from './parse.js';

function failureOf(name: string) {
  const r = parseFlavorName(name);
  if (r.kind !== 'invalid') throw new Error(`${name} should be invalid, is ${r.kind}`);
  return r.failure;
}

describe('parse failures say where and what was expected', () => {
  it.each([
    ['SCS-2-4', 'main-part', 5, "CPU type: 'L', 'V', 'T' or 'C'"],
    ['SCS-2iT-4-10n', 'main-part', 5, "CPU type: 'L', 'V', 'T' or 'C'"],
    ['SCS-2V-', 'bad-value', 7, 'GiB of RAM (a positive multiple of 0.5)'],
    ['SCS-', 'main-part', 4, "CPU type: 'L', 'V', 'T' or 'C'"],
  ] as const)('%s fails (%s) at position %s', (name, code, position, expected) => {
    const f = failureOf(name as string);
    expect(f).toMatchObject({ code, position, expected });
  });

  it('extra characters point at the first unread character and list what may follow', () => {
    const f = failureOf('SCS-2V-4_z3_bms');
    expect(f).toMatchObject({ code: 'extra-characters', position: 11, found: '_bms' });
    expect(f.expected).toBe("'_G' or '_g' (GPU); '_ib' (InfiniBand); the end of the name");
  });

  it('a bad value points at the value and names the field', () => {
    expect(failureOf('SCS-4C-16_i7')).toMatchObject({ code: 'bad-value', position: 11, found: '7', field: 'cpu.generation', referenceField: 'cpugen' });
    expect(failureOf('SCS-2V-1.25')).toMatchObject({ code: 'bad-value', position: 7, field: 'ram' });
    expect(failureOf('SCS-2V-4_GNa-0')).toMatchObject({ code: 'bad-value', position: 13, field: 'gpu.units' });
    expect(failureOf('SCS-V-4')).toMatchObject({ code: 'bad-value', position: 4, field: 'cpus', syntax: 'v2' });
  });

  it('mixed separators are read in the syntax that gets further', () => {
    expect(failureOf('SCS-2V:4-10')).toMatchObject({ code: 'extra-characters', position: 8, syntax: 'v1', found: '-10' });
    expect(failureOf('SCS-2V-4:10')).toMatchObject({ code: 'extra-characters', position: 8, syntax: 'v2', found: ':10' });
  });

  it('a v1 name with a bad extension reports the v1 reading', () => {
    expect(failureOf('SCS-2C:4:10-hwv-xen')).toMatchObject({ code: 'extra-characters', position: 15, syntax: 'v1', found: '-xen' });
  });

  it('rejects the empty name, white space and overlong names precisely', () => {
    expect(failureOf('')).toMatchObject({ code: 'empty', position: 0 });
    expect(failureOf('SCS-2V-4 ')).toMatchObject({ code: 'whitespace', position: 8 });
    expect(failureOf('SCS-2V\t-4')).toMatchObject({ code: 'whitespace', position: 6 });
    expect(failureOf(`SCS-2V-4${'_ib'.repeat(100)}`)).toMatchObject({ code: 'too-long', position: MAX_NAME_LENGTH });
    expect(failureOf(`SCS-${'9'.repeat(20)}V-4`)).toMatchObject({ code: 'bad-value', field: 'cpus' });
  });

  it('white space before SCS- is an error at its position that says what to do, not a foreign name', () => {
    const f = failureOf(' SCS-2V-4');
    expect(f).toMatchObject({ code: 'whitespace', position: 0, found: ' ' });
    expect(f.message).toBe("a space at position 0; flavor names contain no white space: remove the leading/trailing white space: 'SCS-2V-4'");
    expect(failureOf('\tSCS-2V-4')).toMatchObject({ code: 'whitespace', position: 0 });
    expect(parseFlavorName(' m1.small').kind).toBe('not-scs');
  });

  it('reads numbers by value, as the reference parser does, and rejects only values of 10^15 and more', () => {
    expect(parseFlavorName('SCS-2V-0.50000000000000000')).toMatchObject({ kind: 'flavor', flavor: { ram: 0.5 } });
    expect(parseFlavorName('SCS-0000000000000000002V-4')).toMatchObject({ kind: 'flavor', flavor: { cpus: 2 } });
    expect(parseFlavorName('SCS-2V-4-000000000000000000010')).toMatchObject({ kind: 'flavor', flavor: { disk: { size: 10 } } });
    expect(failureOf('SCS-2V-0.5000000000000001')).toMatchObject({
      code: 'bad-value',
      field: 'ram',
      message: 'GiB of RAM must be a positive multiple of 0.5, not 0.5000000000000001',
    });
    expect(failureOf('SCS-2V-1000000000000000')).toMatchObject({
      code: 'bad-value',
      field: 'ram',
      message: 'GiB of RAM is too large: at most 15 digits before the point',
    });
    expect(failureOf('SCS-1000000000000000V-4')).toMatchObject({
      code: 'bad-value',
      field: 'cpus',
      message: 'number of vCPUs is too large: at most 15 digits',
    });
  });

  it('names without the SCS- prefix are not SCS flavors, not errors', () => {
    expect(parseFlavorName('m1.small').kind).toBe('not-scs');
    expect(parseFlavorName('scs-2V-4').kind).toBe('not-scs');
    expect(parseFlavorName('my flavor').kind).toBe('not-scs');
  });

  it('reports the syntax and the oldest standard version whose tables hold the values', () => {
    expect(parseFlavorName('SCS-2V:4:10')).toMatchObject({ kind: 'flavor', syntax: 'v1', version: 'v1' });
    expect(parseFlavorName('SCS-2V-4-10')).toMatchObject({ kind: 'flavor', syntax: 'v2', version: 'v2' });
    expect(parseFlavorName('SCS-2V-4_chy')).toMatchObject({ kind: 'flavor', syntax: 'v2', version: 'v3' });
    expect(parseFlavorName('SCS-2V-4_GNa-14-6h')).toMatchObject({ kind: 'flavor', version: 'v3' });
    expect(parseFlavorName('SCS-2V-4-10')).toMatchObject({ valuesSince: 'v1' });
    expect(parseFlavorName('SCS-2V:4-chy')).toMatchObject({ kind: 'invalid' });
    expect(parseFlavorName('SCS-2V:4-z5')).toMatchObject({ kind: 'flavor', syntax: 'v1', valuesSince: 'v3' });
  });
});
