/**
 * The facts a SCS flavor name (scs-0100) encodes. Absent optional fields mean "not stated in the
 * name" (disk type unspecified, standard frequency, generation left out), never a default guess.
 * The keys are the `key`s of the grammar elements in `grammar.ts`.
 */
export type CpuType = 'L' | 'V' | 'T' | 'C';
export type DiskType = 'n' | 'h' | 's' | 'p';
export type Hypervisor = 'kvm' | 'xen' | 'vmw' | 'hyv' | 'bms' | 'chy';
export type CpuVendor = 'i' | 'z' | 'a' | 'r';
export type CpuFrequency = 'h' | 'hh' | 'hhh';
export type GpuType = 'G' | 'g';
export type GpuVendor = 'N' | 'A' | 'I';
export type GpuModifier = 'h' | 'hh';

/** Syntax of a name: v1 uses `:` and `-`; v2 (also used by v3) uses `-` and `_`. */
export type NameSyntax = 'v1' | 'v2';
/** A major version of the flavor naming standard scs-0100. */
export type StandardVersion = 'v1' | 'v2' | 'v3';

export interface FlavorDisk {
  /** Number of disks (`3x10s` → 3); 1 when no multiplier is written. */
  readonly count: number;
  /** Size of each disk in GB; absent: the cloud sizes it to fit the image (`SCS-2C-4-n`). */
  readonly size?: number;
  /** Absent: the cloud decides the disk type. */
  readonly type?: DiskType;
}

export interface FlavorCpu {
  readonly vendor: CpuVendor;
  /** Vendor-specific generation; 0 means "old or unspecified" and is dropped from canonical names. */
  readonly generation?: number;
  readonly frequency?: CpuFrequency;
}

export interface FlavorGpu {
  /** `G` pass-through, `g` virtual GPU. */
  readonly type: GpuType;
  readonly vendor: GpuVendor;
  /** Vendor-specific generation token (`a` Ampere, `3.1` RDNA3, `0.95` Gen9.5). */
  readonly generation?: string;
  /** Compute units: SMs (nVidia), CUs (AMD), EUs (Intel). */
  readonly units?: number;
  readonly unitFrequency?: GpuModifier;
  /** GiB of video RAM. */
  readonly vram?: number;
  readonly vramBandwidth?: GpuModifier;
}

export interface Flavor {
  readonly cpus: number;
  readonly cpuType: CpuType;
  /** `i`: the provider does not commit to CPU vulnerability mitigations. */
  readonly insecure: boolean;
  /** GiB, a positive multiple of 0.5. */
  readonly ram: number;
  /** `u`: no ECC memory. */
  readonly noEcc: boolean;
  /** `o`: memory is oversubscribed. */
  readonly ramOversubscribed: boolean;
  /** Absent: no root disk, boot from volume. */
  readonly disk?: FlavorDisk;
  readonly hypervisor?: Hypervisor;
  /** `_hwv`: hardware (nested) virtualisation in the instance. */
  readonly hwv: boolean;
  readonly cpu?: FlavorCpu;
  readonly gpu?: FlavorGpu;
  /** `_ib`: InfiniBand. */
  readonly ib: boolean;
}

export type ParseFailureCode =
  /** The name is the empty string. */
  | 'empty'
  /** Longer than MAX_NAME_LENGTH. */
  | 'too-long'
  /** Contains a space, tab, newline or other white space. */
  | 'whitespace'
  /** The CPU/RAM part after `SCS-` does not have the required shape (reference: "Failed to parse main part"). */
  | 'main-part'
  /** All parts are read but characters are left (reference: "Extra characters: …"). */
  | 'extra-characters'
  /** A part has the right shape but a value outside its table or range (reference: "X can not be set to …"). */
  | 'bad-value';

export interface ParseFailure {
  readonly code: ParseFailureCode;
  /** 0-based index into the name where the problem starts. */
  readonly position: number;
  /** What would have been accepted at `position`, in words. */
  readonly expected: string;
  /** The offending text (the rest of the name for extra characters, the value for bad values). */
  readonly found: string;
  /** Element key path of a bad value (`cpu.generation`), absent otherwise. */
  readonly field?: string;
  /** Attribute name in the reference parser (`cpugen`), for bad values. */
  readonly referenceField?: string;
  /** The syntax the failure was found with. */
  readonly syntax: NameSyntax;
  readonly message: string;
}

export type ParseResult =
  | {
      readonly kind: 'flavor';
      readonly name: string;
      readonly flavor: Flavor;
      readonly syntax: NameSyntax;
      /** Oldest standard version whose syntax and tables hold the name (v1 for v1 syntax). */
      readonly version: StandardVersion;
      /** Oldest standard version whose tables hold every value used, whatever the syntax. */
      readonly valuesSince: StandardVersion;
    }
  /** No `SCS-` prefix: not a SCS flavor, which is not an error. */
  | { readonly kind: 'not-scs'; readonly name: string }
  | { readonly kind: 'invalid'; readonly name: string; readonly failure: ParseFailure };
