/**
 * The SCS flavor naming grammar (scs-0100 v1, v2, v3) as data. Parse, validate, generate,
 * describe, the docs table and the web form are all driven by this one description.
 *
 * Shape and values follow the reference parser `Tests/iaas/scs_0100_flavor_naming/flavor_names.py`
 * of SovereignCloudStack/standards (which wins where the standard's prose disagrees; see
 * docs/flavors.md). A name is `SCS-` followed by the parts below, in this order; each element
 * mirrors one capture group of the reference regular expressions.
 */
import type { NameSyntax, StandardVersion } from './types.js';

export const PREFIX = 'SCS-';
/** Longest name accepted (OpenStack flavor names are at most 255 characters). */
export const MAX_NAME_LENGTH = 255;

/** `field` separates values inside a part, `extension` starts an extension. */
export type SeparatorRole = 'field' | 'extension';

export const SEPARATORS: Readonly<Record<NameSyntax, Readonly<Record<SeparatorRole, string>>>> = {
  v1: { field: ':', extension: '-' },
  v2: { field: '-', extension: '_' },
};

export interface ValueEntry {
  /** The text in the name. */
  readonly token: string;
  /** What it means, in words. */
  readonly label: string;
  /** First standard version whose text or reference tables define it. */
  readonly since: StandardVersion;
  /** Value of the matching scs-0103 property (`scs:cpu-type`, `scs:diskN-type`), where one exists. */
  readonly property?: string;
  /** What the compute units of a GPU vendor are called (SMs, CUs, EUs). */
  readonly unit?: string;
  /** False when the v1 syntax of the reference parser does not accept it. */
  readonly inV1Syntax?: false;
  /** The words a sentence (`describeFlavor`) uses, where the label does not read well inside one. */
  readonly words?: Words;
}

export interface Words {
  /** Singular noun or phrase (`vCPU`, `local SSD`, `KVM hypervisor`). */
  readonly one: string;
  /** Plural, where the value counts something (`vCPUs`). */
  readonly many?: string;
  /** A remark in parentheses (`oversubscribed`). */
  readonly note?: string;
}

export type ValueTable = readonly ValueEntry[];

interface Valued {
  /** Property name in `Flavor` (or in its part's object). */
  readonly key: string;
  /** Attribute name in the reference parser, used in its error messages. */
  readonly ref: string;
  readonly label: string;
}

export type Element =
  /** A required separator. */
  | { readonly kind: 'separator'; readonly role: SeparatorRole }
  /** A required token from a table (`[LVTC]`, `(kvm|xen|…)`). */
  | (Valued & { readonly kind: 'choice'; readonly values: ValueTable })
  /** A required literal whose presence sets a boolean (`hwv`, `ib`). */
  | (Valued & { readonly kind: 'keyword'; readonly token: string })
  /** An optional literal whose presence sets a boolean (`i`, `u`, `o`). */
  | (Valued & { readonly kind: 'flag'; readonly token: string })
  /** `[0-9]*` read as a positive integer; empty is an error when `required`, absent otherwise. */
  | (Valued & { readonly kind: 'integer'; readonly required: boolean })
  /** `(?:([0-9]*)x|)`: a count followed by `x`; an empty count or no `x` means 1. */
  | (Valued & { readonly kind: 'multiplier' })
  /** `[0-9.]*` read as GiB, a positive multiple of 0.5. */
  | (Valued & { readonly kind: 'decimal' })
  /** `([nhsp]|)`: an optional single token from a table. */
  | (Valued & { readonly kind: 'option'; readonly values: ValueTable })
  /** `(h*)`: a run of one letter, checked against a table of allowed runs. */
  | (Valued & { readonly kind: 'run'; readonly letter: string; readonly values: ValueTable })
  /**
   * A generation whose table depends on an earlier element (`on`). `digits` reads `[0-9]*` as an
   * integer (a written 0 is dropped from canonical names); `text` reads up to the field separator or
   * the letter `h`, as the reference parser does (so `_GNa_ib` reads generation `a_ib`).
   */
  | (Valued & {
      readonly kind: 'generation';
      readonly on: string;
      readonly lexeme: 'digits' | 'text';
      readonly tables: Readonly<Record<string, ValueTable>>;
    })
  /** `(?:SEP([0-9]+)|)`: an optional field separator followed by at least one digit. */
  | (Valued & { readonly kind: 'separated-integer'; readonly since: StandardVersion })
  /** `(?=$|EXT)`: the part must end at the end of the name or before the next extension. */
  | { readonly kind: 'boundary' };

/** How a part appears in the short name recommended by the standard (reference `shorten()`). */
export type ShortRule =
  | { readonly kind: 'keep' }
  | { readonly kind: 'drop' }
  /** Keep only these keys; drop the whole part when `dropWhen` holds. */
  | {
      readonly kind: 'reduce';
      readonly keep: readonly string[];
      readonly dropWhen?: { readonly key: string; readonly in: readonly string[] };
    };

export interface Part {
  readonly id: 'cpu-ram' | 'disk' | 'hypervisor' | 'hwv' | 'cpu' | 'gpu' | 'ib';
  readonly title: string;
  /** Where the values go: `root` = top-level keys of Flavor, else the name of the nested object. */
  readonly target: 'root' | 'disk' | 'cpu' | 'gpu';
  readonly optional: boolean;
  readonly lead?: SeparatorRole;
  readonly elements: readonly Element[];
  readonly short: ShortRule;
  readonly description: string;
  /** v2/v3 syntax examples (the docs show their v1 form too). */
  readonly examples: readonly string[];
}

const v = (token: string, label: string, since: StandardVersion = 'v1', extra: Partial<ValueEntry> = {}): ValueEntry => ({
  token,
  label,
  since,
  ...extra,
});

export const CPU_TYPES: ValueTable = [
  v('L', 'vCPU, heavily oversubscribed (crowded core)', 'v1', {
    property: 'crowded-core',
    words: { one: 'vCPU', many: 'vCPUs', note: 'heavily oversubscribed' },
  }),
  v('V', 'vCPU, oversubscribed: at least 20% of a core >99% of the time (shared core)', 'v1', {
    property: 'shared-core',
    words: { one: 'vCPU', many: 'vCPUs', note: 'oversubscribed' },
  }),
  v('T', 'dedicated hardware thread (SMT)', 'v1', {
    property: 'dedicated-thread',
    words: { one: 'dedicated hardware thread', many: 'dedicated hardware threads' },
  }),
  v('C', 'dedicated core', 'v1', { property: 'dedicated-core', words: { one: 'dedicated core', many: 'dedicated cores' } }),
];

export const DISK_TYPES: ValueTable = [
  v('n', 'network shared storage (Ceph/Cinder)', 'v1', { property: 'network', words: { one: 'network' } }),
  v('h', 'local HDD (SATA/SAS class)', 'v1', { property: 'hdd', words: { one: 'local HDD' } }),
  v('s', 'local SSD', 'v1', { property: 'ssd', words: { one: 'local SSD' } }),
  v('p', 'local high-performance NVMe', 'v1', { property: 'nvme', words: { one: 'local NVMe' } }),
];

export const HYPERVISORS: ValueTable = [
  v('kvm', 'KVM', 'v1', { words: { one: 'KVM hypervisor' } }),
  v('xen', 'Xen', 'v1', { words: { one: 'Xen hypervisor' } }),
  v('vmw', 'VMware', 'v1', { words: { one: 'VMware hypervisor' } }),
  v('hyv', 'Hyper-V', 'v1', { words: { one: 'Hyper-V hypervisor' } }),
  v('bms', 'bare metal system (no hypervisor)', 'v1', { words: { one: 'bare metal (no hypervisor)' } }),
  v('chy', 'Cloud Hypervisor', 'v3', { inV1Syntax: false }),
];

export const CPU_VENDORS: ValueTable = [
  v('i', 'Intel x86-64', 'v1', { words: { one: 'Intel' } }),
  v('z', 'AMD (Zen) x86-64', 'v1', { words: { one: 'AMD' } }),
  v('a', 'ARM (AArch64)', 'v1', { words: { one: 'ARM' } }),
  v('r', 'RISC-V', 'v1', { words: { one: 'RISC-V' } }),
];

export const CPU_GENERATIONS: Readonly<Record<string, ValueTable>> = {
  i: [
    v('0', 'old (pre-Skylake) or unspecified'),
    v('1', 'Skylake'),
    v('2', 'Cascade Lake'),
    v('3', 'Ice Lake'),
    v('4', 'Sapphire Rapids'),
    v('5', 'Sierra Forest (E cores)', 'v3'),
    v('6', 'Granite Rapids (P cores)', 'v3'),
  ],
  z: [
    v('0', 'old or unspecified'),
    v('1', 'Zen 1 (Naples)'),
    v('2', 'Zen 2 (Rome)'),
    v('3', 'Zen 3 (Milan)'),
    v('4', 'Zen 4 (Genoa, Bergamo)'),
    v('5', 'Zen 5 (Turin)', 'v3'),
    v('6', 'Zen 6 (Venice)', 'v3'),
  ],
  a: [
    v('0', 'old (pre-Cortex-A76) or unspecified'),
    v('1', 'Cortex-A76 / Neoverse N1 class'),
    v('2', 'Cortex-A78 / X1 / Neoverse V1 class'),
    v('3', 'Cortex-A71x / Neoverse N2 / V2 (ARMv9)'),
    v('4', 'AmpereOne', 'v3'),
    v('5', 'Cortex-A72x / Neoverse N3 / V3', 'v3'),
  ],
  r: [v('0', 'unspecified')],
};

export const CPU_FREQUENCIES: ValueTable = [
  v('', 'standard frequency'),
  v('h', 'high frequency (>2.75 GHz all-core)'),
  v('hh', 'very high frequency (>3.25 GHz all-core)'),
  v('hhh', 'very, very high frequency (>3.75 GHz all-core)'),
];

export const GPU_TYPES: ValueTable = [v('G', 'pass-through GPU'), v('g', 'virtual GPU')];

export const GPU_VENDORS: ValueTable = [
  v('N', 'nVidia', 'v1', { unit: 'streaming multiprocessors (SMs)' }),
  v('A', 'AMD', 'v1', { unit: 'compute units (CUs)' }),
  v('I', 'Intel', 'v1', { unit: 'execution units (EUs)' }),
];

export const GPU_GENERATIONS: Readonly<Record<string, ValueTable>> = {
  N: [
    v('f', 'Fermi'),
    v('k', 'Kepler'),
    v('m', 'Maxwell'),
    v('p', 'Pascal'),
    v('v', 'Volta'),
    v('t', 'Turing'),
    v('a', 'Ampere'),
    v('l', 'Ada Lovelace'),
    v('g', 'Grace Hopper', 'v3'),
    v('b', 'Blackwell', 'v3'),
    v('u', 'Rubin', 'v3'),
  ],
  A: [
    v('0.4', 'GCN 4 (Polaris)'),
    v('0.5', 'GCN 5 (Vega)'),
    v('1', 'CDNA 1'),
    v('1.1', 'RDNA 1 (Navi 1x)', 'v3'),
    v('2', 'CDNA 2'),
    v('2.1', 'RDNA 2 (Navi 2x)', 'v3'),
    v('3', 'CDNA 3'),
    v('3.1', 'RDNA 3 (Navi 3x)', 'v3'),
    v('3.5', 'RDNA 3.5', 'v3'),
    v('4', 'CDNA 4', 'v3'),
    v('4.1', 'RDNA 4 (Navi 4x)', 'v3'),
    v('5.1', 'RDNA 5 (Navi 5x)', 'v3'),
  ],
  I: [
    v('0.9', 'Gen9 (Skylake)'),
    v('0.95', 'Gen9.5 (Kaby Lake)', 'v3'),
    v('1', 'Xe 1 (Gen12.1, DG1)'),
    v('2', 'Xe 2 (Gen12.2)', 'v3'),
    v('3', 'Arc (Gen12.7, DG2)', 'v3'),
    v('4', 'Battlemage (Gen20)', 'v3'),
  ],
};

export const GPU_FREQUENCIES: ValueTable = [v('', 'standard frequency'), v('h', 'high frequency'), v('hh', 'very high frequency')];
export const GPU_BANDWIDTHS: ValueTable = [v('', 'standard bandwidth', 'v3'), v('h', 'high bandwidth (e.g. HBM)', 'v3'), v('hh', 'very high bandwidth', 'v3')];

export const PARTS: readonly Part[] = [
  {
    id: 'cpu-ram',
    title: 'CPUs and RAM',
    target: 'root',
    optional: false,
    elements: [
      { kind: 'integer', key: 'cpus', ref: 'cpus', label: 'number of vCPUs', required: true },
      { kind: 'choice', key: 'cpuType', ref: 'cputype', label: 'CPU type', values: CPU_TYPES },
      { kind: 'flag', key: 'insecure', ref: 'cpuinsecure', label: 'insecure (no commitment to CPU vulnerability mitigations)', token: 'i' },
      { kind: 'separator', role: 'field' },
      { kind: 'decimal', key: 'ram', ref: 'ram', label: 'GiB of RAM' },
      { kind: 'flag', key: 'noEcc', ref: 'raminsecure', label: 'no ECC memory', token: 'u' },
      { kind: 'flag', key: 'ramOversubscribed', ref: 'ramoversubscribed', label: 'oversubscribed memory', token: 'o' },
    ],
    short: { kind: 'keep' },
    description:
      'Required. Number of vCPUs with their type, optionally insecure; RAM in GiB (multiples of 0.5), optionally without ECC and/or oversubscribed, in this order.',
    examples: ['SCS-2C-4', 'SCS-2Li-4', 'SCS-1V-0.5', 'SCS-2C-4uo'],
  },
  {
    id: 'disk',
    title: 'Root disk',
    target: 'disk',
    optional: true,
    lead: 'field',
    elements: [
      { kind: 'multiplier', key: 'count', ref: 'nrdisks', label: 'number of disks' },
      { kind: 'integer', key: 'size', ref: 'disksize', label: 'GB per disk', required: false },
      { kind: 'option', key: 'type', ref: 'disktype', label: 'disk type', values: DISK_TYPES },
    ],
    short: { kind: 'keep' },
    description:
      'Optional. Without it there is no root disk (boot from volume). Size in full GB; empty size: the cloud sizes the disk to fit the image; no type letter: the cloud decides the type.',
    examples: ['SCS-2C-4-10n', 'SCS-2C-4-3x10s', 'SCS-2C-4-10', 'SCS-2C-4-n', 'SCS-2C-4-'],
  },
  {
    id: 'hypervisor',
    title: 'Hypervisor',
    target: 'root',
    optional: true,
    lead: 'extension',
    elements: [{ kind: 'choice', key: 'hypervisor', ref: 'hype', label: 'hypervisor', values: HYPERVISORS }],
    short: { kind: 'drop' },
    description: 'Optional extension; KVM is assumed when absent.',
    examples: ['SCS-2C-4-10n_bms', 'SCS-2V-4_kvm'],
  },
  {
    id: 'hwv',
    title: 'Hardware virtualisation',
    target: 'root',
    optional: true,
    lead: 'extension',
    elements: [{ kind: 'keyword', key: 'hwv', ref: 'hwvirt', label: 'hardware (nested) virtualisation', token: 'hwv' }],
    short: { kind: 'drop' },
    description: 'Optional extension, after the hypervisor: instances can use hardware virtualisation (vmx/svm).',
    examples: ['SCS-2C-4-10_kvm_hwv', 'SCS-2C-4-10_bms_hwv'],
  },
  {
    id: 'cpu',
    title: 'CPU architecture',
    target: 'cpu',
    optional: true,
    lead: 'extension',
    elements: [
      { kind: 'choice', key: 'vendor', ref: 'cpuvendor', label: 'CPU vendor / architecture', values: CPU_VENDORS },
      { kind: 'generation', key: 'generation', ref: 'cpugen', label: 'CPU generation', on: 'vendor', lexeme: 'digits', tables: CPU_GENERATIONS },
      { kind: 'run', key: 'frequency', ref: 'perf', label: 'CPU frequency', letter: 'h', values: CPU_FREQUENCIES },
      { kind: 'boundary' },
    ],
    short: { kind: 'reduce', keep: ['vendor'], dropWhen: { key: 'vendor', in: ['i', 'z'] } },
    description:
      'Optional extension: vendor, then generation (only with a vendor), then frequency. Generation 0 means "old or unspecified" and is left out of canonical names. Short names keep the vendor of non-x86 CPUs (it is the architecture).',
    examples: ['SCS-2C-4-10n_z3h', 'SCS-8Ti-32-50p_i1', 'SCS-4C-16-2x200p_a1'],
  },
  {
    id: 'gpu',
    title: 'GPU',
    target: 'gpu',
    optional: true,
    lead: 'extension',
    elements: [
      { kind: 'choice', key: 'type', ref: 'gputype', label: 'GPU type', values: GPU_TYPES },
      { kind: 'choice', key: 'vendor', ref: 'brand', label: 'GPU vendor', values: GPU_VENDORS },
      { kind: 'generation', key: 'generation', ref: 'gen', label: 'GPU generation', on: 'vendor', lexeme: 'text', tables: GPU_GENERATIONS },
      { kind: 'separated-integer', key: 'units', ref: 'cu', label: 'compute units (SMs, CUs or EUs)', since: 'v1' },
      { kind: 'run', key: 'unitFrequency', ref: 'perf', label: 'compute unit frequency', letter: 'h', values: GPU_FREQUENCIES },
      { kind: 'separated-integer', key: 'vram', ref: 'vram', label: 'GiB of VRAM', since: 'v3' },
      { kind: 'run', key: 'vramBandwidth', ref: 'vramperf', label: 'VRAM bandwidth', letter: 'h', values: GPU_BANDWIDTHS },
    ],
    short: { kind: 'reduce', keep: ['type', 'vendor', 'generation', 'units', 'vram'] },
    description:
      'Optional extension: G (pass-through) or g (virtual), vendor letter (required), generation, compute units, VRAM in GiB; h marks high frequency / bandwidth. Short names drop the h modifiers.',
    examples: ['SCS-16V-64-500s_GNa-14-6h', 'SCS-2V-4_gN', 'SCS-16V-64-500s_GA3.1-96-24'],
  },
  {
    id: 'ib',
    title: 'InfiniBand',
    target: 'root',
    optional: true,
    lead: 'extension',
    elements: [{ kind: 'keyword', key: 'ib', ref: 'ib', label: 'InfiniBand', token: 'ib' }],
    short: { kind: 'keep' },
    description: 'Optional extension, always last.',
    examples: ['SCS-2C-4-_ib', 'SCS-16T-64-200s_GNa-72-24_ib'],
  },
];

/** The scs-0103 properties (`extra_specs`) the checker reads. */
export const PROPERTY_KEYS = {
  cpuType: 'scs:cpu-type',
  /** `scs:disk{N}-type`. */
  diskTypePrefix: 'scs:disk',
  namePrefix: 'scs:name-v',
} as const;

export const VERSION_ORDER: readonly StandardVersion[] = ['v1', 'v2', 'v3'];

export function laterVersion(a: StandardVersion, b: StandardVersion): StandardVersion {
  return VERSION_ORDER.indexOf(a) >= VERSION_ORDER.indexOf(b) ? a : b;
}

/** Order of CPU quality, worst first: a name may understate it (L < V < T < C), never overstate it. */
export const CPU_TYPE_ORDER: readonly string[] = CPU_TYPES.map((e) => e.token);

/** The table entry for `token`, if any. */
export function entryFor(values: ValueTable, token: string): ValueEntry | undefined {
  for (const e of values) if (e.token === token) return e;
  return undefined;
}
