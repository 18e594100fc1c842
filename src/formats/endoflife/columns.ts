import type { PlainDate } from '../../core/dates.js';
import type { FactField, PhaseName } from '../../core/lifecycle/types.js';
import type { EndoflifeProduct } from './schema.js';

/** The endoflife.date fields that are phase ends, and the front-matter key of each one's column label. */
export type EndField = 'support' | 'eoas' | 'eol' | 'extendedSupport' | 'eoes';
const COLUMN: Readonly<Record<EndField, string>> = {
  support: 'eoasColumn',
  eoas: 'eoasColumn',
  eol: 'eolColumn',
  extendedSupport: 'eoesColumn',
  eoes: 'eoesColumn',
};

/** Field → the phases whose announced end it is (none: not a phase end here). */
export type ColumnMapping = Readonly<Record<EndField, readonly PhaseName[]>>;

/** What the columns mean on endoflife.date by default: `support`/`eoas` → maintained, `eol` → security, `eoes` → extended. */
export const DEFAULT_COLUMNS: ColumnMapping = {
  support: ['maintained'],
  eoas: ['maintained'],
  eol: ['security'],
  extendedSupport: ['extended'],
  eoes: ['extended'],
};

interface ProductColumns {
  /** The mapping for facts recorded outside the listed periods and for the current file. */
  readonly mapping: ColumnMapping;
  /** Periods in which the columns meant something else (history facts recorded in [from, until)). */
  readonly periods?: readonly { readonly from: PlainDate; readonly until: PlainDate; readonly mapping: ColumnMapping }[];
  /** Why, with the source: written into the product file as `phase_note`. */
  readonly note: string;
}

/**
 * Products whose columns mean something else than the default, each with its source.
 * Ubuntu: `eoas` is "Hardware & Maintenance" (the end of hardware enablement, 20.04: 2022-10-01);
 * Canonical's maintenance is the standard support of `eol` ("Maintenance & Security Support",
 * 20.04: 2025-05-31), then Expanded Security Maintenance (`eoes`). Between 2022-03-28 and
 * 2023-01-04 endoflife.date had `support` as standard support and `eol` as the end of ESM.
 */
const PRODUCTS: Readonly<Record<string, ProductColumns>> = {
  ubuntu: {
    mapping: { support: [], eoas: [], eol: ['maintained', 'security'], extendedSupport: ['extended'], eoes: ['extended'] },
    periods: [
      {
        from: '2022-03-28' as PlainDate,
        until: '2023-01-04' as PlainDate,
        mapping: { support: ['maintained'], eoas: ['maintained'], eol: ['extended'], extendedSupport: ['extended'], eoes: ['extended'] },
      },
    ],
    note:
      'endoflife.date\'s eoas column for Ubuntu is "Hardware & Maintenance" (hardware enablement), not the end of maintenance: ' +
      'maintained and security come from eol ("Maintenance & Security Support", Canonical\'s standard support), extended from eoes ' +
      '(Expanded Security Maintenance); see https://ubuntu.com/about/release-cycle. Between 2022-03-28 and 2023-01-04 ' +
      'endoflife.date had support = standard support and eol = end of ESM (endoflife-date/endoflife.date@c28e46f97cba, @428cb846241d).',
  },
};

/** The mapping of a product's columns for its current file, or for a history fact recorded on a date. */
export function columnMapping(productId: string, recorded?: PlainDate): ColumnMapping {
  const p = PRODUCTS[productId];
  if (!p) return DEFAULT_COLUMNS;
  const period = recorded && p.periods?.find((x) => recorded >= x.from && recorded < x.until);
  return period ? period.mapping : p.mapping;
}

/** The lifecycle fields of an endoflife.date end field under a mapping (`eol` → `security.announced`). */
export function factFields(mapping: ColumnMapping, field: EndField): FactField[] {
  return mapping[field].map((phase) => `${phase}.announced` as FactField);
}

export function isEndField(field: string): field is EndField {
  return field in COLUMN;
}

/**
 * Each phase's name on the product's page (`eolColumn: Maintenance & Security Support`), and the
 * note on a per-product mapping. A column label of `true`/`false` only shows or hides the column.
 */
export function phaseLabels(productId: string, p: EndoflifeProduct): { labels: Partial<Record<PhaseName, string>>; note?: string } {
  const mapping = columnMapping(productId);
  const labels: Partial<Record<PhaseName, string>> = {};
  const raw = p as Record<string, unknown>;
  for (const field of ['eoas', 'eol', 'eoes'] as const) {
    const label = raw[COLUMN[field]];
    if (typeof label !== 'string') continue;
    for (const phase of mapping[field]) labels[phase] ??= label.replace(/<[^>]*>/g, '').trim();
  }
  const note = PRODUCTS[productId]?.note;
  return { labels, ...(note ? { note } : {}) };
}
