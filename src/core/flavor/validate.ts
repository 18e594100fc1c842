/**
 * Checks a Flavor built from fields (CLI options, the web form) against the grammar by writing
 * its name and reading it back: the parser's checks are the only value checks there are.
 */

import { generateName } from './generate.js';
import { entryFor, HYPERVISORS } from './grammar.js';
import { parseFlavorNameAs } from './parse.js';
import type { Flavor, StandardVersion } from './types.js';

export interface FlavorProblem {
  /** Key path of the field (`cpu.generation`), or `flavor` when no single field is to blame. */
  readonly field: string;
  readonly message: string;
}

/**
 * Field sets the grammar cannot write, each a named rule (the reference parser reads these names
 * differently, so they would not round-trip).
 */
const EXPRESSIBILITY_RULES: readonly ((f: Flavor, version: StandardVersion) => FlavorProblem | undefined)[] = [
  function hypervisorHasV1Name(f, version) {
    if (version !== 'v1' || !f.hypervisor || entryFor(HYPERVISORS, f.hypervisor)?.inV1Syntax !== false) return undefined;
    return { field: 'hypervisor', message: `hypervisor '${f.hypervisor}' has no v1 name; use --standard v2 or v3` };
  },
  function vramBandwidthNeedsVram(f) {
    if (!f.gpu?.vramBandwidth || f.gpu.vram !== undefined) return undefined;
    return { field: 'gpu.vramBandwidth', message: 'a VRAM bandwidth needs a VRAM size (without one its h reads as compute unit frequency)' };
  },
  function vramNeedsUnits(f) {
    if (!f.gpu || f.gpu.vram === undefined || f.gpu.units !== undefined || f.gpu.unitFrequency) return undefined;
    return { field: 'gpu.vram', message: 'a VRAM size needs a compute unit count (without one it reads as the compute unit count)' };
  },
  function infinibandAfterBareGpu(f) {
    const g = f.gpu;
    if (!f.ib || !g || g.units !== undefined || g.vram !== undefined || g.unitFrequency) return undefined;
    return {
      field: 'ib',
      message: "InfiniBand after a GPU needs the GPU's compute unit count (the reference parser reads '_ib' as part of the GPU generation)",
    };
  },
];

/** Problems that keep `flavor` from having a name in the syntax of `version`; empty when none. */
export function validateFlavor(flavor: Flavor, version: StandardVersion = 'v3'): FlavorProblem[] {
  const problems = EXPRESSIBILITY_RULES.map((rule) => rule(flavor, version)).filter((p): p is FlavorProblem => p !== undefined);
  if (problems.length) return problems;
  const name = generateName(flavor, version);
  const back = parseFlavorNameAs(name, version);
  if (back.kind === 'invalid') return [{ field: back.failure.field ?? 'flavor', message: back.failure.message }];
  if (back.kind !== 'flavor' || !sameFlavor(back.flavor, flavor)) {
    return [{ field: 'flavor', message: `the fields do not survive the name ${name}: a value contains a separator or is out of range` }];
  }
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
