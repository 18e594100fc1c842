import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { standardFlavorSpec } from './check.js';
import { translateSyntax } from './generate.js';
import { CPU_TYPES, DISK_TYPES, entryFor } from './grammar.js';
import { parseFlavorName } from './parse.js';
import { SCS_0103_VERSION, STANDARD_FLAVORS } from './scs-0103.js';
import { parseStandardFlavorTables, renderStandardFlavorsModule } from './standard-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEXT = '../shared/data/scs-standards/scs-0103-v1-standard-flavors.md';
const text = readFileSync(path.join(repoRoot, TEXT), 'utf8');

describe('the scs-0103 standard flavors are generated from the standard text (drift)', () => {
  it('src/core/flavor/scs-0103.ts is exactly what the tables of the text give (run `npm run docs` after the text changes)', () => {
    const onDisk = readFileSync(path.join(repoRoot, 'src/core/flavor/scs-0103.ts'), 'utf8');
    expect(onDisk, 'src/core/flavor/scs-0103.ts is stale: run `npm run docs`').toBe(renderStandardFlavorsModule(parseStandardFlavorTables(text), TEXT));
  });

  it('is v1.2: 15 mandatory flavors, 13 recommended of part 1 and the 3 of "Recommended, part 2" added in v1.2', () => {
    expect(SCS_0103_VERSION).toBe('v1.2');
    const names = (table: string) => STANDARD_FLAVORS.filter((s) => s.table === table).map((s) => s.name);
    expect(names('Mandatory')).toEqual([
      'SCS-1V-4',
      'SCS-2V-8',
      'SCS-4V-16',
      'SCS-4V-16-100s',
      'SCS-8V-32',
      'SCS-1V-2',
      'SCS-2V-4',
      'SCS-2V-4-20s',
      'SCS-4V-8',
      'SCS-8V-16',
      'SCS-16V-32',
      'SCS-1V-8',
      'SCS-2V-16',
      'SCS-4V-32',
      'SCS-1L-1',
    ]);
    expect(names('Recommended, part 1')).toEqual([
      'SCS-1V-4-10',
      'SCS-2V-8-20',
      'SCS-4V-16-50',
      'SCS-8V-32-100',
      'SCS-1V-2-5',
      'SCS-2V-4-10',
      'SCS-4V-8-20',
      'SCS-8V-16-50',
      'SCS-16V-32-100',
      'SCS-1V-8-20',
      'SCS-2V-16-50',
      'SCS-4V-32-100',
      'SCS-1L-1-5',
    ]);
    expect(names('Recommended, part 2')).toEqual(['SCS-16V-64', 'SCS-8V-64', 'SCS-16V-128']);
    expect(STANDARD_FLAVORS.filter((s) => s.level === 'mandatory')).toHaveLength(15);
    expect(STANDARD_FLAVORS.filter((s) => s.level === 'recommended')).toHaveLength(16);
  });

  it('are the 31 names the reference test checks (SCS_0103_CANONICAL_NAMES of standard_flavors.py @ 077174d)', () => {
    const reference = [
      ...['SCS-1V-4', 'SCS-2V-8', 'SCS-4V-16', 'SCS-8V-32', 'SCS-1V-2', 'SCS-2V-4', 'SCS-4V-8', 'SCS-8V-16', 'SCS-16V-32', 'SCS-1V-8', 'SCS-2V-16'],
      ...['SCS-4V-32', 'SCS-1L-1', 'SCS-2V-4-20s', 'SCS-4V-16-100s', 'SCS-1V-4-10', 'SCS-2V-8-20', 'SCS-4V-16-50', 'SCS-8V-32-100', 'SCS-1V-2-5'],
      ...['SCS-2V-4-10', 'SCS-4V-8-20', 'SCS-8V-16-50', 'SCS-16V-32-100', 'SCS-1V-8-20', 'SCS-2V-16-50', 'SCS-4V-32-100', 'SCS-1L-1-5'],
      ...['SCS-16V-64', 'SCS-8V-64', 'SCS-16V-128'],
    ];
    expect(STANDARD_FLAVORS.map((s) => s.name).sort()).toEqual(reference.sort());
  });

  it.each(STANDARD_FLAVORS.map((s) => [s.name, s] as const))('the row of %s states what its name says', (name, row) => {
    const parsed = parseFlavorName(name);
    if (parsed.kind !== 'flavor') throw new Error(`${name} does not parse`);
    const f = parsed.flavor;
    expect(row.vcpus).toBe(f.cpus);
    expect(row.cpuType).toBe(entryFor(CPU_TYPES, f.cpuType)?.property);
    expect(row.ramGiB).toBe(f.ram);
    expect(row.diskGB).toBe(f.disk?.size);
    expect(row.diskType).toBe(f.disk?.type ? entryFor(DISK_TYPES, f.disk.type)?.property : undefined);
  });

  it.each(STANDARD_FLAVORS.map((s) => [s.name, s] as const))('%s must carry scs:name-v1 (the v1 form), scs:name-v2 and scs:cpu-type', (name, row) => {
    const spec = standardFlavorSpec(row);
    expect(spec.properties['scs:name-v1']).toBe(translateSyntax(name, 'v1'));
    expect(spec.properties['scs:name-v2']).toBe(name);
    expect(spec.properties['scs:cpu-type']).toBe(row.cpuType);
  });

  it('asks scs:disk0-type only where the table names a disk type: ssd for the two SSD flavors, nothing for "(any)" or no disk', () => {
    const withDiskType = STANDARD_FLAVORS.filter((s) => 'scs:disk0-type' in standardFlavorSpec(s).properties);
    expect(withDiskType.map((s) => [s.name, standardFlavorSpec(s).properties['scs:disk0-type']])).toEqual([
      ['SCS-4V-16-100s', 'ssd'],
      ['SCS-2V-4-20s', 'ssd'],
    ]);
  });
});

describe('reading the tables of a standard text', () => {
  const table = (rows: string) =>
    `Note that this is v9.1 of this standard.\n\n## Standard SCS flavors\n\n### Mandatory\n\n| Recommended name | vCPUs  | vCPU type     | RAM [GiB]  | Root disk [GB]  | Disk type  |\n| --- | --- | --- | --- | --- | --- |\n${rows}\n\n## Later\n\n| a | b |\n| - | - |\n| x | y |\n`;

  it('reads each row under its heading and ignores tables of other sections', () => {
    expect(parseStandardFlavorTables(table('| SCS-2V-4-10 | 2 | shared-core | 4 | 10 | (any) |'))).toEqual({
      version: 'v9.1',
      flavors: [{ name: 'SCS-2V-4-10', level: 'mandatory', table: 'Mandatory', vcpus: 2, cpuType: 'shared-core', ramGiB: 4, diskGB: 10 }],
    });
  });

  it('refuses a table with another header, so that a new column is read on purpose', () => {
    expect(() => parseStandardFlavorTables(table('').replace('| Disk type  |', '| Disk type  | GPU |'))).toThrow(/unexpected table header/);
  });
});
