import { daysBetween, minDate, type PlainDate } from '../../dates.js';
import { type PointReleaseSummary, pointReleasesAsOf } from '../../lifecycle/phases.js';
import type { Cycle } from '../../lifecycle/types.js';
import { type SeverityOrIgnore, severityOrIgnoreSchema } from '../../policy/severity.js';
import type { VersionScheme } from '../../versions/types.js';
import { eventFinding, type FindingBase, pinFinding } from '../pin-finding.js';
import type { ResolvedPin } from '../resolve.js';
import { reported } from './severity-only.js';
import { type CyclePin, defaulted, defineRule, type RuleHandlers } from './types.js';

export interface MaturityAgeFinding extends FindingBase {
  readonly rule: 'maturity-age';
  readonly releaseDate: PlainDate;
  readonly firstRelease: PlainDate;
  readonly ageDays: number;
  readonly minAgeDays: number;
}

export interface MaturityPointReleasesFinding extends FindingBase {
  readonly rule: 'maturity-point-releases';
  readonly releaseDate: PlainDate;
  readonly pointReleases: number;
  readonly minPointReleases: number;
}

export interface MaturityFirstPointReleaseFinding extends FindingBase {
  readonly rule: 'maturity-first-point-release';
  readonly releaseDate: PlainDate;
}

export type MaturityFinding = MaturityAgeFinding | MaturityPointReleasesFinding | MaturityFirstPointReleaseFinding;

export interface MaturityPolicy {
  /** Minimum age of the cycle's first stable release at the release date. */
  readonly minAgeDays: number;
  /** Minimum number of stable point releases of the cycle at the release date. */
  readonly minPointReleases: number;
  /** Reject the first point release after a major (x.2.0, 17.0.0). */
  readonly notFirstPointRelease: boolean;
  /** Severity of each maturity rule. */
  readonly severity: { readonly age: SeverityOrIgnore; readonly pointReleases: SeverityOrIgnore; readonly firstPointRelease: SeverityOrIgnore };
}

declare module '../../policy/types.js' {
  interface Policy {
    /** How mature a pinned version must be at the release date. */
    readonly maturity: MaturityPolicy;
  }
}

/** "well matured versions, not necessarily latest stable", judged at the release date with what was known by the as-of date. */
export const maturity = defineRule({
  id: 'maturity',
  schema: (z) =>
    defaulted(
      z.strictObject({
        min_age_days: z.number().int().min(0).max(3650).default(90),
        min_point_releases: z.number().int().min(0).max(100).default(2),
        not_first_point_release: z.boolean().default(true),
        severity: severityOrIgnoreSchema(z).default('warning'),
        age_severity: severityOrIgnoreSchema(z).optional(),
        point_releases_severity: severityOrIgnoreSchema(z).optional(),
        first_point_release_severity: severityOrIgnoreSchema(z).optional(),
      }),
    ),
  fromFile: (f): MaturityPolicy => ({
    minAgeDays: f.min_age_days,
    minPointReleases: f.min_point_releases,
    notFirstPointRelease: f.not_first_point_release,
    severity: {
      age: f.age_severity ?? f.severity,
      pointReleases: f.point_releases_severity ?? f.severity,
      firstPointRelease: f.first_point_release_severity ?? f.severity,
    },
  }),
  findings: {
    'maturity-age': 'the cycle was younger than `min_age_days` at the release date',
    'maturity-point-releases': 'fewer than `min_point_releases` stable point releases by the release date',
    'maturity-first-point-release': 'the pin is the first point release of its cycle',
  },
  template: {
    comment: ['"well matured versions, not necessarily latest stable": judged at the release date.'],
    fields: {
      min_age_days: "the cycle's first stable release at least this old",
      min_point_releases: 'at least this many stable point releases published',
      not_first_point_release: 'never ship x.y.0 (Ceph x.2.0) of a new cycle',
      severity: 'error | warning | info | ignore, for the three rules above',
    },
    column: 35,
    after: ['  # age_severity, point_releases_severity, first_point_release_severity override it per rule'],
  },
  create(m, { asOf }): RuleHandlers<MaturityFinding> {
    const age = reported(m.severity.age);
    const count = reported(m.severity.pointReleases);
    const first = m.notFirstPointRelease ? reported(m.severity.firstPointRelease) : undefined;
    if (!age && !count && !first) return {};
    const pointCache = new Map<Cycle, Map<PlainDate, PointReleaseSummary>>();
    /** Point releases of a cycle on a date, computed once per (cycle, date): many pins share both. */
    const pointsAt = (cycle: Cycle, date: PlainDate, scheme: VersionScheme): PointReleaseSummary => {
      let byDate = pointCache.get(cycle);
      if (!byDate) pointCache.set(cycle, (byDate = new Map()));
      let s = byDate.get(date);
      if (!s) byDate.set(date, (s = pointReleasesAsOf(cycle, date, scheme)));
      return s;
    };
    return {
      cycle(r: CyclePin, out) {
        const { release, cycle } = r;
        const at = minDate(release.date, asOf);
        const points = at === asOf && r.points ? r.points : pointsAt(cycle, at, r.scheme);
        const firstRelease = points.first?.date ?? cycle.released;
        if (age && firstRelease && firstRelease <= release.date) {
          const ageDays = daysBetween(firstRelease, release.date);
          if (ageDays < m.minAgeDays)
            out.push(
              Object.assign(eventFinding(r, age, firstRelease), {
                rule: 'maturity-age' as const,
                releaseDate: release.date,
                firstRelease,
                ageDays,
                minAgeDays: m.minAgeDays,
              }),
            );
        }
        if (count && points.dated && points.count < m.minPointReleases)
          out.push(
            Object.assign(pinFinding(r, count, undefined, asOf), {
              rule: 'maturity-point-releases' as const,
              releaseDate: release.date,
              pointReleases: points.count,
              minPointReleases: m.minPointReleases,
            }),
          );
        if (first && isFirstPointRelease(r, points.first?.version))
          out.push(Object.assign(pinFinding(r, first, undefined, asOf), { rule: 'maturity-first-point-release' as const, releaseDate: release.date }));
      },
    };
  },
});

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
