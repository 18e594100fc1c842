import { basename } from 'node:path';
import type { PlainDate } from '../../core/dates.js';
import { knownAt } from '../../core/lifecycle/replay.js';
import type { Cycle, EndValue, Fact, FactField, FactValue, PhaseEnd, PhaseName, Product, ProductIdentifiers } from '../../core/lifecycle/types.js';
import type { ImportResult } from '../../core/workspace.js';
import type { EndoflifeChange, EndoflifeCycle, EndoflifeProduct } from './schema.js';
import { schemeFor } from './schemes.js';

/** endoflife.date field → lifecycle field. `support`/`eoas` are the end of active support. */
const FIELD_MAP: Readonly<Record<string, FactField>> = {
  releaseDate: 'released',
  support: 'maintained.announced',
  eoas: 'maintained.announced',
  eol: 'security.announced',
  extendedSupport: 'extended.announced',
  eoes: 'extended.announced',
  lts: 'lts',
  codename: 'codename',
  latest: 'latest',
  latestReleaseDate: 'latestDate',
};

function end(v: EndValue | null | undefined): PhaseEnd | undefined {
  return v === null || v === undefined ? undefined : { announced: v };
}

function phaseEnds(maintained: PhaseEnd | undefined, security: PhaseEnd | undefined, extended: PhaseEnd | undefined): Cycle['ends'] {
  return { ...(maintained ? { maintained } : {}), ...(security ? { security } : {}), ...(extended ? { extended } : {}) };
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

function cycleFrom(r: EndoflifeCycle): Cycle {
  const ends = phaseEnds(
    end(r.eoas != null ? endValue('eoas', r.eoas) : endValue('support', r.support)),
    end(endValue('eol', r.eol)),
    end(r.eoes != null ? endValue('eoes', r.eoes) : endValue('extendedSupport', r.extendedSupport)),
  );
  return {
    id: r.releaseCycle,
    ...(r.codename ? { codename: r.codename } : {}),
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
  return {
    id,
    name: p.title,
    scheme: schemeFor(id),
    cycles: p.releases.map(cycleFrom),
    history: [],
    sources: [`https://endoflife.date/${id}`, ...(p.releasePolicyLink ? [p.releasePolicyLink] : [])],
    ...identifiersFrom((p.identifiers ?? []).flatMap((entry) => Object.entries(entry))),
  };
}

/** History changes as lifecycle facts, in the order recorded; fields Upkeep does not keep are dropped. */
export function factsFrom(changes: readonly EndoflifeChange[]): Fact[] {
  const facts: Fact[] = [];
  for (const c of changes) {
    const field = FIELD_MAP[c.field];
    if (!field) continue;
    let to: Fact['to'] = typeof c.to === 'number' ? String(c.to) : c.to;
    if (field === 'lts') to = to === null ? null : Boolean(to);
    else if (field.endsWith('.announced')) to = endValue(c.field, to);
    facts.push({ recorded: c.recorded, cycle: c.cycle, field, to, ...(c.commit ? { source: `endoflife-date/endoflife.date@${c.commit}` } : {}) });
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

/** The product of a file (with the facts of its history, when given) as an import. */
export function endoflifeImport(file: string, parsed: EndoflifeProduct, history?: { file: string; changes: readonly EndoflifeChange[] }): ImportResult {
  const facts = history ? factsFrom(history.changes) : [];
  const product = pointReleasesFromHistory(reconcileWithCurrent({ ...productFrom(basename(file).replace(/\.md$/, ''), parsed), history: facts }));
  return {
    products: [product],
    releases: [],
    components: [],
    warnings: facts.length ? [] : [`${product.id}: no history given; checks "as of" a past date will use today's file and say so`],
    source: `endoflife.date ${basename(file)}${history ? ` with history ${basename(history.file)}` : ''}`,
  };
}
