import type { PlainDate } from '../dates.js';
import { type DataAge, dataAge } from '../lifecycle/data-age.js';
import type { Policy } from '../policy/types.js';
import type { Release, Workspace } from '../workspace.js';
import { countPins, type PinCounts } from './coverage.js';
import { addEvidence } from './evidence.js';
import { type Finding, sortFindings } from './finding.js';
import { Judge } from './judge.js';
import type { ResolvedPin } from './resolve.js';
import { selectReleases } from './select.js';

export type { PinCounts };
export { selectReleases };

export interface CheckOptions {
  /** The date of the evaluation: only facts known by then are used. */
  readonly asOf: PlainDate;
  /** Only these releases (all when absent). */
  readonly releases?: readonly string[];
}

export interface LifecycleBasis {
  readonly product: string;
  readonly basis: 'history' | 'current';
}

export interface CheckReport {
  readonly asOf: PlainDate;
  readonly workspace: string;
  readonly policy: Policy;
  readonly releases: readonly Release[];
  /** Every pin (defaults and alternatives) with its state as of the date. */
  readonly pins: readonly ResolvedPin[];
  /** How many of those pins were judged, and why the others were not. */
  readonly counts: PinCounts;
  readonly findings: readonly Finding[];
  /** For each product consulted: replayed from history, or the current file (said in the output). */
  readonly lifecycles: readonly LifecycleBasis[];
  /** How old the lifecycle data is on the as-of date (said by every output). */
  readonly dataAge: DataAge;
}

/**
 * Evaluates each release of the workspace against its policy as known on `asOf`: every pin
 * (defaults and alternatives) is judged by the rules, then each release by the rules across pins.
 * Pure: the rules' caches live in this call's Judge.
 */
export function check(ws: Workspace, options: CheckOptions): CheckReport {
  const { asOf } = options;
  const releases = selectReleases(ws, options.releases);
  const judge = new Judge(ws, asOf);
  const pins: ResolvedPin[] = [];
  const findings: Finding[] = [];
  for (const release of releases) {
    const resolved: ResolvedPin[] = [];
    for (const pin of release.pins) resolved.push(judge.resolver.resolve(release, pin, false));
    for (const pin of release.alternatives) resolved.push(judge.resolver.resolve(release, pin, true));
    for (const r of resolved) judge.pin(r, findings);
    judge.release(release, resolved, findings);
    pins.push(...resolved);
  }
  addEvidence(findings, (id) => judge.resolver.lifecycle(id), asOf);
  return {
    asOf,
    workspace: ws.name,
    policy: ws.policy,
    releases,
    pins,
    counts: countPins(pins),
    findings: sortFindings(findings),
    lifecycles: judge.resolver
      .lifecycles()
      .map((k) => ({ product: k.product.id, basis: k.basis }))
      .sort((a, b) => a.product.localeCompare(b.product)),
    dataAge: dataAge(ws, asOf),
  };
}
