/**
 * Checks a Flavor built from fields (CLI options, the web form) against the grammar by writing
 * its name and reading it back: the parser's checks are the only value checks there are.
 */

import { generateName } from './generate.js';
import { entryFor, HYPERVISORS } from './grammar.js';
import { parseFlavorNameAs } from './parse.js';
import type { Flavor, ParseFailure, StandardVersion } from './types.js';

/**
 * Why a field set has no name, as facts; `field` is the key path of the field to blame
 * (`cpu.generation`), or `flavor` when no single field is. The words live in
 * src/render/flavor-problems.ts (the CLI adds which option to change).
 */
export type FlavorProblem =
  /** The hypervisor exists only in the syntax of `syntaxes` (`chy`: v2 and v3), not in the one asked for. */
  | {
      readonly field: 'hypervisor';
      readonly rule: 'hypervisor-not-in-syntax';
      readonly hypervisor: string;
      readonly version: StandardVersion;
      readonly syntaxes: readonly StandardVersion[];
    }
  /** Without a VRAM size its `h` reads as compute unit frequency. */
  | { readonly field: 'gpu.vramBandwidth'; readonly rule: 'vram-bandwidth-needs-vram' }
  /** Without a compute unit count a VRAM size reads as the compute unit count. */
  | { readonly field: 'gpu.vram'; readonly rule: 'vram-needs-units' }
  /** The reference parser reads `_ib` after a bare GPU as part of the GPU generation. */
  | { readonly field: 'ib'; readonly rule: 'ib-after-bare-gpu' }
  /** The written name breaks the grammar: the parser's failure. */
  | { readonly field: string; readonly rule: 'grammar'; readonly failure: ParseFailure }
  /** The written name reads back as another flavor: a value contains a separator or is out of range. */
  | { readonly field: 'flavor'; readonly rule: 'no-round-trip'; readonly name: string };

/**
 * Field sets the grammar cannot write, each a named rule (the reference parser reads these names
 * differently, so they would not round-trip).
 */
const EXPRESSIBILITY_RULES: readonly ((f: Flavor, version: StandardVersion) => FlavorProblem | undefined)[] = [
  function hypervisorHasName(f, version) {
    if (version !== 'v1' || !f.hypervisor || entryFor(HYPERVISORS, f.hypervisor)?.inV1Syntax !== false) return undefined;
    return { field: 'hypervisor', rule: 'hypervisor-not-in-syntax', hypervisor: f.hypervisor, version, syntaxes: ['v2', 'v3'] };
  },
  function vramBandwidthNeedsVram(f) {
    if (!f.gpu?.vramBandwidth || f.gpu.vram !== undefined) return undefined;
    return { field: 'gpu.vramBandwidth', rule: 'vram-bandwidth-needs-vram' };
  },
  function vramNeedsUnits(f) {
    if (!f.gpu || f.gpu.vram === undefined || f.gpu.units !== undefined || f.gpu.unitFrequency) return undefined;
    return { field: 'gpu.vram', rule: 'vram-needs-units' };
  },
  function infinibandAfterBareGpu(f) {
    const g = f.gpu;
    if (!f.ib || !g || g.units !== undefined || g.vram !== undefined || g.unitFrequency) return undefined;
    return { field: 'ib', rule: 'ib-after-bare-gpu' };
  },
];

/** Problems that keep `flavor` from having a name in the syntax of `version`; empty when none. */
export function validateFlavor(flavor: Flavor, version: StandardVersion = 'v3'): FlavorProblem[] {
  const problems = EXPRESSIBILITY_RULES.map((rule) => rule(flavor, version)).filter((p): p is FlavorProblem => p !== undefined);
  if (problems.length) return problems;
  const name = generateName(flavor, version);
  const back = parseFlavorNameAs(name, version);
  if (back.kind === 'invalid') return [{ field: back.failure.field ?? 'flavor', rule: 'grammar', failure: back.failure }];
  if (back.kind !== 'flavor' || !sameFlavor(back.flavor, flavor)) return [{ field: 'flavor', rule: 'no-round-trip', name }];
  return [];
}

/** Equal as names see them (generation 0 and an absent generation are the same). */
export function sameFlavor(a: Flavor, b: Flavor): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(f: Flavor): unknown {
  const sorted = (o: object): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, v !== null && typeof v === 'object' ? sorted(v as object) : v]),
    );
  const cpu = f.cpu && f.cpu.generation === 0 ? { vendor: f.cpu.vendor, ...(f.cpu.frequency ? { frequency: f.cpu.frequency } : {}) } : f.cpu;
  return sorted({ ...f, cpu });
}
