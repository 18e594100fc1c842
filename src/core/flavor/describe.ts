/**
 * Flavor → one English sentence, with the words and labels of the grammar tables:
 * `SCS-16V-64-500s_kvm_z3h` → "16 vCPUs (oversubscribed), 64 GiB RAM, 500 GB local SSD disk,
 * KVM hypervisor, AMD Zen 3 (Milan) CPU at high frequency (>2.75 GHz all-core)".
 */
import {
  CPU_FREQUENCIES,
  CPU_GENERATIONS,
  CPU_TYPES,
  CPU_VENDORS,
  DISK_TYPES,
  entryFor,
  GPU_BANDWIDTHS,
  GPU_FREQUENCIES,
  GPU_GENERATIONS,
  GPU_TYPES,
  GPU_VENDORS,
  HYPERVISORS,
  type ValueTable,
  type Words,
} from './grammar.js';
import type { Flavor, FlavorCpu, FlavorDisk, FlavorGpu } from './types.js';

const label = (table: ValueTable, token: string): string => entryFor(table, token)?.label ?? token;
/** The table's sentence words for `token`, its label when it has none. */
const words = (table: ValueTable, token: string): Words => {
  const e = entryFor(table, token);
  return e?.words ?? { one: e?.label ?? token };
};
const plural = (n: number, w: Words): string => `${n} ${n === 1 ? w.one : (w.many ?? w.one)}`;
const gib = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function cpus(f: Flavor): string {
  const w = words(CPU_TYPES, f.cpuType);
  const notes = [w.note ?? '', f.insecure ? 'insecure: no commitment to CPU vulnerability mitigations' : ''].filter(Boolean);
  return `${plural(f.cpus, w)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function ram(f: Flavor): string {
  const notes = [f.noEcc ? 'no ECC' : '', f.ramOversubscribed ? 'oversubscribed' : ''].filter(Boolean);
  return `${gib(f.ram)} GiB RAM${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function disk(d: FlavorDisk | undefined): string {
  if (!d) return 'no root disk (boot from volume)';
  const kind = d.type ? `${words(DISK_TYPES, d.type).one} ` : '';
  const noun = d.count === 1 ? 'disk' : 'disks';
  const typeNote = d.type ? '' : ' of a type the cloud chooses';
  if (d.size === undefined) return `${d.count === 1 ? 'a' : d.count} ${kind}${noun} sized to fit the image${typeNote}`;
  return `${d.count === 1 ? '' : `${d.count} × `}${d.size} GB ${kind}${noun}${typeNote}`;
}

function cpu(c: FlavorCpu): string {
  const vendor = words(CPU_VENDORS, c.vendor).one;
  const freq = c.frequency ? ` at ${label(CPU_FREQUENCIES, c.frequency)}` : '';
  if (c.generation === undefined) return `${vendor} CPU${freq}`;
  const gen = label(CPU_GENERATIONS[c.vendor] ?? [], String(c.generation));
  // Generation 0 names no generation ("old or unspecified"): a remark, not a model.
  return c.generation === 0 ? `${vendor} CPU of ${gen} generation${freq}` : `${vendor} ${gen} CPU${freq}`;
}

function gpu(g: FlavorGpu): string {
  const vendor = entryFor(GPU_VENDORS, g.vendor);
  const gen = g.generation === undefined ? '' : ` ${label(GPU_GENERATIONS[g.vendor] ?? [], g.generation)}`;
  let text = `${label(GPU_TYPES, g.type)} ${vendor?.label ?? g.vendor}${gen}`;
  const details: string[] = [];
  if (g.units !== undefined)
    details.push(`${g.units} ${vendor?.unit ?? 'compute units'}${g.unitFrequency ? ` at ${label(GPU_FREQUENCIES, g.unitFrequency)}` : ''}`);
  else if (g.unitFrequency) details.push(label(GPU_FREQUENCIES, g.unitFrequency));
  if (g.vram !== undefined) details.push(`${g.vram} GiB VRAM${g.vramBandwidth ? ` with ${label(GPU_BANDWIDTHS, g.vramBandwidth)}` : ''}`);
  else if (g.vramBandwidth) details.push(label(GPU_BANDWIDTHS, g.vramBandwidth));
  if (details.length) text += ` with ${details.join(' and ')}`;
  return text;
}

/** One sentence listing everything the name states, in name order. */
export function describeFlavor(f: Flavor): string {
  const pieces = [cpus(f), ram(f), disk(f.disk)];
  if (f.hypervisor) pieces.push(words(HYPERVISORS, f.hypervisor).one);
  if (f.hwv) pieces.push('hardware virtualisation available in the instance');
  if (f.cpu) pieces.push(cpu(f.cpu));
  if (f.gpu) pieces.push(gpu(f.gpu));
  if (f.ib) pieces.push('InfiniBand');
  return pieces.join(', ');
}
