import type { PlainDate } from '../core/dates.js';
import type { Cycle, EndValue, Fact, PhaseEnd, PointRelease, Product } from '../core/lifecycle/types.js';
import type { Policy } from '../core/policy/types.js';
import type { SchemeId } from '../core/versions/types.js';
import type { Pin, Release } from '../core/workspace.js';
import type { CycleFile, EndField, FactFile, PolicyFile, ProductFile, ReleaseFile } from './schema.js';

/** File shapes → domain types, and back. */

function endFrom(v: EndField | undefined): PhaseEnd | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'object') return { ...(v.announced !== undefined ? { announced: v.announced as EndValue } : {}), ...(v.actual ? { actual: v.actual } : {}) };
  return { announced: v as EndValue };
}

export function cycleFromFile(c: CycleFile): Cycle {
  const ends: Record<string, PhaseEnd> = {};
  for (const phase of ['maintained', 'security', 'extended'] as const) {
    const e = endFrom(c[phase]);
    if (e) ends[phase] = e;
  }
  const points: PointRelease[] | undefined = c.points ? Object.entries(c.points).map(([version, date]) => ({ version, date: date as PlainDate })) : undefined;
  return {
    id: c.cycle,
    ...(c.codename ? { codename: c.codename } : {}),
    ...(c.aliases ? { aliases: c.aliases } : {}),
    ...(c.released ? { released: c.released } : {}),
    ...(c.lts !== undefined ? { lts: c.lts } : {}),
    ends,
    ...(c.latest ? { latest: c.latest } : {}),
    ...(c.latest_date ? { latestDate: c.latest_date } : {}),
    ...(points ? { points } : {}),
  };
}

function endToFile(e: PhaseEnd | undefined): EndField | undefined {
  if (!e) return undefined;
  if (e.actual === undefined) return e.announced;
  return { ...(e.announced !== undefined ? { announced: e.announced } : {}), actual: e.actual };
}

export function cycleToFile(c: Cycle): Record<string, unknown> {
  const out: Record<string, unknown> = { cycle: c.id };
  if (c.codename) out.codename = c.codename;
  if (c.aliases?.length) out.aliases = [...c.aliases];
  if (c.released) out.released = c.released;
  if (c.lts !== undefined) out.lts = c.lts;
  for (const phase of ['maintained', 'security', 'extended'] as const) {
    const e = endToFile(c.ends[phase]);
    if (e !== undefined) out[phase] = e;
  }
  if (c.latest) out.latest = c.latest;
  if (c.latestDate) out.latest_date = c.latestDate;
  if (c.points?.length) out.points = Object.fromEntries(c.points.map((p) => [p.version, p.date]));
  return out;
}

export function factFromFile(f: FactFile): Fact {
  return { recorded: f.recorded, cycle: f.cycle, field: f.field, to: f.to as Fact['to'], ...(f.source ? { source: f.source } : {}) };
}

export function productFromFile(p: ProductFile, history: readonly Fact[]): Product {
  const all = [...history];
  all.sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
  return { id: p.id, name: p.name, scheme: p.scheme as SchemeId, cycles: p.cycles.map(cycleFromFile), history: all, sources: p.sources };
}

export function releaseFromFile(r: ReleaseFile, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Release {
  const pin = (component: string, v: ReleaseFile['pins'][string], path: readonly PropertyKey[]): Pin => {
    const line = lineOf(path);
    const version = typeof v === 'string' ? v : v.version;
    const source = typeof v === 'string' ? r.source : (v.source ?? r.source);
    return { component, version, ...(source ? { source } : {}), at: { file, ...(line ? { line } : {}) } };
  };
  return {
    id: r.id,
    ...(r.version ? { version: r.version } : {}),
    date: r.date,
    end: r.end,
    pins: Object.entries(r.pins).map(([c, v]) => pin(c, v, ['pins', c])),
    alternatives: Object.entries(r.alternatives ?? {}).flatMap(([c, vs]) => vs.map((v) => pin(c, v, ['alternatives', c]))),
    at: { file },
  };
}

export function policyFromFile(p: PolicyFile): Policy {
  return {
    horizon: { phase: p.horizon.phase, marginDays: p.horizon.margin_days, severity: p.horizon.severity, warnWithinDays: p.horizon.warn_within_days },
    maturity: {
      minAgeDays: p.maturity.min_age_days,
      minPointReleases: p.maturity.min_point_releases,
      notFirstPointRelease: p.maturity.not_first_point_release,
      severity: {
        age: p.maturity.age_severity ?? p.maturity.severity,
        pointReleases: p.maturity.point_releases_severity ?? p.maturity.severity,
        firstPointRelease: p.maturity.first_point_release_severity ?? p.maturity.severity,
      },
    },
    compatibility: p.compatibility.map((r) => ({
      id: r.id,
      when: r.when,
      require: r.require,
      severity: r.severity,
      ...(r.reason ? { reason: r.reason } : {}),
    })),
    unversioned: p.unversioned,
    noLifecycle: p.no_lifecycle,
    unknownCycle: p.unknown_cycle,
    unknownEnd: p.unknown_end,
    endMoved: p.end_moved,
    unstable: p.unstable,
    unknownVersion: p.unknown_version,
    cycleFuture: p.cycle_future,
  };
}
