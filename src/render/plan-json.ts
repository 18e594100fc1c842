import type { Finding } from '../core/check/finding.js';
import type { Candidate, Plan } from '../core/plan/types.js';
import { dataAgeText } from './data-age.js';
import { findingJson } from './json.js';
import { findingMessage, type ProductNames } from './message.js';
import { stepWords } from './paths-text.js';

export const PLAN_SCHEMA = 'upkeep.plan/v1';

const brief = (f: Finding, names: ProductNames) => ({ rule: f.rule, severity: f.severity, message: findingMessage(f, names) });

function candidateJson(c: Candidate, names: ProductNames) {
  const { findings, notInPointRelease, ...facts } = c;
  return { ...facts, notInPointRelease: notInPointRelease ?? false, findings: findings.map((f) => brief(f, names)) };
}

/** The plan as data: every component with its choice, reasons and rejected candidates; the gaps with their options. */
export function renderPlanJson(plan: Plan, names: ProductNames, exitCode: number): string {
  const doc = {
    schema: PLAN_SCHEMA,
    workspace: plan.workspace,
    asOf: plan.asOf,
    release: plan.release,
    base: plan.base,
    point: plan.point,
    status: plan.status,
    exitCode,
    counts: plan.counts,
    model: plan.model,
    currentBasis: plan.currentBasis,
    dataAge: { date: plan.dataAge.date ?? null, basis: plan.dataAge.basis, on: plan.dataAge.on, days: plan.dataAge.days, text: dataAgeText(plan.dataAge) },
    notOneUpgrade: plan.notOneUpgrade.map((s) => ({ component: s.component, from: s.fromCycle ?? null, to: s.toCycle ?? null, reason: stepWords(s, names) })),
    components: plan.components.map((c) => ({
      component: c.component,
      product: c.product ?? null,
      planned: c.planned,
      from: c.from,
      to: candidateJson(c.to, names),
      change: c.change,
      reasons: c.reasons.map((r) => ('findings' in r ? { ...r, findings: r.findings.map((f) => brief(f, names)) } : r)),
      rejected: c.rejected.map((r) => ({ candidate: candidateJson(r.candidate, names), because: r.because })),
    })),
    gaps: plan.gaps.map((g) => ({ ...g, options: g.options.map((o) => (o.kind === 'upgrade' ? { ...o, candidate: candidateJson(o.candidate, names) } : o)) })),
    findings: plan.findings.map((f) => findingJson(f, names)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
