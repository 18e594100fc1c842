/**
 * The shared scs-0100 test vectors: every row's verdict, fields, canonical and short name.
 * Fields are rendered in the vectors' own notation so one string comparison checks them all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateName, generateShortName } from './generate.js';
import { parseFlavorNameAs } from './parse.js';
import type { Flavor, StandardVersion } from './types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const vectorsFile = path.resolve(repoRoot, '../shared/data/scs-flavors/vectors.tsv');

interface Vector {
  readonly line: number;
  readonly name: string;
  readonly valid: boolean;
  readonly version: StandardVersion;
  readonly expected: string;
}

function readVectors(): Vector[] {
  const lines = readFileSync(vectorsFile, 'utf8').split('\n');
  const rows: Vector[] = [];
  lines.slice(1).forEach((text, i) => {
    if (text.trim() === '') return;
    const [name = '', valid = '', version = '', expected = ''] = text.split('\t');
    rows.push({ line: i + 2, name, valid: valid === 'yes', version: version as StandardVersion, expected });
  });
  return rows;
}

const ram = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)}GiB`;
const CPU_TYPE_NAMES = { L: 'crowded-core', V: 'shared-core', T: 'dedicated-thread', C: 'dedicated-core' } as const;

/** A flavor in the vectors' notation: `cpus=2 type=C(dedicated-core) ram=4GiB; disk: n=1 size=10 type=n; …`. */
function vectorNotation(f: Flavor): string {
  let main = `cpus=${f.cpus} type=${f.cpuType}(${CPU_TYPE_NAMES[f.cpuType]})`;
  if (f.insecure) main += ' insecure(i)';
  main += ` ram=${ram(f.ram)}`;
  if (f.noEcc) main += ' noECC(u)';
  if (f.ramOversubscribed) main += ' ramOversub(o)';
  const segments = [main];
  segments.push(f.disk ? `disk: n=${f.disk.count} size=${f.disk.size ?? 'auto'} type=${f.disk.type ?? 'unspec'}` : 'no disk (boot-from-volume)');
  if (f.hypervisor) segments.push(`hyp=${f.hypervisor}`);
  if (f.hwv) segments.push('hwv');
  if (f.cpu) segments.push(`cpu vendor=${f.cpu.vendor} gen=${f.cpu.generation ?? 'unspec'} freq=${f.cpu.frequency ?? 'std'}`);
  if (f.gpu) {
    const g = f.gpu;
    segments.push(
      `gpu type=${g.type} vendor=${g.vendor} gen=${g.generation ?? 'unspec'} units=${g.units ?? 'None'} unitfreq=${g.unitFrequency ?? 'std'} vram=${g.vram ?? 'None'} vrambw=${g.vramBandwidth ?? 'std'}`,
    );
  }
  if (f.ib) segments.push('ib');
  return segments.join('; ');
}

interface ExpectedValid {
  readonly fields: string;
  readonly canonical?: string;
  readonly short?: string;
}

function expectedValid(text: string): ExpectedValid {
  const head = text.split(' || ')[0] ?? '';
  let canonical: string | undefined;
  let short: string | undefined;
  const fields: string[] = [];
  for (const seg of head.split('; ')) {
    if (seg.startsWith('short=')) short = seg.slice('short='.length);
    else if (seg.startsWith('canonical=')) canonical = seg.slice('canonical='.length).replace(/ \(differs from input\)$/, '');
    else fields.push(seg);
  }
  return { fields: fields.join('; '), ...(canonical ? { canonical } : {}), ...(short ? { short } : {}) };
}

const vectors = readVectors();

describe('scs-0100 test vectors', () => {
  it('has all 398 rows', () => {
    expect(vectors).toHaveLength(398);
  });

  const valid = vectors.filter((v) => v.valid);
  const invalid = vectors.filter((v) => !v.valid);

  it.each(valid.map((v) => [v.name, v.version, v] as const))('%s is a valid %s name with the listed fields, canonical and short form', (_n, _v, row) => {
    const result = parseFlavorNameAs(row.name, row.version);
    if (result.kind !== 'flavor') throw new Error(`line ${row.line}: expected valid, got ${JSON.stringify(result)}`);
    const want = expectedValid(row.expected);
    expect(vectorNotation(result.flavor)).toBe(want.fields);
    const canonical = want.canonical ?? row.name;
    expect(generateName(result.flavor, row.version)).toBe(canonical);
    expect(generateShortName(result.flavor, row.version)).toBe(want.short ?? canonical);
    if (row.version === 'v1') expect(result.syntax).toBe('v1');
    else expect(result.syntax).toBe('v2');
  });

  it.each(invalid.map((v) => [v.name, v.version, v] as const))('%s is rejected as %s the way the reference parser rejects it', (_n, _v, row) => {
    const result = parseFlavorNameAs(row.name, row.version);
    if (row.expected.startsWith('NOT an SCS flavor')) {
      expect(result.kind).toBe('not-scs');
      return;
    }
    if (result.kind !== 'invalid') throw new Error(`line ${row.line}: expected invalid, got ${JSON.stringify(result)}`);
    const reference = (row.expected.split(' || ')[0] ?? '').replace(/^ERROR: /, '');
    const f = result.failure;
    if (reference === 'Failed to parse main part') {
      expect(f.code).toBe('main-part');
    } else if (reference.startsWith('Extra characters: ')) {
      expect(f.code).toBe('extra-characters');
      expect(row.name.slice(f.position)).toBe(reference.slice('Extra characters: '.length));
    } else {
      const m = /^(\w+) can not be set to ('[^']*'|[^;]*);/.exec(reference);
      if (!m) throw new Error(`line ${row.line}: unknown reference message ${reference}`);
      expect(f.code).toBe('bad-value');
      expect(f.referenceField).toBe(m[1]);
      // The reference names the value; the failure points at exactly that text in the name.
      const value = (m[2] ?? '').replace(/^'(.*)'$/, '$1');
      const found = row.name.slice(f.position, f.position + f.found.length);
      expect(found).toBe(f.found);
      if (/^[\d.]+$/.test(value)) expect(Number(found)).toBe(Number(value));
      else expect(found).toBe(value);
    }
    if (reference.startsWith('Extra characters: ')) expect(f.position).toBe(row.name.length - (reference.length - 'Extra characters: '.length));
    expect(f.expected).not.toBe('');
  });
});
