import type { Candidate, Gap, GapOption, Plan, PlannedComponent, Reason, Rejection } from '../core/plan/types.js';
import { commitmentText, findingMessage, type ProductNames } from './message.js';

/** The sentences of a plan, shared by its table and Markdown renderers. Facts come from src/core/plan. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function productName(pc: { product?: string; component: string }, names: ProductNames): string {
  return pc.product ? (names(pc.product) ?? pc.product) : pc.component;
}

/** `17.2.5 (17 (Quincy))`, or `23.0 (latest point release)` when only the cycle is known by the date. */
export function versionText(c: Pick<Candidate, 'version' | 'exact' | 'cycle' | 'codename'>): string {
  return c.exact ? `${c.version}${c.cycle && c.cycle !== c.version ? ` (${cycleText(c)})` : ''}` : `${c.version} (latest point release)`;
}

export function cycleText(c: { cycle?: string | undefined; codename?: string | undefined }): string {
  if (!c.cycle) return '-';
  return c.codename && c.codename.toLowerCase() !== c.cycle.toLowerCase() ? `${c.cycle} (${c.codename})` : c.cycle;
}

const PACKAGING_WORDS: Readonly<Record<NonNullable<Candidate['packaging']>, string>> = {
  'distro-package': 'distro package',
  'container-image': 'container image',
  source: 'built from source',
  'ansible-collection': 'Ansible collection',
  other: 'other packaging',
};

/** `built from source (packaging cost 5; SCS board minutes …)`. */
export function packagingText(c: Candidate, withSource = true): string {
  if (!c.packaging) return '';
  const facts = [`packaging cost ${c.packagingCost ?? 0}`, ...(withSource && c.packagingSource ? [c.packagingSource] : [])];
  return `${PACKAGING_WORDS[c.packaging]} (${facts.join('; ')})`;
}

/**
 * How the plan's changed versions reach the stack, with the policy's packaging cost:
 * `Packaging of 5 of the 6 changes: 1 distro package, 3 container images, 1 built from source (ovn 23.03); packaging cost 8.`
 */
export function packagingLine(plan: Plan): string[] {
  const changed = plan.components.filter((c) => c.change !== 'keep' && c.to.packaging);
  if (!changed.length) return [];
  const groups = new Map<string, PlannedComponent[]>();
  for (const c of changed) {
    const key = c.to.packaging as string;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const order = Object.keys(PACKAGING_WORDS) as (keyof typeof PACKAGING_WORDS)[];
  const parts = order.flatMap((p) => {
    const list = groups.get(p);
    if (!list) return [];
    const words = PACKAGING_WORDS[p];
    const count = p === 'source' ? `${list.length} ${words}` : plural(list.length, words);
    return [p === 'source' || list.some((c) => c.to.packagingByVersion) ? `${count} (${list.map((c) => `${c.component} ${c.to.version}`).join(', ')})` : count];
  });
  const cost = changed.reduce((s, c) => s + (c.to.packagingCost ?? 0), 0);
  const all = plan.components.filter((c) => c.change !== 'keep').length;
  const of = changed.length === all ? `the ${plural(all, 'change')}` : `${changed.length} of the ${plural(all, 'change')}`;
  return [`Packaging of ${of}: ${parts.join(', ')}; packaging cost ${cost}.`];
}

export function headline(plan: Plan): string {
  const kind = plan.point ? `a point release of ${plan.base.id}` : `after ${plan.base.id}`;
  return `Upkeep plan of ${plan.workspace} as of ${plan.asOf} — ${plan.release.id} (${plan.release.date} → ${plan.release.end}), ${kind}`;
}

export function summaryLine(plan: Plan): string {
  const c = plan.counts;
  const changes = `${c.major} major, ${c.minor} minor, ${c.patch} patch, ${c.keep} kept`;
  const errors = plan.findings.filter((f) => f.severity === 'error' && !f.waived).length;
  const warnings = plan.findings.filter((f) => f.severity === 'warning' && !f.waived).length;
  return plan.status === 'qualifies'
    ? `Plan: ${changes}. No rule at error is broken${warnings ? ` (${plural(warnings, 'warning')} remain)` : ''}.`
    : `Plan: ${changes}. Nothing qualifies for every component: the best plan still breaks ${plural(errors, 'rule')} at error (see the gaps and their options).`;
}

export function reasonText(r: Reason, pc: PlannedComponent, plan: Plan, names: ProductNames): string {
  switch (r.kind) {
    case 'keep-qualifies':
      return r.end
        ? `kept: ${cycleText(pc.from)} is maintained until ${r.end}, ${plural(r.daysAfterEnd ?? 0, 'day')} after ${plan.release.id}'s end, and breaks no rule`
        : 'kept: it breaks no rule';
    case 'keep-breaks':
      return `${pc.from.version} ${r.findings.every((f) => 'covered' in f && f.covered) ? 'could stay (a commitment covers it), but' : 'cannot stay'}: ${r.findings.map((f) => `${findingMessage(f, names)} [${f.rule}]`).join('; ')}`;
    case 'required-by':
      return `required by rule "${r.ruleId}" with ${r.by.join(', ')}`;
    case 'chosen': {
      const parts = [
        r.longest
          ? `maintained until ${r.end ?? 'an unknown date'}: maintained longest of the candidates, ${plural(r.longest.daysShort, 'day')} short (${r.longest.of} run out before the end)`
          : r.end
            ? `maintained until ${r.end} (${plural(r.daysAfterEnd ?? 0, 'day')} after the end)`
            : 'no end published',
      ];
      if (r.ageDays !== undefined) parts.push(`${plural(r.ageDays, 'day')} old at the release`);
      if (r.pointReleases !== undefined) parts.push(plural(r.pointReleases, 'point release'));
      if (pc.change !== 'keep' && pc.to.packaging) parts.push(packagingText(pc.to));
      return `${cycleText(pc.to)}: ${parts.join(', ')}`;
    }
    case 'still-breaks':
      return `still breaks: ${r.findings.map((f) => `${findingMessage(f, names)} [${f.rule}]`).join('; ')}`;
    case 'not-planned':
      return `kept as is: ${r.state === 'unversioned' ? 'not a version' : r.state === 'no-lifecycle' ? 'no lifecycle data' : 'no known cycle'}`;
  }
}

/** A rejected candidate: its version, why, and its packaging where that differs by version. */
export function rejectedText(r: { readonly candidate: Candidate; readonly because: Rejection }, version = versionText(r.candidate)): string {
  return `${version}: ${rejectionText(r.because)}${r.candidate.packagingByVersion ? `; ${packagingText(r.candidate)}` : ''}`;
}

export function rejectionText(because: Rejection): string {
  switch (because.kind) {
    case 'rules': {
      const short = because.shortfall ? `, ${plural(because.shortfall.days, 'day')} short (the chosen: ${because.shortfall.chosenDays})` : '';
      const warnings = because.warnings?.length ? `; ${because.warnings.join(', ')} (warning)` : '';
      return `${because.rules.join(', ')} (${because.severity})${short}${warnings}`;
    }
    case 'compatibility':
      return `compatibility rule "${because.ruleId}" with ${because.with.join(', ')}`;
    case 'point-release':
      return 'no cycle change in a point release while the kept cycle lasts (plan.point_release)';
    case 'preference':
      return `qualifies, but costs more (${because.cost} vs ${because.chosenCost}: bigger change or dearer packaging)`;
  }
}

export function gapTitle(g: Gap, names: ProductNames, plan: Plan, product?: string): string {
  const who = product ? (names(product) ?? product) : g.component;
  return `${g.component} ${g.version} — ${who} ${cycleText(g)}: ${g.end ? `maintenance ends ${g.end}` : 'maintenance over'}, before ${plan.release.id}'s end ${plan.release.end} [${g.rule}]`;
}

export function optionText(o: GapOption, g: Gap): string {
  switch (o.kind) {
    case 'upgrade': {
      const gap = o.maturityGapDays > 0 ? `maturity gap ${plural(o.maturityGapDays, 'day')}` : 'mature now (no maturity gap)';
      const breaks = o.breaks.length ? `; still breaks ${o.breaks.join(', ')}` : '';
      const packaging = o.candidate.packagingByVersion ? `; ${packagingText(o.candidate, false)}` : '';
      return `upgrade to ${versionText(o.candidate)}: ${o.candidate.change} change, ${plural(o.changes, 'component')} changed${packaging}; ${gap}${breaks}`;
    }
    case 'backports': {
      const pace =
        o.pointReleases !== undefined
          ? `, about ${plural(o.pointReleases, 'upstream point release')} to backport (one every ${plural(o.paceDays ?? 0, 'day')})`
          : '';
      const promised = o.commitment ? ` (promised in commitments.yaml: ${commitmentText(o.commitment)} until ${o.commitment.until})` : '';
      return `keep ${g.cycle} and ${o.commitment ? 'keep the promise of' : 'promise'} own backports from ${o.from} until ${o.until}${promised}: ${plural(o.days, 'day')} of own maintenance${pace}; no change`;
    }
    case 'announce':
      return `keep ${g.cycle} and announce no maintenance after ${o.from}: ${plural(o.days, 'day')} unmaintained until ${o.until}; no change`;
  }
}
