import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFlavor } from './describe.js';
import { generateName, generateShortName, translateSyntax } from './generate.js';
import {
  CPU_FREQUENCIES,
  CPU_GENERATIONS,
  CPU_TYPES,
  CPU_VENDORS,
  DISK_TYPES,
  GPU_BANDWIDTHS,
  GPU_FREQUENCIES,
  GPU_GENERATIONS,
  GPU_TYPES,
  GPU_VENDORS,
  HYPERVISORS,
  type ValueTable,
} from './grammar.js';
import { parseFlavorName, parseFlavorNameAs } from './parse.js';
import type { Flavor, FlavorCpu, FlavorGpu } from './types.js';
import { validateFlavor } from './validate.js';

/** Arbitrary tokens of a grammar table (the empty "standard" token excluded). */
/** Arbitrary tokens of a grammar table (the empty "standard" token excluded). */
const tokenOf = <T extends string>(table: ValueTable): fc.Arbitrary<T> => fc.constantFrom(...table.filter((e) => e.token !== '').map((e) => e.token as T));
const positive = fc.integer({ min: 1, max: 100_000 });

/** Generation 0 means "unspecified" and is left out of names, so it cannot round-trip. */
function generationsOf(vendor: string): number[] {
  return (CPU_GENERATIONS[vendor] ?? []).map((e) => Number(e.token)).filter((g) => g !== 0);
}

const cpuArb: fc.Arbitrary<FlavorCpu> = tokenOf<FlavorCpu['vendor']>(CPU_VENDORS).chain((vendor) => {
  const gens = generationsOf(vendor);
  const frequency = tokenOf<NonNullable<FlavorCpu['frequency']>>(CPU_FREQUENCIES);
  return gens.length
    ? fc.record({ vendor: fc.constant(vendor), generation: fc.constantFrom(...gens), frequency }, { requiredKeys: ['vendor'] })
    : fc.record({ vendor: fc.constant(vendor), frequency }, { requiredKeys: ['vendor'] });
});

/** The grammar cannot write every GPU field set (see validate.ts); keep to those it can. */
function expressibleGpu(g: FlavorGpu): FlavorGpu {
  const { vramBandwidth, ...rest } = g;
  if (g.vram === undefined) return rest;
  if (g.units === undefined && g.unitFrequency === undefined) return { ...g, units: g.vram };
  return g;
}

const gpuArb: fc.Arbitrary<FlavorGpu> = tokenOf<FlavorGpu['vendor']>(GPU_VENDORS).chain((vendor) =>
  fc
    .record(
      {
        type: tokenOf<FlavorGpu['type']>(GPU_TYPES),
        vendor: fc.constant(vendor),
        generation: tokenOf<string>(GPU_GENERATIONS[vendor] ?? []),
        units: positive,
        unitFrequency: tokenOf<NonNullable<FlavorGpu['unitFrequency']>>(GPU_FREQUENCIES),
        vram: positive,
        vramBandwidth: tokenOf<NonNullable<FlavorGpu['vramBandwidth']>>(GPU_BANDWIDTHS),
      },
      { requiredKeys: ['type', 'vendor'] },
    )
    .map(expressibleGpu),
);

const flavorArb: fc.Arbitrary<Flavor> = fc
  .record(
    {
      cpus: fc.integer({ min: 1, max: 512 }),
      cpuType: tokenOf<Flavor['cpuType']>(CPU_TYPES),
      insecure: fc.boolean(),
      ram: fc.integer({ min: 1, max: 8192 }).map((halves) => halves / 2),
      noEcc: fc.boolean(),
      ramOversubscribed: fc.boolean(),
      disk: fc.record(
        { count: fc.integer({ min: 1, max: 16 }), size: positive, type: tokenOf<'n' | 'h' | 's' | 'p'>(DISK_TYPES) },
        { requiredKeys: ['count'] },
      ),
      hypervisor: tokenOf<NonNullable<Flavor['hypervisor']>>(HYPERVISORS),
      hwv: fc.boolean(),
      cpu: cpuArb,
      gpu: gpuArb,
      ib: fc.boolean(),
    },
    { requiredKeys: ['cpus', 'cpuType', 'insecure', 'ram', 'noEcc', 'ramOversubscribed', 'hwv', 'ib'] },
  )
  // `_GNa_ib` reads generation `a_ib`: InfiniBand needs a GPU part that ends in a number or h.
  .map((f) => (f.ib && f.gpu && f.gpu.units === undefined && f.gpu.vram === undefined && f.gpu.unitFrequency === undefined ? { ...f, ib: false } : f));

/** Equal values and the same keys present (fast-check records have a null prototype). */
function expectSameFlavor(actual: Flavor, expected: Flavor): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual, Object.keys(actual).sort())).toBe(JSON.stringify(expected, Object.keys(expected).sort()));
}

describe('generate', () => {
  it('parse(generate(flavor)) gives the flavor back, for any valid field set (v3 syntax)', () => {
    fc.assert(
      fc.property(flavorArb, (flavor) => {
        const result = parseFlavorNameAs(generateName(flavor), 'v3');
        expect(result.kind).toBe('flavor');
        if (result.kind === 'flavor') expectSameFlavor(result.flavor, flavor);
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(generate(flavor, v1)) gives the flavor back in v1 syntax (Cloud Hypervisor has no v1 name)', () => {
    fc.assert(
      fc.property(
        flavorArb.filter((f) => f.hypervisor !== 'chy'),
        (flavor) => {
          const name = generateName(flavor, 'v1');
          const result = parseFlavorNameAs(name, 'v1');
          expect(result.kind).toBe('flavor');
          if (result.kind === 'flavor') expectSameFlavor(result.flavor, flavor);
          expect(translateSyntax(name, 'v2')).toBe(generateName(flavor, 'v3'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('every generated flavor validates and describes itself in one sentence', () => {
    fc.assert(
      fc.property(flavorArb, (flavor) => {
        expect(validateFlavor(flavor)).toEqual([]);
        expect(describeFlavor(flavor)).toMatch(/^\d+ .*GiB RAM/);
      }),
      { numRuns: 300 },
    );
  });

  it('the short name drops hypervisor, hwv, x86 CPU details and GPU h modifiers but keeps ARM', () => {
    const parsed = parseFlavorName('SCS-2V-4-10n_kvm_hwv_z3h_GNa-64h-24h_ib');
    if (parsed.kind !== 'flavor') throw new Error('fixture must parse');
    expect(generateShortName(parsed.flavor)).toBe('SCS-2V-4-10n_GNa-64-24_ib');
    const arm = parseFlavorName('SCS-4C-16-2x200p_a1h');
    if (arm.kind !== 'flavor') throw new Error('fixture must parse');
    expect(generateShortName(arm.flavor)).toBe('SCS-4C-16-2x200p_a');
  });

  it('validateFlavor names the bad field', () => {
    const base: Flavor = { cpus: 4, cpuType: 'C', insecure: false, ram: 16, noEcc: false, ramOversubscribed: false, hwv: false, ib: false };
    expect(validateFlavor({ ...base, cpu: { vendor: 'i', generation: 7 } })).toEqual([
      {
        field: 'cpu.generation',
        rule: 'grammar',
        failure: expect.objectContaining({ message: "CPU generation for 'i' must be one of 0, 1, 2, 3, 4, 5, 6 or left out" }),
      },
    ]);
    expect(validateFlavor({ ...base, ram: 4.25 })[0]?.field).toBe('ram');
    expect(validateFlavor({ ...base, cpus: 0 })[0]?.field).toBe('cpus');
    expect(validateFlavor({ ...base, hypervisor: 'chy' }, 'v1')).toEqual([
      { field: 'hypervisor', rule: 'hypervisor-not-in-syntax', hypervisor: 'chy', version: 'v1', syntaxes: ['v2', 'v3'] },
    ]);
    expect(validateFlavor({ ...base, gpu: { type: 'G', vendor: 'N', vramBandwidth: 'h' } })[0]?.field).toBe('gpu.vramBandwidth');
    expect(validateFlavor({ ...base, gpu: { type: 'G', vendor: 'N', vram: 24 } })[0]?.field).toBe('gpu.vram');
    expect(validateFlavor({ ...base, gpu: { type: 'G', vendor: 'N', generation: 'a' }, ib: true })[0]?.field).toBe('ib');
  });
});

describe('describe', () => {
  it.each([
    [
      'SCS-16V-64-500s_kvm_z3h',
      '16 vCPUs (oversubscribed), 64 GiB RAM, 500 GB local SSD disk, KVM hypervisor, AMD Zen 3 (Milan) CPU at high frequency (>2.75 GHz all-core)',
    ],
    ['SCS-1V-0.5', '1 vCPU (oversubscribed), 0.5 GiB RAM, no root disk (boot from volume)'],
    [
      'SCS-8Ti-32-50p_i1',
      '8 dedicated hardware threads (insecure: no commitment to CPU vulnerability mitigations), 32 GiB RAM, 50 GB local NVMe disk, Intel Skylake CPU',
    ],
    ['SCS-1L-1u-5', '1 vCPU (heavily oversubscribed), 1 GiB RAM (no ECC), 5 GB disk of a type the cloud chooses'],
    ['SCS-2C-4-3xs', '2 dedicated cores, 4 GiB RAM, 3 local SSD disks sized to fit the image'],
    ['SCS-4C-16-2x200p_a1', '4 dedicated cores, 16 GiB RAM, 2 × 200 GB local NVMe disks, ARM Cortex-A76 / Neoverse N1 class CPU'],
    [
      'SCS-16T-64-200s_bms_hwv_GNa-72h-24h_ib',
      '16 dedicated hardware threads, 64 GiB RAM, 200 GB local SSD disk, bare metal (no hypervisor), hardware virtualisation available in the instance, pass-through GPU nVidia Ampere with 72 streaming multiprocessors (SMs) at high frequency and 24 GiB VRAM with high bandwidth (e.g. HBM), InfiniBand',
    ],
  ])('%s reads "%s"', (name, sentence) => {
    const parsed = parseFlavorName(name);
    if (parsed.kind !== 'flavor') throw new Error(`${name} must parse`);
    expect(describeFlavor(parsed.flavor)).toBe(sentence);
  });

  it.each([
    ['SCS-4C-16_z0', '4 dedicated cores, 16 GiB RAM, no root disk (boot from volume), AMD CPU of old or unspecified generation'],
    [
      'SCS-4C-16_i0h',
      '4 dedicated cores, 16 GiB RAM, no root disk (boot from volume), Intel CPU of old (pre-Skylake) or unspecified generation at high frequency (>2.75 GHz all-core)',
    ],
    ['SCS-2V-4_r0', '2 vCPUs (oversubscribed), 4 GiB RAM, no root disk (boot from volume), RISC-V CPU of unspecified generation'],
    ['SCS-2V-4_r', '2 vCPUs (oversubscribed), 4 GiB RAM, no root disk (boot from volume), RISC-V CPU'],
  ])('generation 0 is "old or unspecified", not a model: %s reads "%s"', (name, sentence) => {
    const parsed = parseFlavorName(name);
    if (parsed.kind !== 'flavor') throw new Error(`${name} must parse`);
    expect(describeFlavor(parsed.flavor)).toBe(sentence);
  });

  it('uses the words of the grammar tables for every CPU type, disk type and hypervisor', () => {
    const sentence = (name: string): string => {
      const parsed = parseFlavorName(name);
      if (parsed.kind !== 'flavor') throw new Error(`${name} must parse`);
      return describeFlavor(parsed.flavor);
    };
    for (const e of CPU_TYPES) {
      expect(sentence(`SCS-2${e.token}-4`)).toContain(`2 ${e.words?.many}`);
      if (e.words?.note) expect(sentence(`SCS-1${e.token}-4`)).toContain(`1 ${e.words.one} (${e.words.note})`);
    }
    for (const e of DISK_TYPES) expect(sentence(`SCS-2V-4-10${e.token}`)).toContain(`10 GB ${e.words?.one} disk`);
    for (const e of HYPERVISORS) expect(sentence(`SCS-2V-4_${e.token}`)).toContain(e.words?.one ?? e.label);
  });
});
