import { isWaiverLive, Promises } from '../commitments/match.js';
import type { PlainDate } from '../dates.js';
import type { Policy } from '../policy/types.js';
import type { StabilityVerdicts } from '../stability/verdicts.js';
import type { Pin, Release, Workspace } from '../workspace.js';
import { isJudged } from './coverage.js';
import { addEvidence } from './evidence.js';
import { type Finding, sortFindings } from './finding.js';
import { PinResolver, type ResolvedPin } from './resolve.js';
import { RULES } from './rules/index.js';
import type { CheckContext, CyclePin, RuleHandlers } from './rules/types.js';
import { selectReleases } from './select.js';

type Handlers = RuleHandlers<Finding>;

/**
 * The rules of one check, set up once for a workspace and a date: each rule's settings and its
 * per-check caches, and one lifecycle replay per product (in the resolver). `check()` makes one;
 * the planner makes one to judge many candidate versions. Holds no state beyond its own life.
 */
export class Judge implements CheckContext {
  readonly policy: Policy;
  readonly resolver: PinResolver;
  private readonly onUnresolved: NonNullable<Handlers['unresolved']>[] = [];
  private readonly onCycle: NonNullable<Handlers['cycle']>[] = [];
  private readonly onRelease: NonNullable<Handlers['release']>[] = [];
  private readonly promises: Promises;

  constructor(
    readonly ws: Workspace,
    readonly asOf: PlainDate,
    readonly stability?: StabilityVerdicts,
  ) {
    this.policy = ws.policy;
    this.resolver = new PinResolver(ws, asOf, ws.policy.horizon.phase);
    this.promises = new Promises(ws);
    for (const rule of RULES) {
      const create = rule.create as (settings: unknown, check: CheckContext) => Handlers;
      const h = create(this.policy[rule.property], this);
      if (h.unresolved) this.onUnresolved.push(h.unresolved);
      if (h.cycle) this.onCycle.push(h.cycle);
      if (h.release) this.onRelease.push(h.release);
    }
  }

  /** What the rules say of one pin (not sorted). */
  pin(r: ResolvedPin, out: Finding[]): void {
    const from = out.length;
    if (isJudged(r)) for (const h of this.onCycle) h(r as CyclePin, out);
    else for (const h of this.onUnresolved) h(r, out);
    this.waive(out, from);
  }

  /** What the rules across pins (compatibility) say of a release with its resolved pins (not sorted). */
  release(release: Release, pins: readonly ResolvedPin[], out: Finding[]): void {
    const from = out.length;
    for (const h of this.onRelease) h(release, pins, out);
    this.waive(out, from);
  }

  /** Marks the findings from `from` on that a live waiver of commitments.yaml accepts (an expired one waives nothing). */
  private waive(out: Finding[], from: number): void {
    if (this.promises.empty) return;
    for (let i = from; i < out.length; i++) {
      const f = out[i] as Finding;
      const w = this.promises.waivers(f.release, f.component, f.rule).find((x) => isWaiverLive(x, this.asOf));
      if (w) (f as { waived?: unknown }).waived = { reason: w.reason, owner: w.owner, expires: w.expires, ...(w.at ? { at: w.at } : {}) };
    }
  }
}

/** A question for the rules: component C of release R at version V, as known on a date. */
export interface PinQuery {
  /** A release of the workspace (by id), or one not written yet (the next release, planned). */
  readonly release: string | Release;
  readonly component: string;
  readonly version: string;
  readonly asOf: PlainDate;
  /** Judge it as an alternative of the release (default: as its default pin). */
  readonly alternative?: boolean;
}

/**
 * What the rules would say if component C of release R were at version V, as known on `asOf`:
 * the findings of that one pin, sorted as a check sorts them. Rules across pins (compatibility)
 * are not applied: they depend on the release's other pins. A version of no form of the
 * component's scheme is a `bad-version` finding, as in a check. Pure.
 */
export function judgePin(ws: Workspace, query: PinQuery): readonly Finding[] {
  const release = typeof query.release === 'string' ? (selectReleases(ws, [query.release])[0] as Release) : query.release;
  const pinned = [...release.pins, ...release.alternatives].find((p) => p.component === query.component);
  const pin: Pin = pinned ? { ...pinned, version: query.version } : { component: query.component, version: query.version };
  const judge = new Judge(ws, query.asOf);
  const resolved = judge.resolver.resolve(release, pin, query.alternative ?? false);
  const findings: Finding[] = [];
  judge.pin(resolved, findings);
  addEvidence(findings, (id) => judge.resolver.lifecycle(id), query.asOf);
  return sortFindings(findings);
}
