import type { PlainDate } from '../dates.js';
import type { Cycle, EndValue, Fact, FactField, FactValue, PhaseName, Product } from './types.js';

/** What a sync found changed upstream for one product, as data (src/render words it). */
export type LifecycleChange =
  | { readonly kind: 'field'; readonly cycle: string; readonly field: FactField; readonly from: FactValue; readonly to: FactValue }
  | { readonly kind: 'cycle-added'; readonly cycle: string }
  /** Upstream no longer lists the cycle: it is kept as it was (history cannot say "removed"), and said. */
  | { readonly kind: 'cycle-removed'; readonly cycle: string }
  | { readonly kind: 'points'; readonly cycle: string; readonly added: readonly string[]; readonly removed: readonly string[] }
  /** A field no history entry can carry (aliases, slurp): written to the file, said, not replayed. */
  | { readonly kind: 'other'; readonly cycle: string; readonly field: string };

export interface LifecycleUpdate {
  /** The product's current cycles after the update: upstream's, then the cycles upstream dropped, kept. */
  readonly cycles: readonly Cycle[];
  /** History entries to append, in order (a baseline of the earlier value before each first change of a pair). */
  readonly facts: readonly Fact[];
  readonly changes: readonly LifecycleChange[];
}

const PHASE_FIELDS: readonly [PhaseName, 'announced' | 'actual'][] = [
  ['maintained', 'announced'],
  ['maintained', 'actual'],
  ['security', 'announced'],
  ['security', 'actual'],
  ['extended', 'announced'],
  ['extended', 'actual'],
];

/** The value of every field a history entry can carry, absent fields left out. */
export function factValues(c: Cycle): Map<FactField, Exclude<FactValue, null>> {
  const m = new Map<FactField, Exclude<FactValue, null>>();
  if (c.released !== undefined) m.set('released', c.released);
  if (c.lts !== undefined) m.set('lts', c.lts);
  if (c.codename !== undefined) m.set('codename', c.codename);
  if (c.latest !== undefined) m.set('latest', c.latest);
  if (c.latestDate !== undefined) m.set('latestDate', c.latestDate);
  for (const [phase, which] of PHASE_FIELDS) {
    const v: EndValue | undefined = c.ends[phase]?.[which];
    if (v !== undefined) m.set(`${phase}.${which}` as FactField, v);
  }
  return m;
}

const EARLIEST = '1970-01-01' as PlainDate;

/**
 * The date from which a cycle's earlier value held, for a pair the history has never named: its
 * first history entry or its release, whichever is earlier (before that the cycle was not known),
 * never after the sync date (the baseline must replay before the change).
 */
function baselineDate(cycle: Cycle, history: readonly Fact[], date: PlainDate): PlainDate {
  let d: PlainDate | undefined = cycle.released;
  for (const f of history) if (f.cycle === cycle.id && (d === undefined || f.recorded < d)) d = f.recorded;
  d ??= EARLIEST;
  return d < date ? d : date;
}

const same = (a: FactValue | undefined, b: FactValue | undefined) => (a ?? null) === (b ?? null);

function otherFields(c: Cycle): Record<string, string> {
  return { aliases: JSON.stringify(c.aliases ?? []), slurp: JSON.stringify(c.slurp ?? false) };
}

/**
 * Applies upstream's current cycles to a product, so that every question "as of" a date keeps its
 * answer: each changed field becomes a history entry recorded on `date`. A pair (cycle, field) the
 * history has never named took its value from the current file on every date; such a pair first gets
 * a baseline entry with its earlier value (dated at the cycle's first entry or release), else the
 * replay would forget the earlier value for dates before the sync. A cycle upstream no longer lists
 * is kept unchanged. Pure: `date` is the sync date, `source` goes into each entry.
 */
export function lifecycleUpdate(product: Product, upstream: readonly Cycle[], date: PlainDate, source: string): LifecycleUpdate {
  const named = new Set(product.history.map((f) => `${f.cycle}\u0000${f.field}`));
  const old = new Map(product.cycles.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const facts: Fact[] = [];
  const changes: LifecycleChange[] = [];
  for (const up of upstream) {
    seen.add(up.id);
    const before = old.get(up.id);
    const after = factValues(up);
    if (!before) {
      changes.push({ kind: 'cycle-added', cycle: up.id });
      for (const [field, to] of after) facts.push({ recorded: date, cycle: up.id, field, to, source });
      continue;
    }
    const was = factValues(before);
    const fields = new Set<FactField>([...was.keys(), ...after.keys()]);
    for (const field of fields) {
      const from = was.get(field);
      const to = after.get(field);
      if (same(from, to)) continue;
      changes.push({ kind: 'field', cycle: up.id, field, from: from ?? null, to: to ?? null });
      if (from !== undefined && !named.has(`${up.id}\u0000${field}`)) {
        const at = baselineDate(before, product.history, date);
        if (at < date) facts.push({ recorded: at, cycle: up.id, field, to: from, source: 'value before upkeep sync (baseline)' });
      }
      facts.push({ recorded: date, cycle: up.id, field, to: to ?? null, source });
    }
    const oldPoints = new Set((before.points ?? []).map((p) => `${p.version}@${p.date}`));
    const newPoints = new Set((up.points ?? []).map((p) => `${p.version}@${p.date}`));
    const added = [...newPoints].filter((p) => !oldPoints.has(p));
    const removed = [...oldPoints].filter((p) => !newPoints.has(p));
    if (added.length || removed.length) changes.push({ kind: 'points', cycle: up.id, added, removed });
    const o = otherFields(before);
    const n = otherFields(up);
    for (const k of Object.keys(o)) if (o[k] !== n[k]) changes.push({ kind: 'other', cycle: up.id, field: k });
  }
  const kept = product.cycles.filter((c) => !seen.has(c.id));
  for (const c of kept) changes.push({ kind: 'cycle-removed', cycle: c.id });
  const stripped = (c: Cycle): Cycle => {
    const { at: _at, ...rest } = c;
    return rest;
  };
  return { cycles: [...upstream.map(stripped), ...kept.map(stripped)], facts, changes };
}

/** Whether an update writes anything (a removed cycle alone is said, not written). */
export function updatesFiles(u: LifecycleUpdate): boolean {
  return u.changes.some((c) => c.kind !== 'cycle-removed');
}
