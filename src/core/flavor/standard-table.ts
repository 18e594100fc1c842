/**
 * The standard flavors of scs-0103 as its text gives them: one row of its tables per flavor.
 * `parseStandardFlavorTables` reads the tables from the standard's Markdown (text in, rows out);
 * `renderStandardFlavorsModule` writes the generated `scs-0103.ts` that the checker uses, so the
 * core never reads a file. `npm run docs` regenerates it; a test compares it with the text.
 */

/** One row of a table under "## Standard SCS flavors". */
export interface StandardFlavor {
  /** The "Recommended name" column (v2/v3 syntax). */
  readonly name: string;
  /** `### Mandatory` → mandatory; `### Recommended, part N` → recommended. */
  readonly level: 'mandatory' | 'recommended';
  /** The heading of the table the row is in (`Recommended, part 2` was added in v1.2). */
  readonly table: string;
  readonly vcpus: number;
  /** The "vCPU type" column: the value `scs:cpu-type` must have (`shared-core`, `crowded-core`). */
  readonly cpuType: string;
  readonly ramGiB: number;
  /** The "Root disk [GB]" column; absent: no root disk (boot from volume). */
  readonly diskGB?: number;
  /** The "Disk type" column: the value `scs:disk0-type` must have; absent where the table says "(any)" or gives no disk. */
  readonly diskType?: string;
}

export interface StandardFlavorTables {
  /** "Note that this is v1.2 of this standard." */
  readonly version: string;
  readonly flavors: readonly StandardFlavor[];
}

const HEADER = ['Recommended name', 'vCPUs', 'vCPU type', 'RAM [GiB]', 'Root disk [GB]', 'Disk type'];

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

function level(heading: string): StandardFlavor['level'] {
  if (/^Mandatory$/i.test(heading)) return 'mandatory';
  if (/^Recommended\b/i.test(heading)) return 'recommended';
  throw new Error(`scs-0103: a flavor table under "### ${heading}", which is neither Mandatory nor Recommended`);
}

function row(c: readonly string[], table: string): StandardFlavor {
  const [name = '', vcpus = '', cpuType = '', ram = '', disk = '', diskType = ''] = c;
  const whole = (text: string, column: string): number => {
    if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`scs-0103: ${name}: "${text}" in column ${column} is not a number`);
    return Number(text);
  };
  return {
    name,
    level: level(table),
    table,
    vcpus: whole(vcpus, 'vCPUs'),
    cpuType,
    ramGiB: whole(ram, 'RAM [GiB]'),
    ...(disk ? { diskGB: whole(disk, 'Root disk [GB]') } : {}),
    ...(diskType && diskType !== '(any)' ? { diskType } : {}),
  };
}

/**
 * The rows of every flavor table (header `| Recommended name | vCPUs | … |`) under the `###`
 * headings of "## Standard SCS flavors", in the order of the text. Throws on a table whose header
 * differs: a new column must be read on purpose, not dropped.
 */
export function parseStandardFlavorTables(markdown: string): StandardFlavorTables {
  const version = /this is (v\d+(?:\.\d+)*) of this standard/i.exec(markdown)?.[1];
  if (!version) throw new Error('scs-0103: the text does not say which version it is ("this is vX.Y of this standard")');
  const flavors: StandardFlavor[] = [];
  let section = '';
  let heading = '';
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const h2 = /^## (.+)$/.exec(line);
    if (h2) section = (h2[1] as string).trim();
    const h3 = /^### (.+)$/.exec(line);
    if (h3) heading = (h3[1] as string).trim();
    if (section !== 'Standard SCS flavors' || !line.trim().startsWith('|')) {
      inTable = false;
      continue;
    }
    const c = cells(line);
    if (!inTable) {
      if (c.join('|') !== HEADER.join('|')) throw new Error(`scs-0103: unexpected table header under "### ${heading}": ${line.trim()}`);
      inTable = true;
      continue;
    }
    if (c.every((x) => /^-+$/.test(x))) continue;
    flavors.push(row(c, heading));
  }
  return { version, flavors };
}

/** This module, which the generated one imports its type from. */
const SELF = 'standard-table';

/** The source of `scs-0103.ts`: the rows as a typed constant. */
export function renderStandardFlavorsModule(tables: StandardFlavorTables, source: string): string {
  const value = (v: string | number): string => (typeof v === 'number' ? String(v) : `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`);
  const entry = (f: StandardFlavor): string =>
    `  { ${Object.entries(f)
      .map(([k, v]) => `${k}: ${value(v as string | number)}`)
      .join(', ')} },`;
  return [
    '/**',
    ` * The standard flavors of scs-0103 ${tables.version}, one entry per row of its tables.`,
    ` * Generated from ${source} by \`npm run docs\`; do not edit (a test compares it with the text).`,
    ' */',
    `import type { StandardFlavor } from './${SELF}.js';`,
    '',
    `export const SCS_0103_VERSION = '${tables.version}';`,
    '',
    'export const STANDARD_FLAVORS: readonly StandardFlavor[] = [',
    ...tables.flavors.map(entry),
    '];',
    '',
  ].join('\n');
}
