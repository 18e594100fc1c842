import type { PlainDate } from '../core/dates.js';
import type { Cycle, EndValue, Fact, PhaseEnd, PointRelease, Product } from '../core/lifecycle/types.js';
import type { SchemeId } from '../core/versions/types.js';
import type { Pin, Release, SourceRef } from '../core/workspace.js';
import type { CycleFile, EndField, FactFile, ProductFile, ReleaseFile } from './schema.js';

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
    ...(c.slurp ? { slurp: true } : {}),
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
  if (c.slurp) out.slurp = true;
  for (const phase of ['maintained', 'security', 'extended'] as const) {
    const e = endToFile(c.ends[phase]);
    if (e !== undefined) out[phase] = e;
  }
  if (c.latest) out.latest = c.latest;
  if (c.latestDate) out.latest_date = c.latestDate;
  if (c.points?.length) out.points = Object.fromEntries(c.points.map((p) => [p.version, p.date]));
  return out;
}

/** A history entry; `at` is where it is written (file and line), for the evidence of a finding. */
export function factFromFile(f: FactFile, at?: SourceRef): Fact {
  return { recorded: f.recorded, cycle: f.cycle, field: f.field, to: f.to as Fact['to'], ...(f.source ? { source: f.source } : {}), ...(at ? { at } : {}) };
}

/** Where a product file was read, and the line of each cycle entry (for the evidence of a finding). */
export interface ProductSource {
  readonly file: string;
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export function productFromFile(p: ProductFile, history: readonly Fact[], source?: ProductSource): Product {
  const all = [...history];
  all.sort((a, b) => (a.recorded < b.recorded ? -1 : a.recorded > b.recorded ? 1 : 0));
  const labels = p.phase_labels && Object.fromEntries(Object.entries(p.phase_labels).filter(([, v]) => v !== undefined));
  const cycles = p.cycles.map((c, i) => {
    const cycle = cycleFromFile(c);
    if (!source) return cycle;
    const line = source.lineOf(['cycles', i]);
    return { ...cycle, at: { file: source.file, ...(line ? { line } : {}) } };
  });
  return {
    id: p.id,
    name: p.name,
    scheme: p.scheme as SchemeId,
    cycles,
    history: all,
    sources: p.sources,
    ...(labels && Object.keys(labels).length ? { phaseLabels: labels } : {}),
    ...(p.phase_note ? { phaseNote: p.phase_note } : {}),
    ...(source ? { at: { file: source.file } } : {}),
    ...(p.identifiers ? { identifiers: p.identifiers } : {}),
    ...(p.sync ? { sync: stripped(p.sync) } : {}),
  };
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

export { policyFromFile } from '../core/policy/schema.js';

function stripped(sync: NonNullable<ProductFile['sync']>): NonNullable<Product['sync']> {
  return { ...(sync.format ? { format: sync.format } : {}), ...(sync.url ? { url: sync.url } : {}) };
}
