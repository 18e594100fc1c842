import type { Finding } from '../check/finding.js';
import type { Judge } from '../check/judge.js';
import type { ResolvedPin } from '../check/resolve.js';
import { meets } from '../check/rules/compatibility.js';
import { daysBetween, minDate, type PlainDate } from '../dates.js';
import { pointReleasesAsOf } from '../lifecycle/phases.js';
import type { Cycle } from '../lifecycle/types.js';
import type { VersionScheme } from '../versions/types.js';
import type { Component, Packaging, Pin, Release } from '../workspace.js';
import { changeCost, type PlanPreferences } from './preferences.js';
import type { Candidate, ChangeKind } from './types.js';

/** A component of the base release with the versions it could ship in the planned one. */
export interface ComponentChoice {
  readonly pin: Pin;
  readonly base: ResolvedPin;
  /** Keep first, then by cycle; only keep when there is nothing to choose (no lifecycle, unversioned). */
  readonly candidates: readonly Candidate[];
  /** False: the pin maps to no cycle, so it is kept as it is. */
  readonly planned: boolean;
  /** The resolved pin of each candidate (for compatibility rules). */
  readonly resolved: readonly ResolvedPin[];
}

/**
 * The versions a component could ship in `release`: the base version (keep), the cycle's latest
 * point release (patch), and the latest point release of each later cycle. Only what is published
 * by both the as-of date and the release date counts: a cycle of a lifecycle file without history
 * that was released after the as-of date is not known then, whatever today's file says.
 */
export function candidatesOf(judge: Judge, release: Release, base: ResolvedPin, preferences: PlanPreferences): ComponentChoice {
  const { pin } = base;
  if (!base.cycle || !base.scheme || !base.known || !base.parsed || base.state === 'unknown-cycle') {
    const findings: Finding[] = [];
    judge.pin(base, findings);
    const keep: Candidate = { version: pin.version, exact: true, change: 'keep', steps: 0, findings, cost: 0 };
    return { pin, base, candidates: [keep], resolved: [base], planned: false };
  }
  const scheme = base.scheme;
  const available = minDate(judge.asOf, release.date);
  const component = judge.ws.components.get(pin.component);
  const cycles = base.known.cycles
    .filter((c) => c === base.cycle || (c.released !== undefined && c.released <= available && scheme.compareCycles(c.id, (base.cycle as Cycle).id) > 0))
    .sort((a, b) => scheme.compareCycles(a.id, b.id));
  const namesCycle = base.known.find(pin.version) === base.cycle;

  const out: Candidate[] = [];
  const resolved: ResolvedPin[] = [];
  const add = (version: string, cycle: Cycle, exact: boolean, change: ChangeKind, steps: number) => {
    const r = judge.resolver.resolve(release, { ...pin, version }, false);
    if (r.cycle !== cycle) return;
    const findings: Finding[] = [];
    judge.pin(r, findings);
    // the resolver has both as of the as-of date; the release date may be earlier
    const points = available === judge.asOf && r.points ? r.points : pointReleasesAsOf(cycle, available, scheme);
    const first = points.first?.date ?? cycle.released;
    const end = r.end?.date;
    const packaging = packagingOf(component, r);
    out.push({
      version,
      cycle: cycle.id,
      ...(cycle.codename ? { codename: cycle.codename } : {}),
      exact,
      change,
      steps,
      ...(end ? { end } : {}),
      ...(first && first <= release.date ? { ageDays: daysBetween(first, release.date) } : {}),
      ...(points.dated ? { pointReleases: points.count } : {}),
      ...(packaging.packaging ? { packaging: packaging.packaging, packagingCost: preferences.packagingCost[packaging.packaging] } : {}),
      ...(packaging.byVersion ? { packagingByVersion: true } : {}),
      ...(packaging.source ? { packagingSource: packaging.source } : {}),
      findings,
      cost: changeCost(preferences, change, steps, packaging.packaging),
    });
    resolved.push(r);
  };

  add(pin.version, base.cycle, true, 'keep', 0);
  for (const [i, cycle] of cycles.entries()) {
    const steps = i - cycles.indexOf(base.cycle);
    const version = namesCycle ? cycle.id : latestPoint(cycle, available, scheme);
    const exact = namesCycle || version !== cycle.id;
    if (steps === 0) {
      if (version !== cycle.id && scheme.compare(version, pin.version) > 0) add(version, cycle, exact, 'patch', 0);
      continue;
    }
    add(version, cycle, exact, changeKind(scheme, base.cycle, cycle), steps);
  }
  return { pin, base, candidates: out, resolved, planned: true };
}

/**
 * How a version reaches the stack: the first `packaging_by_version` entry of its component whose
 * versions it meets (cycles or ranges, as a compatibility rule reads them), else the component's packaging.
 */
export function packagingOf(
  component: Component | undefined,
  version: ResolvedPin,
): { readonly packaging?: Packaging; readonly byVersion?: true; readonly source?: string } {
  for (const entry of component?.packagingByVersion ?? [])
    if (meets(version, { anyOf: entry.versions })) return { packaging: entry.packaging, byVersion: true, ...(entry.source ? { source: entry.source } : {}) };
  return component?.packaging ? { packaging: component.packaging } : {};
}

/** The newest stable point release of a cycle published by the date, else the cycle's key. */
function latestPoint(cycle: Cycle, date: PlainDate, scheme: VersionScheme): string {
  const points = pointReleasesAsOf(cycle, date, scheme);
  // `latest` without a date (a current file) may be from after the date: not used.
  if (points.latest && (points.dated || cycle.latestDate)) return points.latest.version;
  return cycle.id;
}

/**
 * major: the cycle's first number changes (Ceph 16 → 17, Ubuntu 22.04 → 24.04, an OpenStack series);
 * minor: a later cycle with the same first number (OVS 3.0 → 3.1, Kubernetes 1.27 → 1.28). A
 * calendar cycle's first number is a year, not a compatibility line: its changes are minor.
 */
function changeKind(scheme: VersionScheme, from: Cycle, to: Cycle): ChangeKind {
  if (scheme.id === 'calendar') return 'minor';
  const a = scheme.parse(from.id)?.release[0];
  const b = scheme.parse(to.id)?.release[0];
  return a !== undefined && a === b ? 'minor' : 'major';
}
