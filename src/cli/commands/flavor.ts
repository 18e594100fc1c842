/**
 * `upkeep flavor …`: parse, describe, generate and check SCS flavor names (scs-0100, scs-0103).
 * Only types and the format lists are imported statically; each action loads its use case when it runs.
 */
import type { Command } from 'commander';
import type { Flavor, StandardVersion } from '../../app/flavor.js';
import { type Problem, throwProblems, UpkeepError } from '../../app/index.js';
import { FLAVOR_CHECK_FORMATS } from '../../render/flavor-check-formats.js';
import { formatIds, rendererOf } from '../../render/renderer.js';
import type { CliIo, SetExit } from '../io.js';
import { choice } from '../options.js';

const STANDARDS = ['v1', 'v2', 'v3'] as const;

async function parseNames(io: CliIo, names: readonly string[], format: 'text' | 'json', mode: 'parse' | 'describe'): Promise<number> {
  const { parseFlavorNames } = await import('../../app/flavor.js');
  const { flavorNamesJson, flavorNameText } = await import('../../render/flavor-names.js');
  const results = parseFlavorNames(names);
  if (format === 'json') io.out(flavorNamesJson(results));
  else
    for (const r of results) {
      if (r.kind === 'flavor') io.out(flavorNameText(r, mode));
      else io.err(flavorNameText(r, mode));
    }
  // A name without the SCS- prefix is no SCS name either (`flavor check` is the command that passes over a cloud's other flavors).
  return results.some((r) => r.kind !== 'flavor') ? 1 : 0;
}

interface GenerateFlags {
  cpus?: string;
  cpuType?: string;
  ram?: string;
  insecure?: boolean;
  ecc?: boolean;
  ramOversubscribed?: boolean;
  disk?: string;
  disks?: string;
  diskType?: string;
  hypervisor?: string;
  hwv?: boolean;
  cpuBrand?: string;
  cpuGen?: string;
  cpuFreq?: string;
  gpu?: string;
  gpuVendor?: string;
  gpuGen?: string;
  gpuUnits?: string;
  gpuFreq?: string;
  gpuVram?: string;
  gpuBandwidth?: string;
  ib?: boolean;
  standard: string;
}

const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  cpus: '--cpus',
  cpuType: '--cpu-type',
  ram: '--ram',
  'disk.count': '--disks',
  'disk.size': '--disk',
  'disk.type': '--disk-type',
  hypervisor: '--hypervisor',
  'cpu.vendor': '--cpu-brand',
  'cpu.generation': '--cpu-gen',
  'cpu.frequency': '--cpu-freq',
  'gpu.type': '--gpu',
  'gpu.vendor': '--gpu-vendor',
  'gpu.generation': '--gpu-gen',
  'gpu.units': '--gpu-units',
  'gpu.unitFrequency': '--gpu-freq',
  'gpu.vram': '--gpu-vram',
  'gpu.vramBandwidth': '--gpu-bandwidth',
  ib: '--ib',
};

function usage(message: string, hint: string): UpkeepError {
  return new UpkeepError('UPK_USAGE', message, hint);
}

function integer(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value) || Number(value) === 0) throw usage(`${option} "${value}" is not a positive whole number`, `write it like ${option} 4`);
  return Number(value);
}

async function generate(io: CliIo, flags: GenerateFlags): Promise<void> {
  const { flavorGrammar: grammar, generateFlavorName } = await import('../../app/flavor.js');
  const standard = choice(flags.standard, STANDARDS, '--standard') as StandardVersion;
  const tokens = (table: readonly { token: string }[]) => table.map((e) => e.token).filter((t) => t !== '');
  const pick = <T extends string>(value: string | undefined, table: readonly { token: string }[], option: string): T | undefined =>
    value === undefined ? undefined : (choice(value, tokens(table), option) as T);
  const required = (value: string | undefined, option: string, example: string): string => {
    if (value === undefined) throw usage(`${option} is required`, `add ${option} ${example}`);
    return value;
  };
  const cpus = integer(required(flags.cpus, '--cpus', '4'), '--cpus') as number;
  const cpuType = pick<Flavor['cpuType']>(required(flags.cpuType, '--cpu-type', 'V'), grammar.CPU_TYPES, '--cpu-type') as Flavor['cpuType'];
  const ramText = required(flags.ram, '--ram', '16');
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(ramText)) throw usage(`--ram "${ramText}" is not a number of GiB`, 'write it like --ram 16 or --ram 0.5');
  const size = integer(flags.disk, '--disk');
  const count = integer(flags.disks, '--disks');
  const diskType = pick<'n' | 'h' | 's' | 'p'>(flags.diskType, grammar.DISK_TYPES, '--disk-type');
  const hasDisk = size !== undefined || count !== undefined || diskType !== undefined;
  const vendor = pick<NonNullable<Flavor['cpu']>['vendor']>(flags.cpuBrand, grammar.CPU_VENDORS, '--cpu-brand');
  if (!vendor && (flags.cpuGen !== undefined || flags.cpuFreq !== undefined))
    throw usage('--cpu-gen and --cpu-freq need --cpu-brand', 'add --cpu-brand i, z, a or r');
  const gpuType = pick<NonNullable<Flavor['gpu']>['type']>(flags.gpu, grammar.GPU_TYPES, '--gpu');
  const gpuVendor = pick<NonNullable<Flavor['gpu']>['vendor']>(flags.gpuVendor, grammar.GPU_VENDORS, '--gpu-vendor');
  const gpuDetails = [flags.gpuGen, flags.gpuUnits, flags.gpuFreq, flags.gpuVram, flags.gpuBandwidth].some((v) => v !== undefined);
  if ((gpuType || gpuDetails) && !gpuVendor) throw usage('a GPU needs --gpu-vendor', 'add --gpu-vendor N, A or I (and --gpu G or g)');
  if (gpuVendor && !gpuType) throw usage('--gpu-vendor needs --gpu G (pass-through) or --gpu g (virtual)', 'add --gpu G');
  const cpuGen = integer(flags.cpuGen === '0' ? undefined : flags.cpuGen, '--cpu-gen');
  const gpuUnits = integer(flags.gpuUnits, '--gpu-units');
  const gpuVram = integer(flags.gpuVram, '--gpu-vram');
  const flavor: Flavor = {
    cpus,
    cpuType,
    insecure: Boolean(flags.insecure),
    ram: Number(ramText),
    noEcc: flags.ecc === false,
    ramOversubscribed: Boolean(flags.ramOversubscribed),
    ...(hasDisk ? { disk: { count: count ?? 1, ...(size !== undefined ? { size } : {}), ...(diskType ? { type: diskType } : {}) } } : {}),
    ...(flags.hypervisor !== undefined
      ? { hypervisor: pick<NonNullable<Flavor['hypervisor']>>(flags.hypervisor, grammar.HYPERVISORS, '--hypervisor') as NonNullable<Flavor['hypervisor']> }
      : {}),
    hwv: Boolean(flags.hwv),
    ...(vendor
      ? {
          cpu: {
            vendor,
            ...(cpuGen !== undefined ? { generation: cpuGen } : {}),
            ...(flags.cpuFreq ? { frequency: pick<'h' | 'hh' | 'hhh'>(flags.cpuFreq, grammar.CPU_FREQUENCIES, '--cpu-freq') as 'h' | 'hh' | 'hhh' } : {}),
          },
        }
      : {}),
    ...(gpuType && gpuVendor
      ? {
          gpu: {
            type: gpuType,
            vendor: gpuVendor,
            ...(flags.gpuGen ? { generation: flags.gpuGen } : {}),
            ...(gpuUnits !== undefined ? { units: gpuUnits } : {}),
            ...(flags.gpuFreq ? { unitFrequency: pick<'h' | 'hh'>(flags.gpuFreq, grammar.GPU_FREQUENCIES, '--gpu-freq') as 'h' | 'hh' } : {}),
            ...(gpuVram !== undefined ? { vram: gpuVram } : {}),
            ...(flags.gpuBandwidth ? { vramBandwidth: pick<'h' | 'hh'>(flags.gpuBandwidth, grammar.GPU_BANDWIDTHS, '--gpu-bandwidth') as 'h' | 'hh' } : {}),
          },
        }
      : {}),
    ib: Boolean(flags.ib),
  };
  const generated = generateFlavorName(flavor, standard);
  const { flavorProblemText } = await import('../../render/flavor-problems.js');
  throwProblems(
    (generated.problems ?? []).map(
      (p): Problem => ({
        code: 'UPK_USAGE',
        message: `${OPTION_OF_FIELD[p.field] ?? p.field}: ${flavorProblemText(p)}`,
        hint:
          p.rule === 'hypervisor-not-in-syntax'
            ? `use ${p.syntaxes.map((v) => `--standard ${v}`).join(' or ')}, or another --hypervisor`
            : 'correct the option; docs/flavors.md (or `upkeep flavor docs`) lists the allowed values',
      }),
    ),
  );
  io.out(`${generated.name}\n`);
}

interface CheckFlags {
  standard: string;
  format: string;
  failOn: string;
  fix?: boolean;
}

async function check(io: CliIo, file: string, flags: CheckFlags): Promise<number> {
  const standard = choice(flags.standard, STANDARDS, '--standard');
  const format = choice(flags.format, formatIds(FLAVOR_CHECK_FORMATS), '--format');
  const failOn = choice(flags.failOn, ['error', 'warning', 'never'] as const, '--fail-on');
  const { checkFlavorList, flavorCheckFails } = await import('../../app/flavor-check.js');
  const report = checkFlavorList(file, { standard });
  io.out(await rendererOf(FLAVOR_CHECK_FORMATS, format).render(report, { fix: flags.fix === true }));
  return flavorCheckFails(report, failOn) ? 1 : 0;
}

async function writePage(io: CliIo, out: string): Promise<void> {
  const { flavorCoreScript } = await import('../../app/flavor-page.js');
  const { writeOutput } = await import('../../app/output.js');
  const { renderFlavorPage } = await import('../../web/flavor-page.js');
  writeOutput(out, renderFlavorPage(flavorCoreScript()));
  io.out(`wrote ${out}\n`);
}

export function registerFlavor(program: Command, io: CliIo, setExit: SetExit): void {
  const flavor = program.command('flavor').description('parse, describe, generate and check SCS flavor names (scs-0100, scs-0103)');

  flavor
    .command('parse')
    .description('show the fields of SCS flavor names; a bad name shows where and what was expected')
    .argument('<name...>', 'flavor names')
    .option('--format <format>', 'output: text, json', 'text')
    .addHelpText(
      'after',
      '\nExit codes: 0 every name is a valid SCS name, 1 a name is invalid or not an SCS name (no SCS- prefix), 2 usage.\nExample: upkeep flavor parse SCS-16V-64-500s_kvm_z3h',
    )
    .action(async (names: string[], flags: { format: string }) => {
      const format = choice(flags.format, ['text', 'json'] as const, '--format');
      setExit(await parseNames(io, names, format, 'parse'));
    });

  flavor
    .command('describe')
    .description('one sentence per flavor name')
    .argument('<name...>', 'flavor names')
    .addHelpText(
      'after',
      '\nExit codes: 0 every name is a valid SCS name, 1 a name is invalid or not an SCS name (no SCS- prefix), 2 usage.\nExample: upkeep flavor describe SCS-16V-64-500s_kvm_z3h',
    )
    .action(async (names: string[]) => {
      setExit(await parseNames(io, names, 'text', 'describe'));
    });

  flavor
    .command('generate')
    .description('the canonical flavor name for the given fields')
    .option('--cpus <n>', 'number of vCPUs')
    .option('--cpu-type <L|V|T|C>', 'L crowded, V shared, T dedicated thread, C dedicated core')
    .option('--ram <GiB>', 'RAM in GiB (multiples of 0.5)')
    .option('--insecure', 'no commitment to CPU vulnerability mitigations (i)')
    .option('--no-ecc', 'RAM without ECC (u)')
    .option('--ram-oversubscribed', 'oversubscribed RAM (o)')
    .option('--disk <GB>', 'root disk size in GB')
    .option('--disks <n>', 'number of disks (multiplier)')
    .option('--disk-type <n|h|s|p>', 'network, local HDD, SSD, NVMe')
    .option('--hypervisor <hyp>', 'kvm, xen, vmw, hyv, bms, chy')
    .option('--hwv', 'hardware (nested) virtualisation')
    .option('--cpu-brand <i|z|a|r>', 'Intel, AMD, ARM, RISC-V')
    .option('--cpu-gen <n>', 'CPU generation (needs --cpu-brand)')
    .option('--cpu-freq <h|hh|hhh>', 'CPU frequency class')
    .option('--gpu <G|g>', 'pass-through (G) or virtual (g) GPU')
    .option('--gpu-vendor <N|A|I>', 'nVidia, AMD, Intel')
    .option('--gpu-gen <gen>', 'GPU generation (a, l, 3.1, …)')
    .option('--gpu-units <n>', 'SMs / CUs / EUs')
    .option('--gpu-freq <h|hh>', 'compute unit frequency class')
    .option('--gpu-vram <GiB>', 'VRAM in GiB')
    .option('--gpu-bandwidth <h|hh>', 'VRAM bandwidth class')
    .option('--ib', 'InfiniBand')
    .option('--standard <version>', 'syntax: v1, v2, v3', 'v3')
    .addHelpText(
      'after',
      '\nExit codes: 0 the name is printed, 2 missing or invalid fields (usage).\nExample: upkeep flavor generate --cpus 16 --cpu-type V --ram 64 --disk 500 --disk-type s --hypervisor kvm --cpu-brand z --cpu-gen 3 --cpu-freq h',
    )
    .action(async (flags: GenerateFlags) => {
      await generate(io, flags);
    });

  flavor
    .command('check')
    .description("check a cloud's flavor list (openstack flavor list --long -f json) against scs-0100 and scs-0103")
    .argument('<file>', 'JSON of `openstack flavor list --long -f json`, `flavor show -f json`, `server show -f json` or Nova GET /flavors/detail')
    .option('--standard <version>', 'naming standard the names are held to: v1, v2, v3', 'v3')
    .option('--format <format>', `output: ${formatIds(FLAVOR_CHECK_FORMATS).join(', ')}`, formatIds(FLAVOR_CHECK_FORMATS)[0])
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above: error, warning, never', 'error')
    .option('--fix', 'also print the renames of v1 names to canonical names')
    .addHelpText(
      'after',
      "\nExit codes: 0 nothing at or above --fail-on, 1 findings, 2 unreadable input or usage. Flavors without the SCS- prefix are the cloud's own: passed over, not findings.",
    )
    .action(async (file: string, flags: CheckFlags) => {
      setExit(await check(io, file, flags));
    });

  flavor
    .command('page')
    .description('write a self-contained HTML page to build and describe flavor names')
    .requiredOption('--out <file>', 'HTML file to write')
    .action(async (flags: { out: string }) => {
      await writePage(io, flags.out);
    });

  flavor
    .command('docs')
    .description('print the grammar, its values and the standard flavors (docs/flavors.md)')
    .action(async () => {
      const { flavorGrammarDocs } = await import('../../app/flavor.js');
      io.out(flavorGrammarDocs());
    });
}
