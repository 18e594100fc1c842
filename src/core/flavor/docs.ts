/**
 * docs/flavors.md, generated from the grammar (`upkeep flavor docs > docs/flavors.md`); a test
 * fails when the file and this output differ.
 */

import { describeFlavor } from './describe.js';
import { generateName, generateShortName, translateSyntax } from './generate.js';
import { type Element, PARTS, type Part, PREFIX, SEPARATORS, type ValueTable } from './grammar.js';
import { parseFlavorName } from './parse.js';
import { SCS_0103_VERSION, STANDARD_FLAVORS } from './scs-0103.js';

/** Where the standard's text and the reference parser disagree (this module follows the parser). */
const TEXT_VS_PARSER: readonly string[] = [
  'The v3 text (disk examples) lists `SCS-2C-4-n_bms_3`, and v1/v2 list `SCS-2C:4:n-bms-3` / `SCS-2C-4-n_bms_3`: a CPU generation without a vendor. The parser rejects it (`Extra characters: _3`); v3.1 states that a generation needs a vendor.',
  'The v2 text offers `SCS-2C-4-3x-` (three disks, cloud decides type and size); the parser rejects the trailing `-`. `SCS-2C-4-3x` is the v1→v2 translation of the v1 example and parses.',
  'The v2 text offers `SCS-2C-4-3xs` (removed from the v3 text); the parser still accepts it: three local SSDs sized by the cloud.',
  'The v1 and v2 texts use `SCS-1D:1.5:8s` / `SCS-1D-1.5-8s` and v1 `SCS-1Vl:1:5`; `D` and `l` are not CPU suffixes and the parser rejects them (v3 uses `SCS-1C-1.5-8s`).',
  "The v1 and v2 table headers list disk types as `[n/s/l/p]`; the parser's disk types are `n`, `h`, `s`, `p` (`l` is rejected).",
  "The v2 text's `SCS-2C-4-10n_bms_z3hh` says Intel Ice Lake, but `z` is AMD (v3: AMD Milan); v1/v2 call `SCS-8T:16:50n-a2` AMD Rome, but `a` is ARM (v3 uses `_z2`). The names parse as written.",
  'Generation `0` ("old or unspecified") is accepted but dropped from canonical names: `SCS-4C-16_z0` → `SCS-4C-16_z`. Likewise `SCS-2V-4-1x10` and `SCS-2V-4-x10` → `SCS-2V-4-10`, `SCS-2V-4.` → `SCS-2V-4`.',
  'The GPU generation is read as everything up to `-` or `h`, so `SCS-2V-4_GNa_ib` is rejected (generation `a_ib`) although the text suggests GPU followed by `_ib` is fine; write `SCS-2V-4_GNa-64_ib`. For the same reason a VRAM size needs a compute unit count (or an `h`) before it, and a VRAM bandwidth needs a VRAM size.',
  'The parser accepts `h` on a GPU without compute units (`SCS-2V-4_GNah`: high frequency, no unit count); the text ties `h` to the unit count.',
  "The parser's tables are newer than the text of the versions they belong to: Intel gen 5/6, Zen 5/6, ARM gen 4/5, nVidia g/b/u, AMD `x.1` RDNA generations, Intel GPU gen 0.95–4, the `-V` VRAM field and `chy` (Cloud Hypervisor, v3.3). `chy` is in the v2/v3 syntax only; the v1 syntax rejects `-chy`.",
  "scs-0103 gives `(any)` as the disk type of its recommended flavors with a disk and no disk type for those without. Upkeep compares only the extra_specs a flavor's table row gives, as the reference test did with `Tests/iaas/scs-0103-v1-flavors.yaml`; the current reference test derives the expected extra_specs from the name (`compute_flavor_spec`) and so also wants `scs:disk0-type=network` on the `(any)` flavors. The text's \"`scs:disk0-type` not set if no disk is provided\" is not checked either: OSISM's `flavors.yaml` sets `network` on every flavor without a disk, and a flavor without a disk boots from a network volume.",
  'Not in the parser: names are limited to 255 characters, and white space (also before `SCS-`) is reported as an error. Numbers are read by value as the parser does (`SCS-02V-4`, `SCS-2V-0.50000000000000000` are valid), but values of 10^15 or more are rejected as too large (the parser reads arbitrary precision integers).',
];

const VERSION_DIFFERENCES: readonly string[] = [
  '**v1 → v2**: only the separators changed (Kubernetes labels do not allow `:`). v1 writes `:` between CPU, RAM and disk and `-` before extensions; v2 writes `-` and `_`. The translation is mechanical: v1→v2 replaces `-` by `_` and then `:` by `-`.',
  '**v2 → v3**: the syntax is unchanged (the reference parser uses the same expressions); the standard flavor list moved to scs-0103, generation needs a vendor (v3.1), and the tables grew (see above). `upkeep` reports the oldest version whose tables hold every value a name uses.',
  '**`flavor check --standard v1`** accepts both syntaxes: v2 changed only the separators, so a v2-syntax name states nothing v1 cannot, and the check warns only about values that the v1 tables lack (for instance `chy` or Zen 5). With `--standard v2` or `v3`, v1-syntax names get a warning and a rename (`--fix`).',
  `**scs-0103 ${SCS_0103_VERSION}**: the standard flavors (${STANDARD_FLAVORS.filter((s) => s.level === 'mandatory').length} mandatory, ${STANDARD_FLAVORS.filter((s) => s.level === 'recommended').length} recommended; the table below is generated from the standard's text) must exist with exactly their vCPUs, RAM (MiB = GiB × 1024) and root disk, and the extra_specs their row gives: \`scs:cpu-type\`, \`scs:name-v1\` (the name with \`:\` after the first \`-\`), \`scs:name-v2\` (the name) and, where the row names a disk type, \`scs:disk0-type\`. Other extra_specs of a standard flavor are not compared, as in the reference test.`,
  '**Names may understate, never overstate**: a flavor may be sold under a lesser name (more vCPUs, RAM or disk than named, or a better CPU type than named, in the order `L` < `V` < `T` < `C`, as `scs:cpu-type` shows). The same holds for its name variants (`scs:name-v1`, `scs:name-v2`): `SCS-2V-8` on an `SCS-2C-8` flavor understates (info). Only a name that promises more than the flavor has is an error. Disk types have no defined order, so a `scs:diskN-type` that differs from the name is a warning; so is a disk type other than `network` for a disk the name does not have (`network` there is what a flavor without a disk is: boot from a network volume). Flavors with an empty name are skipped with a note, as the reference check skips them.',
];

const code = (s: string): string => `\`${s.replaceAll('|', '\\|')}\``;

function syntaxOf(el: Element, syntax: 'v1' | 'v2'): string {
  const seps = SEPARATORS[syntax];
  switch (el.kind) {
    case 'separator':
      return seps[el.role];
    case 'boundary':
      return '';
    case 'choice':
      return el.values.length === 1 ? (el.values[0]?.token ?? '') : `<${el.key}>`;
    case 'keyword':
      return el.token;
    case 'flag':
      return `[${el.token}]`;
    case 'integer':
      return el.required ? 'N' : '[N]';
    case 'multiplier':
      return '[Mx]';
    case 'decimal':
      return 'R';
    case 'option':
      return `[${el.values.map((v) => v.token).join('/')}]`;
    case 'run':
      return `[${el.letter}…]`;
    case 'generation':
      return '[gen]';
    case 'separated-integer':
      return `[${seps.field}N]`;
  }
}

function partSyntax(part: Part, syntax: 'v1' | 'v2'): string {
  const lead = part.lead ? SEPARATORS[syntax][part.lead] : '';
  return `${lead}${part.elements.map((el) => syntaxOf(el, syntax)).join('')}`;
}

function tableCell(values: ValueTable): string {
  return values.map((v) => `${v.token === '' ? '(none)' : code(v.token)} ${v.label}${v.since !== 'v1' ? ` (${v.since})` : ''}`).join('<br>');
}

function valuesOf(part: Part): string {
  const cells: string[] = [];
  for (const el of part.elements) {
    if (el.kind === 'choice' || el.kind === 'option' || el.kind === 'run') {
      if (el.values.length > 1) cells.push(`**${el.label}**: ${tableCell(el.values)}`);
    } else if (el.kind === 'generation') {
      for (const [owner, table] of Object.entries(el.tables)) cells.push(`**${el.label} for ${code(owner)}**: ${tableCell(table)}`);
    } else if (el.kind === 'flag') cells.push(`${code(el.token)}: ${el.label}`);
    else if (el.kind === 'integer' || el.kind === 'multiplier' || el.kind === 'decimal' || el.kind === 'separated-integer') cells.push(`${el.label}`);
  }
  return cells.join('<br>');
}

function exampleRows(): string[] {
  const rows: string[] = [];
  for (const part of PARTS) {
    for (const name of part.examples) {
      const parsed = parseFlavorName(name);
      if (parsed.kind !== 'flavor') throw new Error(`grammar example ${name} does not parse`);
      const f = parsed.flavor;
      rows.push(`| ${code(name)} | ${code(translateSyntax(generateName(f), 'v1'))} | ${code(generateShortName(f))} | ${describeFlavor(f)} |`);
    }
  }
  return rows;
}

/** The whole docs/flavors.md. */
export function renderGrammarMarkdown(): string {
  const lines: string[] = [
    '# SCS flavor names',
    '',
    '<!-- Generated from src/core/flavor/grammar.ts by `upkeep flavor docs > docs/flavors.md`; do not edit. -->',
    '',
    'A SCS flavor name (standards scs-0100 v1, v2, v3) is the prefix `SCS-` followed by these parts, in this order.',
    'Names without the `SCS-` prefix are not SCS flavors (not an error). All letters are case-sensitive.',
    '`upkeep flavor parse|describe|generate|check` implement it; the reference is `flavor_names.py` of',
    "SovereignCloudStack/standards, which this implementation follows where the standard's text differs.",
    '',
    `Prefix: ${code(PREFIX)}. In the syntax column N is a whole number, R GiB of RAM, M a disk count.`,
    '',
    '| Part | v2/v3 syntax | v1 syntax | Values | Rules |',
    '| --- | --- | --- | --- | --- |',
    ...PARTS.map(
      (p) =>
        `| ${p.title}${p.optional ? ' (optional)' : ''} | ${code(partSyntax(p, 'v2'))} | ${code(partSyntax(p, 'v1'))} | ${valuesOf(p)} | ${p.description} |`,
    ),
    '',
    '## Examples',
    '',
    '| Name | v1 form | Short name | Meaning |',
    '| --- | --- | --- | --- |',
    ...exampleRows(),
    '',
    `## scs-0103 standard flavors (${SCS_0103_VERSION})`,
    '',
    '| Name | Level | Table | vCPUs | vCPU type | RAM [GiB] | Root disk [GB] | Disk type |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...STANDARD_FLAVORS.map(
      (s) =>
        `| ${code(s.name)} | ${s.level} | ${s.table} | ${s.vcpus} | ${s.cpuType} | ${s.ramGiB} | ${s.diskGB ?? ''} | ${s.diskType ?? (s.diskGB !== undefined ? '(any)' : '')} |`,
    ),
    '',
    '## Differences between the versions',
    '',
    ...VERSION_DIFFERENCES.map((d) => `- ${d}`),
    '',
    "## Where the standard's text and the reference parser disagree",
    '',
    'Upkeep follows the parser in each case.',
    '',
    ...TEXT_VS_PARSER.map((d) => `- ${d}`),
    '',
  ];
  return lines.join('\n');
}
