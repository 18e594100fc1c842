import type { PlainDate } from '../dates.js';
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
}

type MutableCycle = {
  -readonly [K in keyof Cycle]: K extends 'ends' ? Partial<Record<PhaseName, { announced?: EndValue; actual?: PlainDate }>> : Cycle[K];
};

/**
 * Replays the product's history up to `asOf` (inclusive) over its current cycles: fields the
 * history names are cleared first and rebuilt from the entries recorded by then, so a date that
 * was moved later shows its earlier value. Entries must be sorted by `recorded` (importers do).
 */
export function knownAt(product: Product, asOf: PlainDate): KnownLifecycle {
  if (product.history.length === 0) return view(product, asOf, 'current', product.cycles.map((c) => withoutFutureActuals(c, asOf)));

  const named = new Map<string, Set<FactField>>();
  for (const f of product.history) {
    let s = named.get(f.cycle);
    if (!s) named.set(f.cycle, (s = new Set()));
    s.add(f.field);
  }
  const byId = new Map<string, MutableCycle>();
  const order: string[] = [];
  for (const c of product.cycles) {
    const m = cloneCycle(c);
    const fields = named.get(c.id);
    if (fields) for (const field of fields) setField(m, field, null);
    byId.set(c.id, m);
    order.push(c.id);
  }
  const seen = new Set<string>();
  for (const f of product.history) {
    if (f.recorded > asOf) continue;
    let m = byId.get(f.cycle);
    if (!m) {
      m = { id: f.cycle, ends: {} };
      byId.set(f.cycle, m);
      order.push(f.cycle);
    }
    setField(m, f.field, f.to);
    seen.add(f.cycle);
  }
  const cycles: Cycle[] = [];
  for (const id of order) {
    const c = byId.get(id) as Cycle;
    // A cycle the history names is unknown before its first entry, unless already released.
    if (named.has(id) && !seen.has(id) && !(c.released && c.released <= asOf)) continue;
    cycles.push(withoutFutureActuals(c, asOf));
  }
  return view(product, asOf, 'history', cycles);
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

function view(product: Product, asOf: PlainDate, basis: 'history' | 'current', cycles: readonly Cycle[]): KnownLifecycle {
  const index = new Map<string, Cycle>();
  for (const c of cycles) {
    index.set(c.id.toLowerCase(), c);
  }
  for (const c of cycles) {
    if (c.codename) {
      const k = c.codename.toLowerCase();
      if (!index.has(k)) index.set(k, c);
      const first = k.split(/\s+/)[0];
      if (first && !index.has(first)) index.set(first, c);
    }
    for (const a of c.aliases ?? []) if (!index.has(a.toLowerCase())) index.set(a.toLowerCase(), c);
  }
  return { product, asOf, basis, cycles, find: (key) => index.get(key.toLowerCase()) };
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
