import { isLive, Promises, takeoverFrom, takesOver } from '../../commitments/match.js';
import type { Commitment } from '../../commitments/types.js';
import { addDays, daysBetween, type PlainDate } from '../../dates.js';
import type { ResolvedEnd } from '../../lifecycle/phases.js';
import { PHASES, type PhaseName } from '../../lifecycle/types.js';
import { type Severity, severitySchema } from '../../policy/severity.js';
import type { Zod } from '../../policy/zod.js';
import type { Release } from '../../workspace.js';
import { type FindingBase, pinFinding } from '../pin-finding.js';
import { type CyclePin, defaulted, defineRule, type RuleHandlers } from './types.js';

/** The phase ends before the release's planned end plus the margin (or has already ended). */
export interface HorizonFinding extends FindingBase {
  readonly rule: 'horizon' | 'ended';
  readonly phase: PhaseName;
  readonly end: ResolvedEnd;
  readonly releaseEnd: PlainDate;
  readonly marginDays: number;
  /** How many days before the release's planned end the phase ends (negative: after). */
  readonly daysBeforeReleaseEnd: number;
  /**
   * A live commitment of commitments.yaml that takes over after upstream (community backports, a
   * partner's offer). When it lasts until the planned end plus the margin the finding is a warning
   * naming it (`covered`), else it stays at the rule's severity and names how far the promise goes.
   */
  readonly commitment?: Commitment | undefined;
  readonly covered?: boolean | undefined;
  /** Where later commitments continue the first without a gap (a partner after the community): the chain's last day. */
  readonly coveredUntil?: PlainDate | undefined;
}

/** The phase ends soon after the release's end (within warnWithinDays after the margin). */
export interface HorizonCloseFinding extends FindingBase {
  readonly rule: 'horizon-close';
  readonly phase: PhaseName;
  readonly end: ResolvedEnd;
  readonly releaseEnd: PlainDate;
  readonly daysAfterReleaseEnd: number;
}

export interface HorizonPolicy {
  /** Which phase must last until the release's planned end plus the margin. */
  readonly phase: PhaseName;
  readonly marginDays: number;
  readonly severity: Severity;
  /** Also warn when the phase ends within this many days after the margin. 0: off. */
  readonly warnWithinDays: number;
}

const days = (z: Zod) => z.number().int().min(0).max(3650);

declare module '../../policy/types.js' {
  interface Policy {
    /** The phase that must last until the release's planned end plus a margin. */
    readonly horizon: HorizonPolicy;
  }
}

/** "in danger of running out of maintenance": the phase must last until the planned end plus a margin. */
export const horizon = defineRule({
  id: 'horizon',
  schema: (z) =>
    defaulted(
      z.strictObject({
        phase: z.enum(PHASES).default('maintained'),
        margin_days: days(z).default(0),
        severity: severitySchema(z).default('error'),
        warn_within_days: days(z).default(90),
      }),
    ),
  fromFile: (f): HorizonPolicy => ({ phase: f.phase, marginDays: f.margin_days, severity: f.severity, warnWithinDays: f.warn_within_days }),
  findings: {
    horizon: "the phase ends after the as-of date but before the release's planned end plus the margin",
    ended: 'the phase has already ended on the as-of date, before the planned end plus the margin',
    'horizon-close': 'the phase ends within `warn_within_days` after the planned end plus the margin (warning)',
  },
  template: {
    comment: [
      '"in danger of running out of maintenance": the pinned cycle\'s upstream maintenance must last',
      "until the release's planned end plus a margin.",
    ],
    fields: {
      phase: 'maintained (bug fixes) | security (security fixes only) | extended',
      margin_days: 'extra days after the planned end the phase must still cover',
      severity: 'error | warning | info',
      warn_within_days: 'also warn when the phase ends less than this after the margin (0: off)',
    },
    column: 27,
  },
  create(h, { ws, asOf }): RuleHandlers<HorizonFinding | HorizonCloseFinding> {
    const promises = new Promises(ws);
    /** The live commitments taking over for the pin from upstream's end on, and whether they reach the limit without a gap. */
    const takeover = (r: CyclePin, until: PlainDate): { commitment?: Commitment; covered?: boolean; coveredUntil?: PlainDate; severity: Severity } => {
      if (promises.empty) return { severity: h.severity };
      const live = promises.commitments(r.release.id, r.pin.component, r.cycle.id).filter((c) => takesOver(c) && isLive(c, asOf));
      if (!live.length) return { severity: h.severity };
      // what is still to be covered: from upstream's end, or from the as-of date once that has passed
      const start = r.end.date && r.end.date > asOf ? r.end.date : asOf;
      const chain = takeoverFrom(live, start, r.release.date);
      // no commitment takes over on upstream's end: name the one that lasts longest, not covering
      if (!chain) return { commitment: live.reduce((a, c) => (c.until > a.until ? c : a)), covered: false, severity: h.severity };
      const covered = chain.until >= until;
      return {
        commitment: chain.chain[0] as Commitment,
        covered,
        ...(chain.chain.length > 1 ? { coveredUntil: chain.until } : {}),
        severity: covered && h.severity === 'error' ? 'warning' : h.severity,
      };
    };
    const limits = new Map<Release, Map<number, PlainDate>>();
    /** The release's planned end plus a number of days, once per release. */
    const limit = (release: Release, days: number): PlainDate => {
      let m = limits.get(release);
      if (!m) limits.set(release, (m = new Map()));
      let d = m.get(days);
      if (!d) m.set(days, (d = addDays(release.end, days)));
      return d;
    };
    return {
      cycle(r, out) {
        const { release, end } = r;
        if (end.ended) {
          const t = takeover(r, limit(release, h.marginDays));
          out.push(
            Object.assign(pinFinding(r, t.severity, undefined, asOf), {
              rule: 'ended' as const,
              phase: h.phase,
              end,
              releaseEnd: release.end,
              marginDays: h.marginDays,
              daysBeforeReleaseEnd: 0,
              commitment: t.commitment,
              covered: t.covered,
              coveredUntil: t.coveredUntil,
            }),
          );
        } else if (end.date && end.date < limit(release, h.marginDays)) {
          const t = takeover(r, limit(release, h.marginDays));
          out.push(
            Object.assign(pinFinding(r, t.severity, end.date, asOf), {
              rule: end.date <= asOf ? ('ended' as const) : ('horizon' as const),
              phase: h.phase,
              end,
              releaseEnd: release.end,
              marginDays: h.marginDays,
              daysBeforeReleaseEnd: daysBetween(end.date, release.end),
              commitment: t.commitment,
              covered: t.covered,
              coveredUntil: t.coveredUntil,
            }),
          );
        } else if (end.date && h.warnWithinDays > 0 && end.date < limit(release, h.marginDays + h.warnWithinDays)) {
          out.push(
            Object.assign(pinFinding(r, 'warning', end.date, asOf), {
              rule: 'horizon-close' as const,
              phase: h.phase,
              end,
              releaseEnd: release.end,
              daysAfterReleaseEnd: daysBetween(release.end, end.date),
            }),
          );
        }
      },
    };
  },
});
