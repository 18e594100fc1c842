import type { CheckReport } from '../core/check/check.js';
import type { Finding } from '../core/check/finding.js';
import type { ResolvedEnd } from '../core/lifecycle/phases.js';
import type { Severity } from '../core/policy/types.js';
import { dataNotes } from './data-notes.js';
import { evidenceJson } from './evidence.js';
import { findingMessage, type ProductNames } from './message.js';

/** Version of the JSON document (docs/json-output.md). Bump on any incompatible change. */
const CHECK_SCHEMA = 'upkeep.check/v1';

function endJson(end: ResolvedEnd | undefined) {
  if (!end) return null;
  return {
    phase: end.phase,
    date: end.date ?? null,
    basis: end.basis,
    ended: end.ended ?? false,
    open: end.open ?? false,
    announced: end.announced ?? null,
    actual: end.actual ?? null,
    differenceDays: end.differenceDays ?? null,
    pointsAfter: end.pointsAfter ? { count: end.pointsAfter.count, latest: { ...end.pointsAfter.latest } } : null,
  };
}

export function summary(findings: readonly Finding[]): Record<Severity, number> {
  const s: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

/** The rule's own facts; ends in the same shape as the pins' `end`. */
function factsJson(f: Finding): Record<string, unknown> {
  const {
    at: _at,
    release: _r,
    component: _c,
    product: _p,
    version: _v,
    cycle: _cy,
    codename: _cn,
    severity: _s,
    alternative: _a,
    date: _d,
    daysLeft: _dl,
    evidence: _e,
    waived: _w,
    ...facts
  } = f;
  const out: Record<string, unknown> = { ...facts };
  if ('end' in f) out.end = endJson(f.end);
  if ('atRelease' in f) out.atRelease = endJson(f.atRelease);
  return out;
}

export function findingJson(f: Finding, names: ProductNames) {
  const at = f.at;
  return {
    release: f.release,
    component: f.component,
    product: f.product ?? null,
    version: f.version,
    cycle: f.cycle ?? null,
    rule: f.rule,
    severity: f.severity,
    date: f.date ?? null,
    daysLeft: f.daysLeft ?? null,
    alternative: f.alternative,
    message: findingMessage(f, names),
    file: at?.file ?? null,
    line: at?.line ?? null,
    evidence: evidenceJson(f.evidence),
    facts: factsJson(f),
    ...(f.waived
      ? {
          waived: {
            reason: f.waived.reason,
            owner: f.waived.owner,
            expires: f.waived.expires,
            file: f.waived.at?.file ?? null,
            line: f.waived.at?.line ?? null,
          },
        }
      : {}),
  };
}

/** How many findings a live waiver accepts, as the summary's `waived` (absent when none). */
export function waivedCount(findings: readonly Finding[]): { waived?: number } {
  const n = findings.filter((f) => f.waived).length;
  return n ? { waived: n } : {};
}

export function renderJson(report: CheckReport, names: ProductNames, exitCode: number): string {
  const doc = {
    schema: CHECK_SCHEMA,
    asOf: report.asOf,
    workspace: report.workspace,
    lifecycles: report.lifecycles,
    notes: dataNotes(report),
    dataAge: { date: report.dataAge.date ?? null, basis: report.dataAge.basis, on: report.dataAge.on, days: report.dataAge.days },
    releases: report.releases.map((r) => ({ id: r.id, version: r.version ?? null, date: r.date, end: r.end })),
    pins: report.pins.map((p) => ({
      release: p.release.id,
      component: p.pin.component,
      version: p.pin.version,
      alternative: p.alternative,
      product: p.product ?? null,
      cycle: p.cycle?.id ?? null,
      codename: p.cycle?.codename ?? null,
      state: p.state,
      end: endJson(p.end),
      pointReleases: p.points ? { count: p.points.count, dated: p.points.dated, first: p.points.first ?? null, latest: p.points.latest ?? null } : null,
    })),
    findings: report.findings.map((f) => findingJson(f, names)),
    summary: { ...summary(report.findings), ...waivedCount(report.findings), exitCode, pins: report.counts },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
