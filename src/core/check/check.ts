import { addDays, daysBetween, minDate, type PlainDate } from '../dates.js';
import { UpkeepError } from '../errors.js';
import { type PointReleaseSummary, pointReleasesAsOf, type ResolvedEnd, resolveEnd } from '../lifecycle/phases.js';
import type { Cycle } from '../lifecycle/types.js';
import type { Policy, Severity, SeverityOrIgnore } from '../policy/types.js';
import type { VersionScheme } from '../versions/types.js';
import type { Release, Workspace } from '../workspace.js';
import { compatibilityFindings } from './compatibility.js';
import { type Finding, sortFindings } from './finding.js';
import { PinResolver, type ResolvedPin } from './resolve.js';

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
  readonly findings: readonly Finding[];
  /** For each product consulted: replayed from history, or the current file (said in the output). */
  readonly lifecycles: readonly LifecycleBasis[];
}

export function selectReleases(ws: Workspace, ids: readonly string[] | undefined): readonly Release[] {
  if (ws.releases.length === 0)
    throw new UpkeepError(
      'UPK_EMPTY_WORKSPACE',
      `workspace "${ws.name}" has no releases`,
      'add a release with `upkeep import osism DIR --release-id ID --date D --end D` or write releases/<id>.yaml (see docs/workspace.md)',
    );
  if (!ids || ids.length === 0) return ws.releases;
  return ids.map((id) => {
    const r = ws.releases.find((x) => x.id === id);
    if (!r)
      throw new UpkeepError(
        'UPK_UNKNOWN_RELEASE',
        `release "${id}" is not in workspace "${ws.name}"`,
        `use one of: ${ws.releases.map((x) => x.id).join(', ')}`,
      );
    return r;
  });
}

/** Evaluates each release of the workspace against its policy as known on `asOf`. Pure. */
export function check(ws: Workspace, options: CheckOptions): CheckReport {
  const { asOf } = options;
  const policy = ws.policy;
  const releases = selectReleases(ws, options.releases);
  const resolver = new PinResolver(ws, asOf, policy.horizon.phase);
  const endsAtRelease = new Map<string, ResolvedEnd | undefined>();
  /** The end of a pin's cycle as published on its release date (one replay per cycle and date). */
  const endAtRelease = (r: ResolvedPin): ResolvedEnd | undefined => {
    const product = r.product ? ws.products.get(r.product) : undefined;
    if (!product || !r.cycle) return undefined;
    const key = `${product.id}\0${r.cycle.id}\0${r.release.date}`;
    if (!endsAtRelease.has(key)) {
      const then = r.known?.cycleAt(r.cycle.id, r.release.date);
      endsAtRelease.set(key, then && resolveEnd(then, policy.horizon.phase));
    }
    return endsAtRelease.get(key);
  };
  const pins: ResolvedPin[] = [];
  const findings: Finding[] = [];
  for (const release of releases) {
    const resolved: ResolvedPin[] = [];
    for (const pin of release.pins) resolved.push(resolver.resolve(release, pin, false));
    for (const pin of release.alternatives) resolved.push(resolver.resolve(release, pin, true));
    for (const r of resolved) {
      pinFindings(r, policy, asOf, findings);
      // what was published on the release date is known only from a history
      if (release.date < asOf && r.end?.date && r.known?.basis === 'history' && policy.endMoved.severity !== 'ignore')
        endMoved(r, endAtRelease(r), policy, asOf, findings);
    }
    compatibilityFindings(release, resolved, policy.compatibility, findings);
    pins.push(...resolved);
  }
  resolver.throwProblems();
  return {
    asOf,
    workspace: ws.name,
    policy,
    releases,
    pins,
    findings: sortFindings(findings),
    lifecycles: resolver
      .lifecycles()
      .map((k) => ({ product: k.product.id, basis: k.basis }))
      .sort((a, b) => a.product.localeCompare(b.product)),
  };
}

/**
 * The fields every finding of a pin shares, as one object literal. Findings are built with
 * `Object.assign(head(…), {…})`, not object spread: on Node 20 spreading these objects is about
 * a hundred times slower, which 10,000 pins notice.
 */
function head(r: ResolvedPin, severity: Severity, date: PlainDate | undefined, asOf: PlainDate) {
  return {
    release: r.release.id,
    component: r.pin.component,
    product: r.product,
    version: r.pin.version,
    cycle: r.cycle?.id,
    codename: r.cycle?.codename,
    alternative: r.alternative,
    at: r.pin.at,
    severity,
    date,
    daysLeft: date === undefined ? undefined : daysBetween(asOf, date),
  };
}

function pinFindings(r: ResolvedPin, policy: Policy, asOf: PlainDate, out: Finding[]): void {
  const only = (severity: SeverityOrIgnore) => severity !== 'ignore';
  if (r.state === 'unversioned') {
    if (only(policy.unversioned.severity))
      out.push(Object.assign(head(r, policy.unversioned.severity as Severity, undefined, asOf), { rule: 'unversioned' as const }));
    return;
  }
  if (r.state === 'no-lifecycle') {
    if (only(policy.noLifecycle.severity))
      out.push(Object.assign(head(r, policy.noLifecycle.severity as Severity, undefined, asOf), { rule: 'no-lifecycle' as const }));
    return;
  }
  if (r.state === 'unknown-cycle' || !r.cycle || !r.end || !r.scheme) {
    if (only(policy.unknownCycle.severity))
      out.push(
        Object.assign(head(r, policy.unknownCycle.severity as Severity, undefined, asOf), {
          rule: 'unknown-cycle' as const,
          knownCycles: (r.known?.cycles ?? []).map((c) => c.id),
        }),
      );
    return;
  }

  const { release, cycle, end } = r;
  const h = policy.horizon;
  if (cycle.released && cycle.released > release.date && only(policy.cycleFuture.severity))
    out.push(
      Object.assign(head(r, policy.cycleFuture.severity as Severity, cycle.released, asOf), { rule: 'cycle-future' as const, released: cycle.released }),
    );
  if (r.parsed && !r.parsed.stable && only(policy.unstable.severity))
    out.push(Object.assign(head(r, policy.unstable.severity as Severity, undefined, asOf), { rule: 'unstable' as const }));
  else if (r.parsed && r.points?.dated && r.parsed.release.length >= 3 && only(policy.unknownVersion.severity) && !isPublished(r, asOf))
    out.push(
      Object.assign(head(r, policy.unknownVersion.severity as Severity, undefined, asOf), { rule: 'unknown-version' as const, latestKnown: r.points.latest }),
    );

  // Horizon: the phase must last until the planned end plus the margin.
  const limit = horizonLimit(release, h.marginDays);
  if (end.ended) {
    out.push(
      Object.assign(head(r, h.severity, undefined, asOf), {
        rule: 'ended' as const,
        phase: h.phase,
        end,
        releaseEnd: release.end,
        marginDays: h.marginDays,
        daysBeforeReleaseEnd: 0,
      }),
    );
  } else if (end.date && end.date < limit) {
    const rule = end.date <= asOf ? ('ended' as const) : ('horizon' as const);
    out.push(
      Object.assign(head(r, h.severity, end.date, asOf), {
        rule,
        phase: h.phase,
        end,
        releaseEnd: release.end,
        marginDays: h.marginDays,
        daysBeforeReleaseEnd: daysBetween(end.date, release.end),
      }),
    );
  } else if (end.date && h.warnWithinDays > 0 && end.date < horizonLimit(release, h.marginDays + h.warnWithinDays)) {
    out.push(
      Object.assign(head(r, 'warning', end.date, asOf), {
        rule: 'horizon-close' as const,
        phase: h.phase,
        end,
        releaseEnd: release.end,
        daysAfterReleaseEnd: daysBetween(release.end, end.date),
      }),
    );
  } else if (end.basis === 'none' && only(policy.unknownEnd.severity)) {
    out.push(Object.assign(head(r, policy.unknownEnd.severity as Severity, undefined, asOf), { rule: 'unknown-end' as const, phase: h.phase }));
  }

  // Maturity, judged at the release date with what was known by the as-of date.
  const m = policy.maturity;
  const at = minDate(release.date, asOf);
  const points = at === asOf && r.points ? r.points : pointsAt(cycle, at, r.scheme);
  const first = points.first?.date ?? cycle.released;
  if (first && first <= release.date) {
    const ageDays = daysBetween(first, release.date);
    if (ageDays < m.minAgeDays && only(m.severity.age))
      out.push(
        Object.assign(head(r, m.severity.age as Severity, first, asOf), {
          rule: 'maturity-age' as const,
          releaseDate: release.date,
          firstRelease: first,
          ageDays,
          minAgeDays: m.minAgeDays,
        }),
      );
  }
  if (points.dated && points.count < m.minPointReleases && only(m.severity.pointReleases))
    out.push(
      Object.assign(head(r, m.severity.pointReleases as Severity, undefined, asOf), {
        rule: 'maturity-point-releases' as const,
        releaseDate: release.date,
        pointReleases: points.count,
        minPointReleases: m.minPointReleases,
      }),
    );
  if (m.notFirstPointRelease && only(m.severity.firstPointRelease) && isFirstPointRelease(r, points.first?.version))
    out.push(
      Object.assign(head(r, m.severity.firstPointRelease as Severity, undefined, asOf), {
        rule: 'maturity-first-point-release' as const,
        releaseDate: release.date,
      }),
    );
}

/** The end known now differs from the one published when the release shipped. */
function endMoved(now: ResolvedPin, then: ResolvedEnd | undefined, policy: Policy, asOf: PlainDate, out: Finding[]): void {
  const severity = policy.endMoved.severity;
  if (severity === 'ignore' || !now.end?.date || !then?.date || then.date === now.end.date) return;
  out.push(
    Object.assign(head(now, severity, now.end.date, asOf), {
      rule: 'end-moved' as const,
      phase: policy.horizon.phase,
      end: now.end,
      atRelease: then,
      releaseDate: now.release.date,
      movedDays: daysBetween(then.date, now.end.date),
    }),
  );
}

const limits = new WeakMap<Release, Map<number, PlainDate>>();

/** The release's planned end plus a number of days, once per release. */
function horizonLimit(release: Release, days: number): PlainDate {
  let m = limits.get(release);
  if (!m) limits.set(release, (m = new Map()));
  let d = m.get(days);
  if (!d) m.set(days, (d = addDays(release.end, days)));
  return d;
}

const pointCache = new WeakMap<Cycle, Map<PlainDate, PointReleaseSummary>>();

/** Point releases of a cycle on a date, computed once per (cycle, date): many pins share both. */
function pointsAt(cycle: Cycle, date: PlainDate, scheme: VersionScheme): PointReleaseSummary {
  let byDate = pointCache.get(cycle);
  if (!byDate) pointCache.set(cycle, (byDate = new Map()));
  let s = byDate.get(date);
  if (!s) byDate.set(date, (s = pointReleasesAsOf(cycle, date, scheme)));
  return s;
}

/** The pinned version is one of the cycle's point releases published by the as-of date. */
function isPublished(r: ResolvedPin, asOf: PlainDate): boolean {
  const scheme = r.scheme as VersionScheme;
  for (const p of r.cycle?.points ?? []) if (p.date <= asOf && (p.version === r.pin.version || scheme.compare(p.version, r.pin.version) === 0)) return true;
  return false;
}

/**
 * The first point release of a cycle: the first dated stable one where point releases are known,
 * else a version whose parts after the cycle key are all zero (1.13.0 in cycle 1.13; not 7.3.0 in 7).
 */
function isFirstPointRelease(r: ResolvedPin, firstVersion: string | undefined): boolean {
  if (!r.parsed || !r.scheme || !r.cycle || r.parsed.release.length < 3) return false;
  if (firstVersion) return r.scheme.compare(r.pin.version, firstVersion) === 0;
  const keyParts = r.cycle.id.split('.').length;
  return r.parsed.stable && r.parsed.release.length > keyParts && r.parsed.release.slice(keyParts).every((n) => n === 0);
}
