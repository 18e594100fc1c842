import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../files/yaml-file.js';
import { CycleFile, cycleFileFast, FactFile, factFileFast } from './schema.js';

const products = 'examples/scs/products';
const lines = readdirSync(products)
  .filter((f) => f.endsWith('.history.jsonl'))
  .flatMap((f) =>
    readFileSync(join(products, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  );

describe('history lines without zod (factFileFast)', () => {
  it('gives what the schema gives for every history line of the SCS example', () => {
    expect(lines.length).toBeGreaterThan(1000);
    for (const raw of lines) expect(factFileFast(raw)).toEqual(FactFile.parse(raw));
  });

  it('keeps numeric cycles and versions as text, like the schema', () => {
    const raw = { recorded: '2024-01-02', cycle: 16, field: 'latest', to: 16.1 };
    expect(factFileFast(raw)).toEqual(FactFile.parse(raw));
    expect(factFileFast(raw)?.cycle).toBe('16');
  });

  it('leaves every line the schema refuses to the schema, which words the problem', () => {
    const good = { recorded: '2024-01-02', cycle: '1.0', field: 'released', to: '2023-05-01', source: 's' };
    const bad: unknown[] = [
      { ...good, recorded: '2023-02-29' },
      { ...good, to: true },
      { ...good, field: 'lts', to: '2023-05-01' },
      { ...good, field: 'ends' },
      { ...good, cycle: '' },
      { ...good, source: 3 },
      { ...good, extra: 1 },
      { recorded: '2024-01-02', cycle: '1.0', field: 'released' },
      [good],
      null,
    ];
    for (const raw of bad) {
      expect(FactFile.safeParse(raw).success).toBe(false);
      expect(factFileFast(raw)).toBeUndefined();
    }
  });
});

describe('product cycles without zod (cycleFileFast)', () => {
  const cycles = readdirSync(products)
    .filter((f) => f.endsWith('.yaml') && !f.includes('.history.'))
    .flatMap((f) => (readYaml(join(products, f), 'product file').value as { cycles: unknown[] }).cycles);

  it('gives what the schema gives, in the same key order, for every cycle of the SCS example', () => {
    expect(cycles.length).toBeGreaterThan(300);
    for (const raw of cycles) expect(JSON.stringify(cycleFileFast(raw))).toBe(JSON.stringify(CycleFile.parse(raw)));
  });

  it('leaves every cycle the schema refuses to the schema, which words the problem', () => {
    const good = { cycle: '1.0', released: '2023-01-01', maintained: { announced: true, actual: '2024-01-01' }, points: { '1.0.1': '2023-02-01' } };
    const bad: unknown[] = [
      { ...good, cycle: '' },
      { ...good, released: null },
      { ...good, released: '2023-02-30' },
      { ...good, maintained: { announced: '2024-13-01' } },
      { ...good, maintained: { ends: '2024-01-01' } },
      { ...good, security: 'soon' },
      { ...good, lts: 'yes' },
      { ...good, aliases: [''] },
      { ...good, codename: 'x'.repeat(101) },
      { ...good, points: { '1.0.1': 'tomorrow' } },
      { ...good, unknown: 1 },
      'cycle',
    ];
    for (const raw of bad) {
      expect(CycleFile.safeParse(raw).success).toBe(false);
      expect(cycleFileFast(raw)).toBeUndefined();
    }
  });
});
