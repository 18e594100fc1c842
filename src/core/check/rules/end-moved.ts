import { daysBetween, type PlainDate } from '../../dates.js';
import { type ResolvedEnd, resolveEnd } from '../../lifecycle/phases.js';
import type { PhaseName } from '../../lifecycle/types.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { reported, type SeverityOnly, severityOnly } from './severity-only.js';
import { type CyclePin, defineRule, type RuleHandlers } from './types.js';

/** The end now known differs from the one published on the release date. */
export interface EndMovedFinding extends FindingBase {
  readonly rule: 'end-moved';
  readonly phase: PhaseName;
  readonly end: ResolvedEnd;
  readonly atRelease: ResolvedEnd;
  readonly releaseDate: PlainDate;
  /** end − end at release, in days. */
  readonly movedDays: number;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** The end known on the as-of date differs from the one published at the release date. */
    readonly endMoved: SeverityOnly;
  }
}

/** The end known on the as-of date differs from the one published when the release shipped (announced vs actual). */
export const endMoved = defineRule({
  id: 'end-moved',
  ...severityOnly('info'),
  findings: {
    'end-moved':
      "the end known on the as-of date differs from the one published on the release date (Pacific: announced 2023-06-01 at R4's release, actually 2024-03-04); only for products with history",
  },
  template: { comment: ['The end known today differs from the one published when the release shipped (announced vs actual).'] },
  create({ severity }, { ws, asOf }): RuleHandlers<EndMovedFinding> {
    const s = reported(severity);
    if (!s) return {};
    const endsAtRelease = new Map<string, ResolvedEnd | undefined>();
    /** The end of a pin's cycle as published on its release date (one replay per cycle and date). */
    const endAtRelease = (r: CyclePin): ResolvedEnd | undefined => {
      const product = r.product ? ws.products.get(r.product) : undefined;
      if (!product || !r.known) return undefined;
      const key = `${product.id}\0${r.cycle.id}\0${r.release.date}`;
      if (!endsAtRelease.has(key)) {
        const then = r.known.cycleAt(r.cycle.id, r.release.date);
        endsAtRelease.set(key, then && resolveEnd(then, r.end.phase));
      }
      return endsAtRelease.get(key);
    };
    return {
      cycle(r, out) {
        // what was published on the release date is known only from a history
        if (!(r.release.date < asOf && r.end.date && r.known?.basis === 'history')) return;
        const then = endAtRelease(r);
        if (!then?.date || then.date === r.end.date) return;
        out.push(
          Object.assign(pinFinding(r, s, r.end.date, asOf), {
            rule: 'end-moved' as const,
            phase: r.end.phase,
            end: r.end,
            atRelease: then,
            releaseDate: r.release.date,
            movedDays: daysBetween(then.date, r.end.date),
          }),
        );
      },
    };
  },
});
