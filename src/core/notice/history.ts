import type { PlainDate } from '../dates.js';
import { type Fact, PHASES, type PhaseName, type Product } from '../lifecycle/types.js';

/** One change of a phase's published end, read from a product's history. */
export interface EndMove {
  readonly cycle: string;
  readonly phase: PhaseName;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly basis: 'announced' | 'actual';
  readonly recorded: PlainDate;
  readonly source?: string;
}

/**
 * The changes of each phase's end of these cycles recorded by `asOf`: where the end in force (the
 * actual end, else the announced one) went from one date to another. The first publication of an
 * end is no change; a withdrawn date (null, true, false) ends the run without a change.
 */
export function endMoves(product: Product, cycles: ReadonlySet<string>, asOf: PlainDate): EndMove[] {
  const moves: EndMove[] = [];
  for (const cycle of cycles)
    for (const phase of PHASES) {
      const facts = product.history.filter(
        (f) => f.cycle === cycle && f.recorded <= asOf && (f.field === `${phase}.announced` || f.field === `${phase}.actual`),
      );
      let announced: Fact['to'] = null;
      let actual: Fact['to'] = null;
      let inForce: PlainDate | undefined;
      for (const f of facts) {
        if (f.field.endsWith('.actual')) actual = f.to;
        else announced = f.to;
        const now = (typeof actual === 'string' ? actual : typeof announced === 'string' ? announced : undefined) as PlainDate | undefined;
        if (inForce && now && now !== inForce)
          moves.push({
            cycle,
            phase,
            from: inForce,
            to: now,
            basis: typeof actual === 'string' ? 'actual' : 'announced',
            recorded: f.recorded,
            ...(f.source ? { source: f.source } : {}),
          });
        inForce = now;
      }
    }
  return moves.sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
}

/** The last history entry recorded by `asOf` that set a field of a cycle (the source of a date in force). */
export function lastFact(product: Product, cycle: string, field: string, asOf: PlainDate): Fact | undefined {
  let last: Fact | undefined;
  for (const f of product.history) if (f.cycle === cycle && f.field === field && f.recorded <= asOf) last = f;
  return last;
}
