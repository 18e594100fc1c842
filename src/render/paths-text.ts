import type { ComponentStep, Jump, UpgradePaths } from '../core/paths/paths.js';
import type { SkewFacts, SkewRule, UpgradeRule } from '../core/paths/upgrades.js';

import { dataAgeText } from './data-age.js';
import type { ProductNames } from './message.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The rule in a few words: "at most 2 cycles per upgrade". */
export function ruleWords(rule: UpgradeRule): string {
  switch (rule.kind) {
    case 'cycles':
      return `at most ${plural(rule.max ?? 1, 'cycle')} per upgrade${rule.skew ? `; ${skewWords(rule.skew)}` : ''}`;
    case 'slurp':
      return 'one series per upgrade, or from a SLURP series to the next';
    case 'lts':
      return 'the next release per upgrade, or from an LTS to the next LTS';
    case 'any':
      return 'any step forward';
  }
}

/** "kubelet at most 3 cycles behind the control plane (2 before 1.28), never newer". */
export function skewWords(skew: SkewRule): string {
  const before = skew.since !== undefined && skew.maxBehindBefore !== undefined ? ` (${skew.maxBehindBefore} before ${skew.since})` : '';
  return `${skew.followers.join(', ')} at most ${plural(skew.maxBehind, 'cycle')} behind the control plane${before}, never newer, and may skip cycles`;
}

/** A follower's place against the control plane: "3 cycles behind the control plane 1.28 (at most 3)". */
function skewPlace(k: SkewFacts): string {
  const where =
    k.behind < 0 ? 'newer than the control plane' : k.behind === 0 ? 'on the control plane' : `${plural(k.behind, 'cycle')} behind the control plane`;
  const first = k.followersFirst ? `; upgrade it before the control plane (its old version would be more than ${k.maxBehind} behind ${k.leader})` : '';
  return `${where} ${k.leader} (at most ${k.maxBehind})${first}`;
}

/** Why a component's step is (not) one upgrade: "15 → 18 jumps 3 cycles; Ceph: at most 2 cycles per upgrade". */
export function stepWords(s: ComponentStep, names: ProductNames): string {
  const name = names(s.product) ?? s.product;
  const move = `${s.fromCycle ?? s.fromVersion} → ${s.toCycle ?? s.toVersion}`;
  if (s.verdict !== 'unknown' && s.skew) {
    const k = s.skew;
    if (s.verdict === 'same') return `stays on ${s.fromCycle}, ${skewPlace(k)}`;
    if (s.verdict === 'allowed')
      return `${move}: ${s.forward === 1 ? 'the next cycle' : `skips ${plural(s.forward - 1, 'cycle')} (a ${name} ${s.component.slice(s.component.lastIndexOf('/') + 1)} may)`}, ${skewPlace(k)}`;
    if (s.why === 'skew-behind') return `${move} leaves it ${plural(k.behind, 'cycle')} behind the control plane ${k.leader}; ${name}: at most ${k.maxBehind}`;
    if (s.why === 'skew-ahead') return `${move} is newer than the control plane ${k.leader}; ${name}: never newer`;
  }
  switch (s.verdict) {
    case 'same':
      return `stays on ${s.fromCycle}`;
    case 'unknown':
      return `${move}: not judged (a cycle is unknown or has no release date as known then)`;
    case 'allowed':
      if (s.skipped === 'slurp') return `${move}: SLURP to the next SLURP series, skipping ${plural(s.forward - 1, 'series', 'series')}`;
      if (s.skipped === 'lts') return `${move}: LTS to the next LTS`;
      return s.forward === 1 ? `${move}: the next cycle` : `${move}: ${plural(s.forward, 'cycle')} forward; ${name}: ${ruleWords(s.rule)}`;
    case 'blocked':
      if (s.why === 'downgrade') return `${move} is a downgrade`;
      if (s.why === 'skew-behind' || s.why === 'skew-ahead') return `${move}: out of the skew with the control plane; ${name}: ${ruleWords(s.rule)}`;
      return `${move} jumps ${plural(s.forward, 'cycle')}; ${name}: ${ruleWords(s.rule)}`;
  }
}

const VERDICT: Record<ComponentStep['verdict'], string> = { same: 'same', allowed: 'ok', blocked: 'BLOCKED', unknown: '?' };

function jumpLines(j: Jump, names: ProductNames, only?: 'blocked'): string[] {
  const steps = only ? j.steps.filter((s) => s.verdict === only) : j.steps;
  const w = Math.max(10, ...steps.map((s) => s.component.length + 1));
  const v = Math.max(12, ...steps.map((s) => `${s.fromVersion} → ${s.toVersion}`.length + 1));
  return steps.map((s) => `  ${VERDICT[s.verdict].padEnd(8)}${s.component.padEnd(w)}${`${s.fromVersion} → ${s.toVersion}`.padEnd(v)}${stepWords(s, names)}`);
}

/** The answer as text: the path, each jump's component steps with reasons, and why the direct jump is not one step. */
export function renderPathsTable(p: UpgradePaths, names: ProductNames, workspace: string): string {
  const out = [`Upgrade paths of ${workspace} as of ${p.asOf}: ${p.from} → ${p.to}`];
  if (p.path) out.push(`Path: ${p.path.join(' → ')} (${plural(p.path.length - 1, 'upgrade')})`);
  else out.push(`No path: no sequence of this workspace's releases leads from ${p.from} to ${p.to} within the upgrade rules.`);
  if (!p.direct.allowed) {
    out.push('', `The direct jump ${p.from} → ${p.to} is not one upgrade:`, ...jumpLines(p.direct, names, 'blocked'));
  }
  for (const j of p.jumps) out.push('', `${j.from} → ${j.to}`, ...jumpLines(j, names));
  if (p.blocked && p.blocked !== p.direct) {
    out.push('', `${p.blocked.from} is the latest release reachable from ${p.from}; from there to ${p.to}:`, ...jumpLines(p.blocked, names, 'blocked'));
  }
  const used = new Map<string, UpgradeRule>();
  for (const j of [p.direct, ...p.jumps]) for (const s of j.steps) used.set(s.product, s.rule);
  out.push('', 'Upgrade rules:');
  for (const [product, rule] of [...used].sort(([a], [b]) => a.localeCompare(b)))
    out.push(
      `  ${names(product) ?? product}: ${ruleWords(rule)} (${rule.from === 'policy' ? 'policy.yaml' : 'upstream'}${rule.source ? `, ${rule.source}` : ''}${rule.skew?.source ? `; skew: ${rule.skew.source}` : ''})`,
    );
  if (p.unruled.length) out.push(`Components without an upgrade rule (${p.unruled.length}): any step allowed.`);
  out.push(`note: ${dataAgeText(p.dataAge)}`);
  return `${out.join('\n')}\n`;
}

/** The path as a Mermaid flowchart: the releases, the jumps taken, the direct jump dashed when it is not one upgrade. */
export function renderPathsMermaid(p: UpgradePaths, names: ProductNames): string {
  const id = (r: string) => `r_${r.replace(/[^A-Za-z0-9]/g, '_')}`;
  const label = (j: Jump) =>
    j.steps
      .filter((s) => s.verdict === 'allowed' || s.verdict === 'blocked')
      .map((s) => `${s.component} ${s.fromCycle} → ${s.toCycle}${s.verdict === 'blocked' ? ' ✗' : ''}`)
      .join('<br/>')
      .replaceAll('"', "'");
  const nodes = new Set([p.from, p.to, ...(p.path ?? []), ...(p.blocked ? [p.blocked.from] : [])]);
  const lines = ['flowchart LR', `  %% ${dataAgeText(p.dataAge)}`, ...[...nodes].map((r) => `  ${id(r)}["${r}"]`)];
  const edge = (j: Jump, arrow: string) => {
    const l = label(j);
    lines.push(`  ${id(j.from)} ${arrow}${l ? `|"${l}"|` : ''} ${id(j.to)}`);
  };
  for (const j of p.jumps) edge(j, '-->');
  if (!p.direct.allowed) edge(p.direct, '-.->');
  if (p.blocked && p.blocked !== p.direct) edge(p.blocked, '-.->');
  void names;
  return `${lines.join('\n')}\n`;
}
