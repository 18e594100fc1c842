import { addDays, type PlainDate } from '../dates.js';
import type { Workspace } from '../workspace.js';
import type { Commitment, Waiver } from './types.js';

/**
 * Whether a commitment or waiver written for release `named` applies to release `id`: the release
 * itself and its point releases (R4 → R4.1, R4.2), as the planner calls them.
 */
export function appliesToRelease(named: string, id: string): boolean {
  return id === named || id.startsWith(`${named}.`);
}

/** Whether a commitment is for a pin of this component and cycle (no cycle: every cycle). */
export function appliesToPin(c: Commitment, release: string, component: string, cycle: string | undefined): boolean {
  return c.component === component && appliesToRelease(c.release, release) && (c.cycle === undefined || c.cycle === cycle);
}

/** A promise is live on the as-of date while it has not expired (its `until` is not past). */
export function isLive(c: { readonly until: PlainDate }, asOf: PlainDate): boolean {
  return asOf <= c.until;
}

export function isWaiverLive(w: Waiver, asOf: PlainDate): boolean {
  return asOf <= w.expires;
}

/** A commitment that takes over from upstream: community backports or a partner's offer. */
export function takesOver(c: Commitment): boolean {
  return c.by !== 'upstream';
}

/**
 * The commitments and waivers of a workspace, indexed by component for the rules (every pin asks;
 * a workspace without commitments.yaml pays nothing).
 */
export class Promises {
  private readonly commitmentsBy = new Map<string, Commitment[]>();
  private readonly waiversBy = new Map<string, Waiver[]>();
  readonly empty: boolean;

  constructor(ws: Workspace) {
    for (const c of ws.commitments ?? []) push(this.commitmentsBy, c.component, c);
    for (const w of ws.waivers ?? []) push(this.waiversBy, w.component, w);
    this.empty = this.commitmentsBy.size === 0 && this.waiversBy.size === 0;
  }

  /** Commitments for a pin, in file order. */
  commitments(release: string, component: string, cycle: string | undefined): readonly Commitment[] {
    const all = this.commitmentsBy.get(component);
    return all ? all.filter((c) => appliesToPin(c, release, component, cycle)) : [];
  }

  /** Waivers for a finding's release, component and rule, in file order. */
  waivers(release: string, component: string, rule?: string): readonly Waiver[] {
    const all = this.waiversBy.get(component);
    return all ? all.filter((w) => appliesToRelease(w.release, release) && (rule === undefined || w.rule === rule)) : [];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How far a set of commitments takes over without a gap from `start` (upstream's end), and which of them do. */
export interface Takeover {
  /** The commitments that make the unbroken chain, in order (the first takes over from upstream). */
  readonly chain: readonly Commitment[];
  /** The last day of the chain. */
  readonly until: PlainDate;
}

/**
 * The unbroken chain of commitments from `start` on (a commitment starts on its `from`, else on
 * `releaseDate`): community backports until September, then a partner from the day after, is one
 * chain; a month between them breaks it. Undefined when none takes over on `start`.
 */
export function takeoverFrom(commitments: readonly Commitment[], start: PlainDate, releaseDate: PlainDate): Takeover | undefined {
  const begins = (c: Commitment) => c.from ?? releaseDate;
  const sorted = [...commitments].sort((a, b) => (begins(a) < begins(b) ? -1 : begins(a) > begins(b) ? 1 : a.until < b.until ? 1 : -1));
  const chain: Commitment[] = [];
  let cursor: PlainDate | undefined;
  for (const c of sorted) {
    const reach = cursor ? addDays(cursor, 1) : start;
    if (begins(c) > reach || (cursor && c.until <= cursor) || c.until < start) continue;
    chain.push(c);
    cursor = c.until;
  }
  return cursor && chain.length ? { chain, until: cursor } : undefined;
}
