import type { Plan, PlannedComponent } from '../core/plan/types.js';
import { dataAgeText } from './data-age.js';
import type { ProductNames } from './message.js';
import { stepWords } from './paths-text.js';
import { gapTitle, headline, optionText, packagingLine, reasonText, rejectedText, summaryLine, versionText } from './plan-words.js';

/** Components the plan says something about: changed ones, and kept ones that break a rule. */
export function shown(plan: Plan): PlannedComponent[] {
  return plan.components.filter((c) => c.planned && (c.change !== 'keep' || c.reasons.some((r) => r.kind !== 'keep-qualifies')));
}

export function keptLine(plan: Plan): string[] {
  const kept = plan.components.filter((c) => c.planned && c.change === 'keep' && c.reasons.every((r) => r.kind === 'keep-qualifies'));
  const unplanned = plan.components.filter((c) => !c.planned).length;
  const out = [`Kept, qualifying (${kept.length}): ${kept.map((c) => `${c.component} ${c.to.version}`).join(', ') || '-'}`];
  if (unplanned) out.push(`Kept as they are (${unplanned}): no lifecycle data or not a version — nothing to choose by.`);
  return out;
}

export function basis(plan: Plan): string[] {
  return [
    ...(plan.currentBasis.length
      ? [`note: no history for ${plan.currentBasis.join(', ')}: today's lifecycle files are used, cycles released after ${plan.asOf} left out`]
      : []),
    `note: ${dataAgeText(plan.dataAge)}`,
  ];
}

/** `plan` warns when the planned release is not one upgrade from its base (upgrade rules, docs/planning.md). */
export function upgradeWarning(plan: Plan, names: ProductNames): string[] {
  return plan.notOneUpgrade.length
    ? [
        `warning: ${plan.release.id} cannot be reached from ${plan.base.id} in one upgrade: ${plan.notOneUpgrade.map((s) => `${s.component} ${stepWords(s, names)}`).join('; ')} (see upkeep paths)`,
      ]
    : [];
}

/** The terminal table: one block a component that changes or breaks a rule, then the gaps with their options. */
export function renderPlanTable(plan: Plan, names: ProductNames): string {
  const out = [headline(plan), ...basis(plan), summaryLine(plan), ...packagingLine(plan), ...upgradeWarning(plan, names), ''];
  const rows = shown(plan);
  if (rows.length) {
    const w = Math.max(9, ...rows.map((c) => c.component.length));
    out.push(`${'COMPONENT'.padEnd(w)}  ${'FROM'.padEnd(14)}  ${'TO'.padEnd(14)}  CHANGE`);
    for (const c of rows) {
      out.push(`${c.component.padEnd(w)}  ${c.from.version.padEnd(14)}  ${c.to.version.padEnd(14)}  ${c.change}`);
      for (const r of c.reasons) out.push(`    ${reasonText(r, c, plan, names)}`);
      for (const r of c.rejected) out.push(`    rejected ${rejectedText(r)}`);
    }
    out.push('');
  }
  out.push(...keptLine(plan));
  if (plan.gaps.length) {
    out.push('', `Maintenance gaps of ${plan.base.id} (its cycle runs out before ${plan.release.id}'s end) and the options:`);
    for (const g of plan.gaps) {
      const pc = plan.components.find((c) => c.component === g.component);
      out.push(gapTitle(g, names, plan, pc?.product));
      for (const o of g.options) {
        const taken = (o.kind === 'upgrade') === (g.chosen === 'upgrade') && o.kind !== 'announce';
        out.push(`  ${taken ? '* ' : '  '}${optionText(o, g)}`);
      }
    }
    out.push('  (* the plan takes it; keeping means own backports or an announcement: the board chooses)');
  }
  return `${out.join('\n')}\n`;
}

const cell = (s: string) => s.replaceAll('|', '\\|');

export function renderPlanMarkdown(plan: Plan, names: ProductNames): string {
  const out = [
    `# ${headline(plan)}`,
    '',
    ...basis(plan).map((b) => `> ${b}`),
    summaryLine(plan),
    ...packagingLine(plan).map((l) => `\n${l}`),
    ...upgradeWarning(plan, names).map((w) => `\n> ${w}`),
    '',
  ];
  const rows = shown(plan);
  if (rows.length) {
    out.push('| Component | From | To | Change | Why | Rejected |', '| --- | --- | --- | --- | --- | --- |');
    for (const c of rows)
      out.push(
        `| ${cell(c.component)} | ${cell(c.from.version)} | ${cell(versionText(c.to))} | ${c.change} | ${cell(c.reasons.map((r) => reasonText(r, c, plan, names)).join('; '))} | ${cell(c.rejected.map((r) => rejectedText(r, r.candidate.version)).join('; ') || '-')} |`,
      );
    out.push('');
  }
  out.push(...keptLine(plan), '');
  if (plan.gaps.length) {
    out.push(`## Maintenance gaps of ${plan.base.id} and the options`, '');
    for (const g of plan.gaps) {
      const pc = plan.components.find((c) => c.component === g.component);
      out.push(`### ${gapTitle(g, names, plan, pc?.product)}`, '');
      for (const o of g.options)
        out.push(`- ${(o.kind === 'upgrade') === (g.chosen === 'upgrade') && o.kind !== 'announce' ? '**plan:** ' : ''}${optionText(o, g)}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
