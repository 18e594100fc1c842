import { addDays, daysBetween, minDate, type PlainDate } from '../dates.js';
import { UpkeepError } from '../errors.js';
import { pointReleasesAsOf } from '../lifecycle/phases.js';
import type { Policy, SeverityOrIgnore } from '../policy/types.js';
import type { Release, Workspace } from '../workspace.js';
import { compatibilityFindings } from './compatibility.js';
import { compareFindings, type Finding } from './finding.js';
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
    throw new UpkeepError('UPK_EMPTY_WORKSPACE', `workspace "${ws.name}" has no releases`, 'add a release with `upkeep import osism DIR --release-id ID --date D --end D` or write releases/<id>.yaml (see docs/workspace.md)');
  if (!ids || ids.length === 0) return ws.releases;
  return ids.map((id) => {
    const r = ws.releases.find((x) => x.id === id);
    if (!r)
      throw new UpkeepError('UPK_UNKNOWN_RELEASE', `release "${id}" is not in workspace "${ws.name}"`, `use one of: ${ws.releases.map((x) => x.id).join(', ')}`);
    return r;
  });
}

/** Evaluates each release of the workspace against its policy as known on `asOf`. Pure. */
export function check(ws: Workspace, options: CheckOptions): CheckReport {
  const { asOf } = options;
  const policy = ws.policy;
  const releases = selectReleases(ws, options.releases);
  const resolver = new PinResolver(ws, asOf, policy.horizon.phase);
  const atRelease = new Map<PlainDate, PinResolver>();
  const resolverAt = (date: PlainDate) => {
    let r = atRelease.get(date);
    if (!r) atRelease.set(date, (r = new PinResolver(ws, date, policy.horizon.phase)));
    return r;
  };
  const pins: ResolvedPin[] = [];
  const findings: Finding[] = [];
  for (const release of releases) {
    const resolved: ResolvedPin[] = [];
    for (const pin of release.pins) resolved.push(resolver.resolve(release, pin, false));
    for (const pin of release.alternatives) resolved.push(resolver.resolve(release, pin, true));
    for (const r of resolved) {
      pinFindings(r, policy, asOf, findings);
      if (release.date < asOf && r.end?.date && policy.endMoved.severity !== 'ignore') endMoved(r, resolverAt(release.date).resolve(release, r.pin, r.alternative), policy, asOf, findings);
    }
    compatibilityFindings(release, resolved, policy.compatibility, findings);
    pins.push(...resolved);
  }
  resolver.throwProblems();
  findings.sort(compareFindings);
  return {
    asOf,
    workspace: ws.name,
    policy,
    releases,
    pins,
    findings,
    lifecycles: resolver
      .lifecycles()
      .map((k) => ({ product: k.product.id, basis: k.basis }))
      .sort((a, b) => a.product.localeCompare(b.product)),
  };
}

function base(r: ResolvedPin, asOf: PlainDate) {
  return {
    release: r.release.id,
    component: r.pin.component,
    ...(r.product ? { product: r.product } : {}),
    version: r.pin.version,
    ...(r.cycle ? { cycle: r.cycle.id } : {}),
    ...(r.cycle?.codename ? { codename: r.cycle.codename } : {}),
    alternative: r.alternative,
    ...(r.pin.at ? { at: r.pin.at } : {}),
    dated(date: PlainDate) {
      return { date, daysLeft: daysBetween(asOf, date) };
    },
  };
}

type WithoutSeverity<T> = T extends unknown ? Omit<T, 'severity'> : never;

function push(out: Finding[], severity: SeverityOrIgnore, f: WithoutSeverity<Finding>): void {
  if (severity === 'ignore') return;
  out.push({ ...f, severity } as Finding);
}

function pinFindings(r: ResolvedPin, policy: Policy, asOf: PlainDate, out: Finding[]): void {
  const { dated, ...b } = base(r, asOf);
  if (r.state === 'unversioned') return push(out, policy.unversioned.severity, { ...b, rule: 'unversioned' });
  if (r.state === 'no-lifecycle') return push(out, policy.noLifecycle.severity, { ...b, rule: 'no-lifecycle' });
  if (r.state === 'unknown-cycle' || !r.cycle || !r.end || !r.scheme)
    return push(out, policy.unknownCycle.severity, {
      ...b,
      rule: 'unknown-cycle',
      knownCycles: (r.known?.cycles ?? []).map((c) => c.id),
    });

  const { release, cycle, end } = r;
  const h = policy.horizon;
  if (cycle.released && cycle.released > release.date)
    out.push({ ...b, ...dated(cycle.released), severity: 'error', rule: 'cycle-future', released: cycle.released });

  // Horizon: the phase must last until the planned end plus the margin.
  const limit = addDays(release.end, h.marginDays);
  const common = { phase: h.phase, end, releaseEnd: release.end };
  if (end.ended) {
    out.push({ ...b, severity: h.severity, rule: 'ended', ...common, marginDays: h.marginDays, daysBeforeReleaseEnd: 0 });
  } else if (end.date && end.date < limit) {
    out.push({
      ...b,
      ...dated(end.date),
      severity: h.severity,
      rule: end.date <= asOf ? 'ended' : 'horizon',
      ...common,
      marginDays: h.marginDays,
      daysBeforeReleaseEnd: daysBetween(end.date, release.end),
    });
  } else if (end.date && h.warnWithinDays > 0 && end.date < addDays(limit, h.warnWithinDays)) {
    out.push({ ...b, ...dated(end.date), severity: 'warning', rule: 'horizon-close', ...common, daysAfterReleaseEnd: daysBetween(release.end, end.date) });
  } else if (end.basis === 'none') {
    push(out, policy.unknownEnd.severity, { ...b, rule: 'unknown-end', phase: h.phase });
  }

  // Maturity, judged at the release date with what was known by the as-of date.
  const m = policy.maturity;
  if (m.severity === 'ignore') return;
  const at = minDate(release.date, asOf);
  const points = pointReleasesAsOf(cycle, at, r.scheme);
  const first = points.first?.date ?? cycle.released;
  if (first && first <= release.date) {
    const ageDays = daysBetween(first, release.date);
    if (ageDays < m.minAgeDays)
      out.push({ ...b, ...dated(first), severity: m.severity, rule: 'maturity-age', releaseDate: release.date, firstRelease: first, ageDays, minAgeDays: m.minAgeDays });
  }
  if (points.dated && points.count < m.minPointReleases)
    out.push({ ...b, severity: m.severity, rule: 'maturity-point-releases', releaseDate: release.date, pointReleases: points.count, minPointReleases: m.minPointReleases });
  if (m.notFirstPointRelease && isFirstPointRelease(r, points.first?.version))
    out.push({ ...b, severity: m.severity, rule: 'maturity-first-point-release', releaseDate: release.date });
}

/**
 * The first point release of a cycle: the first dated stable one where point releases are known,
 * else a version whose parts after the cycle key are all zero (1.13.0 in cycle 1.13; not 7.3.0 in 7).
 */
/** The end known now differs from the one published when the release shipped. */
function endMoved(now: ResolvedPin, then: ResolvedPin, policy: Policy, asOf: PlainDate, out: Finding[]): void {
  const { dated, ...b } = base(now, asOf);
  if (!now.end?.date || !then.end?.date || then.end.date === now.end.date) return;
  push(out, policy.endMoved.severity, {
    ...b,
    ...dated(now.end.date),
    rule: 'end-moved',
    phase: policy.horizon.phase,
    end: now.end,
    atRelease: then.end,
    releaseDate: now.release.date,
    movedDays: daysBetween(then.end.date, now.end.date),
  });
}

function isFirstPointRelease(r: ResolvedPin, firstVersion: string | undefined): boolean {
  if (!r.parsed || !r.scheme || !r.cycle || r.parsed.release.length < 3) return false;
  if (firstVersion) return r.scheme.compare(r.pin.version, firstVersion) === 0;
  const keyParts = r.cycle.id.split('.').length;
  return r.parsed.stable && r.parsed.release.length > keyParts && r.parsed.release.slice(keyParts).every((n) => n === 0);
}
