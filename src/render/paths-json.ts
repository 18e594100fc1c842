import type { UpgradePaths } from '../core/paths/paths.js';
import { dataAgeText } from './data-age.js';
import type { ProductNames } from './message.js';
import { stepWords } from './paths-text.js';

/** The answer as data (schema upkeep.paths/v1): each jump's steps carry their verdict and reason in words. */
export function renderPathsJson(p: UpgradePaths, names: ProductNames, exitCode: number): string {
  const jump = (j: UpgradePaths['direct']) => ({
    from: j.from,
    to: j.to,
    allowed: j.allowed,
    steps: j.steps.map((s) => ({
      component: s.component,
      product: s.product,
      from: { version: s.fromVersion, cycle: s.fromCycle ?? null },
      to: { version: s.toVersion, cycle: s.toCycle ?? null },
      verdict: s.verdict,
      ...('forward' in s ? { cyclesForward: s.forward } : {}),
      reason: stepWords(s, names),
      rule: { kind: s.rule.kind, ...(s.rule.max !== undefined ? { max: s.rule.max } : {}), from: s.rule.from, source: s.rule.source ?? null },
    })),
  });
  const doc = {
    schema: 'upkeep.paths/v1',
    from: p.from,
    to: p.to,
    asOf: p.asOf,
    exitCode,
    path: p.path ?? null,
    direct: jump(p.direct),
    jumps: p.jumps.map(jump),
    blocked: p.blocked ? jump(p.blocked) : null,
    unruled: p.unruled,
    dataAge: { date: p.dataAge.date ?? null, basis: p.dataAge.basis, on: p.dataAge.on, days: p.dataAge.days, text: dataAgeText(p.dataAge) },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
