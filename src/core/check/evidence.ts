import type { PlainDate } from '../dates.js';
import type { ResolvedEnd } from '../lifecycle/phases.js';
import type { KnownLifecycle } from '../lifecycle/replay.js';
import type { Cycle, Fact, Product } from '../lifecycle/types.js';
import type { SourceRef } from '../source-ref.js';

/** What of a finding its evidence depends on (every finding has these; evidence is added in place). */
interface FindingFacts {
  readonly product?: string | undefined;
  readonly cycle?: string | undefined;
  readonly date?: PlainDate | undefined;
}

/**
 * Where a finding's date comes from: the product's lifecycle file and the cycle's entry in it,
 * the field of the cycle, and the history entry that set that field as known on the as-of date
 * (with its `source`, a URL or a commit, where the history gives one). A reviewer follows it to
 * the published fact instead of trusting the tool.
 */
export interface Evidence {
  readonly product: string;
  readonly cycle: string;
  /** The field of the cycle the date is read from (`maintained.actual`, `security.announced`, `released`, `points`); absent when the finding has no date. */
  readonly field?: string | undefined;
  /** The lifecycle file and the cycle's line in it. */
  readonly at?: SourceRef | undefined;
  /** The history entry that set `field`, the last recorded by the as-of date; absent when the file's own value stands. */
  readonly history?: HistoryEvidence | undefined;
}

export interface HistoryEvidence {
  readonly recorded: PlainDate;
  /** Where it was published (a URL, a commit), as the history says. */
  readonly source?: string | undefined;
  /** The history file and the entry's line. */
  readonly at?: SourceRef | undefined;
}

/** The field of the cycle an end was read from (the phase whose date stands in, actual or announced). */
function endField(end: ResolvedEnd): string | undefined {
  if (end.basis === 'none') return undefined;
  return `${end.from}.${end.basis === 'actual' ? 'actual' : 'announced'}`;
}

/** The field a finding's date comes from: an end's, a cycle's release or its first point release. */
function dateField(f: FindingFacts, cycle: Cycle): string | undefined {
  if ('end' in f) return endField(f.end as ResolvedEnd);
  if (f.date === undefined) return undefined;
  if (cycle.points?.some((p) => p.date === f.date)) return 'points';
  if (cycle.released === f.date) return 'released';
  return undefined;
}

/**
 * Adds its evidence to each finding about a cycle of a lifecycle (after the rules ran, so the
 * per-pin path stays as cheap as before). One evidence object per (product, cycle, field),
 * one history index per product.
 */
export function addEvidence(findings: readonly FindingFacts[], lifecycle: (product: string) => KnownLifecycle | undefined, asOf: PlainDate): void {
  const memo = new Map<string, Evidence>();
  const indexes = new Map<Product, Map<string, Fact[]>>();
  for (const f of findings) {
    if (!f.product || !f.cycle) continue;
    const known = lifecycle(f.product);
    const cycle = known?.find(f.cycle);
    if (!known || !cycle) continue;
    const field = dateField(f, cycle);
    const key = `${f.product}\0${cycle.id}\0${field ?? ''}`;
    let evidence = memo.get(key);
    if (!evidence) {
      const entry = field ? lastEntry(historyIndex(indexes, known.product), cycle.id, field, asOf) : undefined;
      evidence = {
        product: f.product,
        cycle: cycle.id,
        field,
        at: cycle.at ?? known.product.at,
        history: entry && { recorded: entry.recorded, source: entry.source, at: entry.at },
      };
      memo.set(key, evidence);
    }
    (f as { evidence?: Evidence }).evidence = evidence;
  }
}

function historyIndex(indexes: Map<Product, Map<string, Fact[]>>, product: Product): Map<string, Fact[]> {
  let ix = indexes.get(product);
  if (!ix) {
    ix = new Map();
    for (const fact of product.history) {
      const k = `${fact.cycle}\0${fact.field}`;
      const list = ix.get(k);
      if (list) list.push(fact);
      else ix.set(k, [fact]);
    }
    indexes.set(product, ix);
  }
  return ix;
}

/** The last entry for (cycle, field) recorded on or before asOf (entries are sorted by `recorded`). */
function lastEntry(ix: Map<string, Fact[]>, cycle: string, field: string, asOf: PlainDate): Fact | undefined {
  let last: Fact | undefined;
  for (const fact of ix.get(`${cycle}\0${field}`) ?? []) {
    if (fact.recorded > asOf) break;
    last = fact;
  }
  return last;
}
