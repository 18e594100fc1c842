import { basename } from 'node:path';
import type { PlainDate } from '../../core/dates.js';
import { UpkeepError } from '../../core/errors.js';
import { unreachableCycles } from '../../core/lifecycle/match.js';
import { knownAt } from '../../core/lifecycle/replay.js';
import {
  type Cycle,
  type EndValue,
  type Fact,
  type FactField,
  type FactValue,
  PHASES,
  type PhaseEnd,
  type PhaseName,
  type Product,
  type ProductIdentifiers,
} from '../../core/lifecycle/types.js';
import { getScheme } from '../../core/versions/registry.js';
import type { ImportResult } from '../../core/workspace.js';
import { type ColumnMapping, columnMapping, factFields, isEndField, phaseLabels } from './columns.js';
import type { EndoflifeChange, EndoflifeCycle, EndoflifeProduct } from './schema.js';
import { schemeFor } from './schemes.js';

/** endoflife.date field → lifecycle field; the phase ends map per product (columns.ts). */
const FIELD_MAP: Readonly<Record<string, FactField>> = {
  releaseDate: 'released',
  lts: 'lts',
  codename: 'codename',
  latest: 'latest',
  latestReleaseDate: 'latestDate',
};

function end(v: EndValue | null | undefined): PhaseEnd | undefined {
  return v === null || v === undefined ? undefined : { announced: v };
}

/**
 * endoflife.date flags have two polarities: `eol`/`eoas`/`eoes: true` mean "has ended", while
 * `support: true` and `extendedSupport: true` mean "is still given". Dates mean the end either way.
 * `extendedSupport: false` means no extended support is offered (no such phase).
 */
function endValue(field: string, v: unknown): EndValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'boolean') return v as EndValue;
  if (field === 'support') return !v;
  if (field === 'extendedSupport') return v ? false : null;
  return v;
}

/** A cycle's own label is another name pins may use (`1.0 (Python 2)`); templates and the id itself are not. */
function aliasesOf(r: EndoflifeCycle): string[] {
  const label = r.releaseLabel?.trim();
  return label && !label.includes('__') && label.toLowerCase() !== r.releaseCycle.toLowerCase() && label.length <= 200 ? [label] : [];
}

/** The phase ends of a cycle under the product's column mapping; `eoas` before `support`, `eoes` before `extendedSupport`. */
function endsFrom(r: EndoflifeCycle, mapping: ColumnMapping): Cycle['ends'] {
  const found: Partial<Record<PhaseName, PhaseEnd>> = {};
  for (const field of ['eoas', 'support', 'eol', 'eoes', 'extendedSupport'] as const) {
    const e = end(endValue(field, r[field]));
    if (e) for (const phase of mapping[field]) found[phase] ??= e;
  }
  return Object.fromEntries(PHASES.filter((p) => found[p]).map((p) => [p, found[p]]));
}

function cycleFrom(r: EndoflifeCycle, mapping: ColumnMapping): Cycle {
  const aliases = aliasesOf(r);
  const ends = endsFrom(r, mapping);
  return {
    id: r.releaseCycle,
    ...(r.codename ? { codename: r.codename } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(r.releaseDate ? { released: r.releaseDate } : {}),
    ...(r.lts !== undefined && r.lts !== null ? { lts: Boolean(r.lts) } : {}),
    ends,
    ...(r.latest ? { latest: r.latest } : {}),
    ...(r.latestReleaseDate ? { latestDate: r.latestReleaseDate } : {}),
  };
}

/**
 * The package URLs and Repology names of `identifiers` (`[type, value]` pairs), purls without
 * version or qualifiers other than `repository_url`; none: no `identifiers` field.
 */
export function identifiersFrom(entries: readonly (readonly [string, unknown])[]): { identifiers?: ProductIdentifiers } {
  const purls: string[] = [];
  const repology: string[] = [];
  for (const [type, value] of entries) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (type === 'purl' && /^pkg:[a-z][a-z0-9.+-]*\/[^@]+$/.test(value.trim())) purls.push(value.trim());
    else if (type === 'repology') repology.push(value.trim());
  }
  return purls.length || repology.length ? { identifiers: { purls, repology } } : {};
}

/** A product file's front matter as a Product; the id is the file's name (`kubernetes.md`). */
function productFrom(id: string, p: EndoflifeProduct): Product {
  const mapping = columnMapping(id);
  const { labels, note } = phaseLabels(id, p);
  const cycles = p.releases.map((r) => cycleFrom(r, mapping));
  return {
    id,
    name: p.title,
    scheme: schemeFor(id, cycles),
    cycles,
    history: [],
    sources: [`https://endoflife.date/${id}`, ...(p.releasePolicyLink ? [p.releasePolicyLink] : [])],
    ...(Object.keys(labels).length ? { phaseLabels: labels } : {}),
    ...(note ? { phaseNote: note } : {}),
    ...identifiersFrom((p.identifiers ?? []).flatMap((entry) => Object.entries(entry))),
  };
}

/**
 * History changes as lifecycle facts, in the order recorded; fields Upkeep does not keep are
 * dropped. A phase end maps by the product's columns as they were when it was recorded.
 */
export function factsFrom(changes: readonly EndoflifeChange[], productId = ''): Fact[] {
  const facts: Fact[] = [];
  for (const c of changes) {
    const source = c.commit ? { source: `endoflife-date/endoflife.date@${c.commit}` } : {};
    if (isEndField(c.field)) {
      const to = endValue(c.field, typeof c.to === 'number' ? String(c.to) : c.to);
      for (const field of factFields(columnMapping(productId, c.recorded), c.field)) facts.push({ recorded: c.recorded, cycle: c.cycle, field, to, ...source });
      continue;
    }
    const field = FIELD_MAP[c.field];
    if (!field) continue;
    let to: Fact['to'] = typeof c.to === 'number' ? String(c.to) : c.to;
    if (field === 'lts') to = to === null ? null : Boolean(to);
    facts.push({ recorded: c.recorded, cycle: c.cycle, field, to, ...source });
  }
  facts.sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
  return facts;
}

/**
 * Point releases from the history: each change of `latest` is a point release, dated by the
 * `latestReleaseDate` recorded with it, else by the day the change landed (a bound: it was out
 * by then). endoflife.date keeps only the latest patch, so this is all it can tell.
 */
export function pointReleasesFromHistory(product: Product): Product {
  const byCycle = new Map<string, Map<string, PlainDate>>();
  const dateOf = new Map<string, PlainDate>();
  for (const f of product.history) if (f.field === 'latestDate' && typeof f.to === 'string') dateOf.set(`${f.cycle}@${f.recorded}`, f.to as PlainDate);
  for (const f of product.history) {
    if (f.field !== 'latest' || typeof f.to !== 'string') continue;
    let m = byCycle.get(f.cycle);
    if (!m) byCycle.set(f.cycle, (m = new Map()));
    const date = dateOf.get(`${f.cycle}@${f.recorded}`) ?? f.recorded;
    if (!m.has(f.to) || date < (m.get(f.to) as PlainDate)) m.set(f.to, date);
  }
  if (byCycle.size === 0) return product;
  return {
    ...product,
    cycles: product.cycles.map((c) => {
      const m = byCycle.get(c.id);
      if (!m) return c;
      const points = [...m].map(([version, date]) => ({ version, date })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return { ...c, points };
    }),
  };
}

function fieldOf(c: Cycle | undefined, field: FactField): FactValue {
  if (!c) return null;
  const dot = field.indexOf('.');
  if (dot > 0) {
    const end = c.ends[field.slice(0, dot) as PhaseName];
    const v = field.endsWith('.actual') ? end?.actual : end?.announced;
    return v ?? null;
  }
  const v = (c as unknown as Record<string, FactValue | undefined>)[field];
  return v ?? null;
}

/**
 * The history ends where the current file begins: where replaying every entry does not give the
 * current file (a field dropped in a commit the history did not record, e.g. Docker 20.10's
 * `support: false`), an entry at the history's last date records the current value. Checks as of
 * that date or later then agree with today's file; earlier dates keep what was published then.
 */
function reconcileWithCurrent(product: Product): Product {
  const [first] = product.history;
  if (!first) return product;
  const last = product.history.reduce((m, f) => (f.recorded > m ? f.recorded : m), first.recorded);
  const replayed = knownAt(product, '9999-12-31' as PlainDate);
  const named = new Map<string, Set<FactField>>();
  for (const f of product.history) {
    let fields = named.get(f.cycle);
    if (!fields) named.set(f.cycle, (fields = new Set()));
    fields.add(f.field);
  }
  const extra: Fact[] = [];
  for (const current of product.cycles) {
    const fields = named.get(current.id);
    if (!fields) continue;
    const end = replayed.cycles.find((c) => c.id === current.id);
    for (const field of fields) {
      const want = fieldOf(current, field);
      if (fieldOf(end, field) !== want)
        extra.push({
          recorded: last,
          cycle: current.id,
          field,
          to: want,
          source: 'reconciled: the current endoflife.date file differs from the end of its history',
        });
    }
  }
  return extra.length ? { ...product, history: [...product.history, ...extra] } : product;
}

/**
 * A history is the git history of the same product file, so most cycles it names are cycles of
 * the product, released on the day the file says; a few may have been renamed or removed since
 * (Docker 27.0 … 28.1, Debian's and Ubuntu's old long names) or redated. Where fewer than half
 * the cycles it names are such, it is another product's history (nginx.md with redis.jsonl:
 * none; Cilium with Vault's history: 1.14 and 1.15 are cycles of both, released on other days),
 * and would make every "as of" answer wrong.
 */
function requireHistoryOf(product: EndoflifeProduct, productFile: string, history: { file: string; changes: readonly EndoflifeChange[] }): void {
  const released = new Map(product.releases.map((r) => [r.releaseCycle, r.releaseDate ?? undefined]));
  const lastReleased = new Map<string, unknown>();
  for (const c of history.changes) if (c.field === 'releaseDate') lastReleased.set(c.cycle, c.to);
  const named = [...new Set(history.changes.map((c) => c.cycle))];
  const fits = (cycle: string) =>
    released.has(cycle) && (!lastReleased.has(cycle) || released.get(cycle) === undefined || lastReleased.get(cycle) === released.get(cycle));
  const foreign = named.filter((c) => !fits(c));
  if (foreign.length * 2 < named.length) return;
  const list = (xs: readonly string[]) => `${xs.slice(0, 6).join(', ')}${xs.length > 6 ? `, … (${xs.length})` : ''}`;
  throw new UpkeepError(
    'UPK_UNKNOWN_CYCLE',
    `${basename(history.file)} is not the history of ${basename(productFile)}: ${foreign.length} of the ${named.length} cycles it names are not cycles of ${product.title} or were released on other days (${list(foreign)}; the product has ${list([...released.keys()])})`,
    `pass the history of the same product (history/${basename(productFile).replace(/\.md$/, '.jsonl')}), or import without --history`,
    { file: history.file },
  );
}

const LISTED = 6;

function listed(items: readonly string[]): string {
  return items.length > LISTED ? `${items.slice(0, LISTED).join('; ')}; and ${items.length - LISTED} more` : items.join('; ');
}

/** Cycles whose id names another cycle, or whose `latest` version resolves to another cycle or none. */
function reachabilityWarnings(product: Product): string[] {
  const scheme = getScheme(product.scheme);
  if (!scheme) return [];
  const unreachable = unreachableCycles(product.cycles, scheme.parse);
  const byId = unreachable.filter((u) => u.by === 'id');
  const byLatest = unreachable.filter((u) => u.by === 'latest');
  const warnings: string[] = [];
  if (byId.length)
    warnings.push(
      `${product.id}: no version can reach ${byId.length === 1 ? 'cycle' : 'cycles'} ${listed(byId.map((u) => `${u.cycle} (its id names cycle ${u.reaches})`))}; pins of ${byId.length === 1 ? 'it' : 'them'} are judged by the other cycle`,
    );
  if (byLatest.length)
    warnings.push(
      `${product.id}: ${byLatest.length} ${byLatest.length === 1 ? 'cycle is' : 'cycles are'} not reached by ${byLatest.length === 1 ? 'its' : 'their'} own latest version (${listed(byLatest.map((u) => `${u.cycle}: ${u.version} → ${u.reaches ? `cycle ${u.reaches}` : 'no cycle'}`))}); pin such a cycle by its id`,
    );
  return warnings;
}

/** The product of a file (with the facts of its history, when given) as an import. */
export function endoflifeImport(file: string, parsed: EndoflifeProduct, history?: { file: string; changes: readonly EndoflifeChange[] }): ImportResult {
  if (history) requireHistoryOf(parsed, file, history);
  const id = basename(file).replace(/\.md$/, '');
  const facts = history ? factsFrom(history.changes, id) : [];
  const product = pointReleasesFromHistory(reconcileWithCurrent({ ...productFrom(id, parsed), history: facts }));
  return {
    products: [product],
    releases: [],
    components: [],
    warnings: [
      ...(facts.length ? [] : [`${product.id}: no history given; checks "as of" a past date will use today's file and say so`]),
      ...reachabilityWarnings(product),
    ],
    source: `endoflife.date ${basename(file)}${history ? ` with history ${basename(history.file)}` : ''}`,
  };
}
