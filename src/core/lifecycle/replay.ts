import type { PlainDate } from '../dates.js';
import { cycleKeys } from './match.js';
import type { Cycle, EndValue, Fact, FactField, FactValue, PhaseEnd, PhaseName, Product } from './types.js';

/** A product's lifecycle as it was known on a date. */
export interface KnownLifecycle {
  readonly product: Product;
  readonly asOf: PlainDate;
  /** `history`: facts replayed up to asOf; `current`: no history, the current file is used. */
  readonly basis: 'history' | 'current';
  readonly cycles: readonly Cycle[];
  /** Finds a cycle by id, codename or alias (case-insensitive). */
  find(key: string): Cycle | undefined;
  /** One cycle of the same product as known on another date (the end published on a release's date). */
  cycleAt(id: string, date: PlainDate): Cycle | undefined;
}

type MutableCycle = {
  -readonly [K in keyof Cycle]: K extends 'ends' ? Partial<Record<PhaseName, { announced?: EndValue; actual?: PlainDate }>> : Cycle[K];
};

/**
 * A product's history by cycle. Built once per knownAt and kept by the KnownLifecycle it returns
 * (the caller's per-check resolver holds those), so the module keeps no cache of its own.
 */
interface HistoryIndex {
  readonly named: ReadonlyMap<string, ReadonlySet<FactField>>;
  readonly facts: ReadonlyMap<string, readonly Fact[]>;
  readonly current: ReadonlyMap<string, Cycle>;
  /** Current cycles first (file order), then cycles only the history names. */
  readonly order: readonly string[];
}

function historyIndex(product: Product): HistoryIndex {
  const named = new Map<string, Set<FactField>>();
  const facts = new Map<string, Fact[]>();
  const current = new Map<string, Cycle>();
  const order: string[] = [];
  for (const c of product.cycles) {
    current.set(c.id, c);
    order.push(c.id);
  }
  for (const f of product.history) {
    let s = named.get(f.cycle);
    if (!s) {
      named.set(f.cycle, (s = new Set()));
      facts.set(f.cycle, []);
      if (!current.has(f.cycle)) order.push(f.cycle);
    }
    s.add(f.field);
    (facts.get(f.cycle) as Fact[]).push(f);
  }
  return { named, facts, current, order };
}

/**
 * One cycle as known on `asOf`: fields the history names are cleared and rebuilt from the
 * entries recorded by then (so a date that was moved later shows its earlier value); other
 * fields keep their current value. Undefined when the cycle was not known yet: the history names
 * it only later and it was not released by then. History entries are sorted by `recorded`.
 */
function cycleKnownAt(ix: HistoryIndex, id: string, asOf: PlainDate): Cycle | undefined {
  const cur = ix.current.get(id);
  const facts = ix.facts.get(id);
  // A cycle the history never names is known from its release on (nothing says it was announced earlier).
  if (!facts) return cur && !(cur.released && cur.released > asOf) ? withoutFutureActuals(cur, asOf) : undefined;
  const m: MutableCycle = cur ? cloneCycle(cur) : { id, ends: {} };
  for (const field of ix.named.get(id) ?? []) setField(m, field, null);
  let seen = false;
  for (const f of facts) {
    if (f.recorded > asOf) break;
    setField(m, f.field, f.to);
    seen = true;
  }
  if (!seen && !(m.released && m.released <= asOf)) return undefined;
  return withoutFutureActuals(m as Cycle, asOf);
}

/** Replays the product's history up to `asOf` (inclusive) over its current cycles. */
export function knownAt(product: Product, asOf: PlainDate): KnownLifecycle {
  let ix: HistoryIndex | undefined;
  const cycleAt = (id: string, date: PlainDate) => cycleKnownAt((ix ??= historyIndex(product)), id, date);
  if (product.history.length === 0)
    return view(
      product,
      asOf,
      'current',
      product.cycles.map((c) => withoutFutureActuals(c, asOf)),
      cycleAt,
    );
  const cycles: Cycle[] = [];
  for (const id of (ix ??= historyIndex(product)).order) {
    const c = cycleKnownAt(ix, id, asOf);
    if (c) cycles.push(c);
  }
  return view(product, asOf, 'history', cycles, cycleAt);
}

/** An end cannot have actually happened after the date it is asked about: such actual dates are dropped. */
function withoutFutureActuals(c: Cycle, asOf: PlainDate): Cycle {
  let ends: Cycle['ends'] | undefined;
  for (const [phase, end] of Object.entries(c.ends) as [PhaseName, PhaseEnd][]) {
    if (!end.actual || end.actual <= asOf) continue;
    ends ??= { ...c.ends };
    const { actual: _future, ...rest } = end;
    (ends as Record<PhaseName, PhaseEnd>)[phase] = rest;
  }
  return ends ? { ...c, ends } : c;
}

function view(product: Product, asOf: PlainDate, basis: 'history' | 'current', cycles: readonly Cycle[], cycleAt: KnownLifecycle['cycleAt']): KnownLifecycle {
  const { find } = cycleKeys(cycles);
  return { product, asOf, basis, cycles, find, cycleAt };
}

function cloneCycle(c: Cycle): MutableCycle {
  const ends: MutableCycle['ends'] = {};
  for (const [k, v] of Object.entries(c.ends) as [PhaseName, PhaseEnd][]) ends[k] = { ...v };
  return { ...c, ends };
}

function setField(m: MutableCycle, field: FactField, value: FactValue): void {
  const dot = field.indexOf('.');
  if (dot > 0) {
    const phase = field.slice(0, dot) as PhaseName;
    const which = field.slice(dot + 1) as 'announced' | 'actual';
    const end = (m.ends[phase] ??= {});
    if (value === null) delete end[which];
    else if (which === 'actual') {
      if (typeof value === 'string') end.actual = value as PlainDate;
    } else end.announced = value as EndValue;
    return;
  }
  const rec = m as Record<string, unknown>;
  if (value === null) delete rec[field];
  else rec[field] = value;
}
