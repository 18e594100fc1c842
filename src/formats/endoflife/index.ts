import { basename } from 'node:path';
import type { PlainDate } from '../../core/dates.js';
import { UpkeepError } from '../../core/errors.js';
import { knownAt } from '../../core/lifecycle/replay.js';
import type { Cycle, EndValue, Fact, FactField, FactValue, PhaseEnd, PhaseName, Product } from '../../core/lifecycle/types.js';
import type { SchemeId } from '../../core/versions/types.js';
import type { ImportResult } from '../../core/workspace.js';
import { readJsonLines } from '../../files/jsonl.js';
import { parseYaml, readText, validate } from '../../files/yaml-file.js';
import { EndoflifeApiProduct, EndoflifeChange, type EndoflifeCycle, EndoflifeProduct } from './schema.js';

/** Version schemes of the products we know; everything else is semver. */
const SCHEMES: Readonly<Record<string, SchemeId>> = { ubuntu: 'ubuntu', kubernetes: 'kubernetes', debian: 'semver' };

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

export function schemeFor(productId: string): SchemeId {
  return SCHEMES[productId] ?? 'semver';
}

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
export function endValue(field: string, v: unknown): EndValue | null {
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

/** Splits an endoflife.date product file into its YAML front matter. */
export function frontMatter(text: string, file: string): string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m)
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      'no YAML front matter (a block between two `---` lines at the top)',
      'give an endoflife.date product file (products/<name>.md of endoflife-date/endoflife.date)',
      { file, line: 1 },
    );
  return `\n${m[1] as string}`; // keep line numbers those of the file (line 1 is the `---`)
}

export function parseEndoflifeProduct(text: string, file: string): Product {
  const src = parseYaml(frontMatter(text, file), file);
  const p = validate(
    EndoflifeProduct,
    src,
    'correct the value: an endoflife.date product file has `title` and `releases: [{releaseCycle, releaseDate, eol, …}]`, dates as YYYY-MM-DD',
  );
  const id = basename(file).replace(/\.md$/, '');
  return {
    id,
    name: p.title,
    scheme: schemeFor(id),
    cycles: p.releases.map(cycleFrom),
    history: [],
    sources: [`https://endoflife.date/${id}`, ...(p.releasePolicyLink ? [p.releasePolicyLink] : [])],
  };
}

/** Reads an endoflife.date history .jsonl (one change a line) into lifecycle facts, in order. */
export function parseEndoflifeHistory(text: string, file: string): Fact[] {
  const facts: Fact[] = [];
  const lines = readJsonLines(text, file, EndoflifeChange, {
    code: 'UPK_IMPORT_SHAPE',
    hint: 'each line is one JSON object {recorded (YYYY-MM-DD), commit, cycle, field, from, to}',
  });
  for (const { value: c } of lines) {
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
export function reconcileWithCurrent(product: Product): Product {
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

export function importEndoflife(file: string, historyFile?: string): ImportResult {
  const parsed = parseEndoflifeProduct(readText(file, 'endoflife.date product file'), file);
  const history = historyFile ? parseEndoflifeHistory(readText(historyFile, 'history file'), historyFile) : [];
  const product = pointReleasesFromHistory(reconcileWithCurrent({ ...parsed, history }));
  return {
    products: [product],
    releases: [],
    components: [],
    warnings: history.length ? [] : [`${product.id}: no history given; checks "as of" a past date will use today's file and say so`],
    source: `endoflife.date ${basename(file)}${historyFile ? ` with history ${basename(historyFile)}` : ''}`,
  };
}

/** endoflife.date API v1 JSON of one product (`/api/v1/products/<name>`). */
export function parseEndoflifeApi(text: string, file: string): Product {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UpkeepError(
      'UPK_JSON_SYNTAX',
      `not JSON: ${(e as Error).message}`,
      'save the API answer as it came (curl -o FILE https://endoflife.date/api/v1/products/<name>)',
      { file },
    );
  }
  const r = EndoflifeApiProduct.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}`,
      'expected the endoflife.date API v1 answer for one product: {"result": {"name", "label", "releases": [...]}}',
      { file },
    );
  }
  const p = r.data.result;
  const flag = (is: boolean | null | undefined, from: PlainDate | null | undefined): PhaseEnd | undefined =>
    from ? { announced: from } : is === true ? { announced: true } : is === false ? { announced: false } : undefined;
  return {
    id: p.name,
    name: p.label,
    scheme: schemeFor(p.name),
    history: [],
    sources: [`https://endoflife.date/api/v1/products/${p.name}`],
    cycles: p.releases.map((c) => {
      const ends = phaseEnds(flag(c.isEoas, c.eoasFrom), flag(c.isEol, c.eolFrom), c.eoesFrom || c.isEoes ? flag(c.isEoes, c.eoesFrom) : undefined);
      return {
        id: c.name,
        ...(c.codename ? { codename: c.codename } : {}),
        ...(c.releaseDate ? { released: c.releaseDate } : {}),
        ...(typeof c.isLts === 'boolean' ? { lts: c.isLts } : {}),
        ends,
        ...(c.latest ? { latest: c.latest.name } : {}),
        ...(c.latest?.date ? { latestDate: c.latest.date } : {}),
      };
    }),
  };
}

export function importEndoflifeApi(file: string): ImportResult {
  const product = parseEndoflifeApi(readText(file, 'endoflife.date API answer'), file);
  return { products: [product], releases: [], components: [], warnings: [], source: `endoflife.date API v1 (${basename(file)})` };
}
