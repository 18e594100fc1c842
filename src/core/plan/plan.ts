import { type Finding, sortFindings } from '../check/finding.js';
import { Judge } from '../check/judge.js';
import type { ResolvedPin } from '../check/resolve.js';
import { selectReleases } from '../check/select.js';
import { addDays, daysBetween, type PlainDate } from '../dates.js';
import { UpkeepError } from '../errors.js';
import { dataAge } from '../lifecycle/data-age.js';
import { pointReleasesAsOf } from '../lifecycle/phases.js';
import { blockedSteps } from '../paths/paths.js';
import type { StabilityVerdicts } from '../stability/verdicts.js';
import type { Release, Workspace } from '../workspace.js';
import { type ComponentChoice, candidatesOf } from './candidates.js';
import { broken, buildModel, HORIZON_RULES, horizonShortfall, type PlanModel } from './model.js';
import { type Solver, solveLexicographic } from './program.js';
import { skewRules } from './skew.js';
import type { Candidate, Gap, GapOption, Plan, PlannedComponent, Reason, RejectedCandidate, Rejection } from './types.js';

export interface PlanQuery {
  /** The id of the planned release (new, or one of the workspace planned afresh). */
  readonly release: string;
  readonly date: PlainDate;
  /** Planned end; default: the base's end for a point release, else the base's lifetime from `date`. */
  readonly end?: PlainDate;
  /** The release it replaces; default the latest (by date) of the workspace. */
  readonly from?: string;
  /** A point release of `from` (implied when the id extends the base id: R4 → R4.1). */
  readonly point?: boolean;
  readonly asOf: PlainDate;
  /** `upkeep assess` verdicts of candidate versions (policy `stable_enough`), computed by the app layer. */
  readonly stability?: StabilityVerdicts;
}

/** A finding that weighs in the plan: not info, not accepted by a live waiver of commitments.yaml. */
const counted = (f: Finding) => f.severity !== 'info' && !f.waived;

/**
 * The plan of a release: for each component of the base release, the version to ship, chosen
 * among those published by the as-of date by the rules of the registry (the same as `check`) and
 * the compatibility rules, then by the policy's preferences. Pure; the solver is injected.
 */
export function planRelease(ws: Workspace, query: PlanQuery, solve: Solver): Plan {
  const preferences = ws.policy.plan;
  const base = query.from ? (selectReleases(ws, [query.from])[0] as Release) : latest(ws);
  const point = query.point ?? query.release.startsWith(`${base.id}.`);
  const end = query.end ?? (point ? base.end : addDays(query.date, daysBetween(base.date, base.end)));
  if (end < query.date) throw new UpkeepError('UPK_USAGE', `--end ${end} is before --date ${query.date}`, 'give an end of life on or after the release date');
  const target: Release = { id: query.release, date: query.date, end, pins: base.pins, alternatives: [] };

  const judge = new Judge(ws, query.asOf, query.stability);
  const choices: ComponentChoice[] = [];
  for (const pin of base.pins) {
    const resolved = judge.resolver.resolve(target, pin, false);
    choices.push(candidatesOf(judge, target, resolved, preferences));
  }
  if (point) {
    const whenNeeded = preferences.pointReleaseCycleChange === 'when-needed';
    for (const c of choices) restrictToCycle(c, (keep) => whenNeeded && keep.findings.some((f) => counted(f) && HORIZON_RULES.has(f.rule)));
  }

  const model = buildModel(choices, [...ws.policy.compatibility, ...skewRules(ws, choices, query.asOf, (p) => judge.resolver.lifecycle(p))]);
  const result = solveLexicographic(model.program, solve);
  // Every row is satisfiable (each rule has a slack, each component a keep): infeasible is a solver fault.
  if (result.status !== 'optimal') throw new Error(`the plan's 0-1 program was reported ${result.status}`);
  const picks = choices.map((c, i) => {
    const k = c.candidates.findIndex((_, j) => (result.values[(model.offsets[i] as number) + j] ?? 0) > 0.5);
    return k < 0 ? 0 : k;
  });

  const planned: Release = { ...target, pins: choices.map((c, i) => ({ ...c.pin, version: (c.candidates[picks[i] as number] as Candidate).version })) };
  const findings: Finding[] = [];
  const resolved: ResolvedPin[] = [];
  for (const pin of planned.pins) resolved.push(judge.resolver.resolve(planned, pin, false));
  for (const r of resolved) judge.pin(r, findings);
  judge.release(planned, resolved, findings);

  const components = choices.map((_c, i) => explain(choices, model, picks, i, ws.policy.horizon.marginDays, target));
  const forcing = forcedCounts(components);
  const gaps = components.flatMap((pc, i) => gapOf(pc, choices[i] as ComponentChoice, forcing, target, ws.policy.horizon.marginDays, query.asOf) ?? []);
  const counts = { keep: 0, patch: 0, minor: 0, major: 0 };
  for (const pc of components) counts[pc.change]++;
  return {
    workspace: ws.name,
    asOf: query.asOf,
    release: { id: target.id, date: target.date, end: target.end },
    base: { id: base.id, date: base.date, end: base.end },
    point,
    components,
    findings: sortFindings(findings),
    gaps,
    status: findings.some((f) => f.severity === 'error' && !f.waived) ? 'gaps' : 'qualifies',
    counts,
    model: { variables: model.program.variables.length, rows: model.program.rows.length, optimum: result.optimum },
    notOneUpgrade: blockedSteps(ws, base, planned, query.asOf),
    currentBasis: judge.resolver
      .lifecycles()
      .filter((k) => k.basis === 'current')
      .map((k) => k.product.id)
      .sort(),
    dataAge: dataAge(ws, query.asOf),
  };
}

function latest(ws: Workspace): Release {
  const all = selectReleases(ws, undefined);
  return all.reduce((a, b) => (b.date > a.date ? b : a));
}

/** In a point release, candidates of another cycle are allowed only when `changeAllowed(keep)`. */
function restrictToCycle(choice: ComponentChoice, changeAllowed: (keep: Candidate) => boolean): void {
  const keep = choice.candidates[0];
  if (!keep || changeAllowed(keep)) return;
  const cands = choice.candidates as Candidate[];
  for (const [k, c] of cands.entries()) if (c.cycle !== keep.cycle) cands[k] = { ...c, notInPointRelease: true };
}

function explain(
  choices: readonly ComponentChoice[],
  model: PlanModel,
  picks: readonly number[],
  i: number,
  marginDays: number,
  target: Release,
): PlannedComponent {
  const choice = choices[i] as ComponentChoice;
  const chosen = choice.candidates[picks[i] as number] as Candidate;
  const keep = choice.candidates[0] as Candidate;
  const base = choice.base;
  const limit = addDays(target.end, marginDays);
  const reasons: Reason[] = [];
  const keepBreaks = keep.findings.filter(counted);
  const pickWith = (k: number) => (c: number) => (c === i ? k : (picks[c] as number));
  const forcedBy = chosen.change === 'keep' ? [] : (model.rowsOf[i] ?? []).filter((row) => broken(row, pickWith(0)));
  const longest = longestOf(choice.candidates, chosen);

  if (!choice.planned) reasons.push({ kind: 'not-planned', state: base.state });
  else if (chosen.change === 'keep' && keepBreaks.length === 0)
    reasons.push({ kind: 'keep-qualifies', ...(keep.end ? { end: keep.end, daysAfterEnd: daysBetween(limit, keep.end) } : {}) });
  else {
    if (chosen.change !== 'keep' && keepBreaks.length > 0) reasons.push({ kind: 'keep-breaks', findings: keepBreaks });
    if (chosen.change !== 'keep') for (const row of forcedBy) reasons.push({ kind: 'required-by', ruleId: row.ruleId, by: sidesOf(choices, picks, row, i) });
    if (chosen.change !== 'keep' || keepBreaks.length === 0 || longest)
      reasons.push({
        kind: 'chosen',
        ...(chosen.end ? { end: chosen.end, daysAfterEnd: daysBetween(limit, chosen.end) } : {}),
        ...(longest ? { longest } : {}),
        ...(chosen.ageDays !== undefined ? { ageDays: chosen.ageDays } : {}),
        ...(chosen.pointReleases !== undefined ? { pointReleases: chosen.pointReleases } : {}),
        exact: chosen.exact,
      });
    const still = chosen.findings.filter(counted);
    if (still.length > 0) reasons.push({ kind: 'still-breaks', findings: still });
  }

  const rejected: RejectedCandidate[] = [];
  if (choice.planned && (chosen.change !== 'keep' || keepBreaks.length > 0))
    for (const [k, candidate] of choice.candidates.entries()) {
      if (k === picks[i]) continue;
      rejected.push({ candidate, because: rejection(choices, model, picks, i, k, chosen) });
    }
  return {
    component: choice.pin.component,
    ...(base.product ? { product: base.product } : {}),
    from: { version: choice.pin.version, ...(base.cycle ? { cycle: base.cycle.id } : {}), ...(base.cycle?.codename ? { codename: base.cycle.codename } : {}) },
    to: chosen,
    change: chosen.change,
    reasons,
    rejected,
    planned: choice.planned,
  };
}

/**
 * When the chosen candidate breaks the horizon and so does at least one other allowed candidate,
 * and none of them by fewer days: how many days it falls short, of how many such candidates.
 */
function longestOf(candidates: readonly Candidate[], chosen: Candidate): { daysShort: number; of: number } | undefined {
  const daysShort = horizonShortfall(chosen);
  if (daysShort === undefined || !Number.isFinite(daysShort)) return undefined;
  const others = candidates.filter((c) => c !== chosen && !c.notInPointRelease).map(horizonShortfall);
  const breaking = others.filter((d): d is number => d !== undefined);
  if (breaking.length === 0 || breaking.some((d) => d < daysShort)) return undefined;
  return { daysShort, of: breaking.length + 1 };
}

/** The first rule that rules a candidate out: point release, its own errors, a neighbour, its warnings; else the preference. */
function rejection(choices: readonly ComponentChoice[], model: PlanModel, picks: readonly number[], i: number, k: number, chosen: Candidate): Rejection {
  const cand = (choices[i] as ComponentChoice).candidates[k] as Candidate;
  if (cand.notInPointRelease) return { kind: 'point-release' };
  const rulesAt = (s: 'error' | 'warning') => [...new Set(cand.findings.filter((f) => f.severity === s).map((f) => f.rule))];
  const errors = rulesAt('error');
  if (errors.length > 0) return { kind: 'rules', rules: errors, severity: 'error', ...shortfallOf(cand, chosen, errors, rulesAt('warning')) };
  const pick = (c: number) => (c === i ? k : (picks[c] as number));
  const row = (model.rowsOf[i] ?? []).find((r) => broken(r, pick));
  if (row) return { kind: 'compatibility', ruleId: row.ruleId, with: sidesOf(choices, picks, row, i) };
  const warnings = rulesAt('warning');
  if (warnings.length > 0) return { kind: 'rules', rules: warnings, severity: 'warning' };
  return { kind: 'preference', cost: cand.cost, chosenCost: chosen.cost };
}

/**
 * When a rejected candidate and the chosen one both break the horizon: by how many days each falls
 * short; and when the rejected one falls short by fewer days, the warnings that weighed against it.
 */
function shortfallOf(
  cand: Candidate,
  chosen: Candidate,
  errors: readonly string[],
  warnings: readonly string[],
): { shortfall?: { days: number; chosenDays: number }; warnings?: string[] } {
  const days = horizonShortfall(cand);
  const chosenDays = horizonShortfall(chosen);
  if (days === undefined || chosenDays === undefined || !Number.isFinite(days) || !Number.isFinite(chosenDays)) return {};
  if (!errors.some((r) => HORIZON_RULES.has(r))) return {};
  return { shortfall: { days, chosenDays }, ...(days < chosenDays && warnings.length > 0 ? { warnings: [...warnings] } : {}) };
}

/** `component version` of the other components a compatibility row names, as chosen. */
function sidesOf(choices: readonly ComponentChoice[], picks: readonly number[], row: import('./model.js').CompatibilityRow, except: number): string[] {
  const out: string[] = [];
  const name = (c: number) => {
    const ch = choices[c] as ComponentChoice;
    return `${ch.pin.component} ${(ch.candidates[picks[c] as number] as Candidate).version}`;
  };
  for (const w of row.when) if (w.choice !== except) out.push(name(w.choice));
  if (row.require && row.require.choice !== except) out.push(name(row.require.choice));
  else if (!row.require) out.push(`${row.requireKey} (not in the release)`);
  return out;
}

/** For each component, how many others changed because a compatibility rule required it with its chosen version. */
function forcedCounts(components: readonly PlannedComponent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pc of components)
    for (const r of pc.reasons) {
      if (r.kind !== 'required-by') continue;
      for (const by of new Set(r.by.map((b) => b.slice(0, b.lastIndexOf(' '))))) counts.set(by, (counts.get(by) ?? 0) + 1);
    }
  return counts;
}

/** A component whose base cycle runs out of maintenance before the release's end: the board's options. */
function gapOf(
  pc: PlannedComponent,
  choice: ComponentChoice,
  forcing: ReadonlyMap<string, number>,
  target: Release,
  marginDays: number,
  asOf: PlainDate,
): Gap | undefined {
  const keep = choice.candidates[0];
  const breach = keep?.findings.find((f) => counted(f) && HORIZON_RULES.has(f.rule));
  if (!keep || !breach || !keep.cycle) return undefined;
  const until = addDays(target.end, marginDays);
  const from = keep.end ?? asOf;
  const days = Math.max(0, daysBetween(from, until));
  const options: GapOption[] = [];
  const upgrades = choice.candidates.filter((c) => c.cycle !== keep.cycle && !c.findings.some((f) => counted(f) && HORIZON_RULES.has(f.rule)));
  const chosenUpgrade = pc.to.cycle !== keep.cycle ? pc.to : undefined;
  const best = chosenUpgrade ?? [...upgrades].sort((a, b) => score(a) - score(b))[0];
  if (best) {
    const forced = chosenUpgrade ? (forcing.get(pc.component) ?? 0) : 0;
    options.push({
      kind: 'upgrade',
      candidate: best,
      maturityGapDays: maturityGap(best, choice, asOf),
      breaks: [...new Set(best.findings.filter(counted).map((f) => f.rule))],
      changes: 1 + forced,
    });
  }
  const pace = paceDays(choice, asOf);
  options.push({
    kind: 'backports',
    from,
    until,
    days,
    ...(pace ? { paceDays: pace, pointReleases: Math.round(days / pace) } : {}),
    ...('commitment' in breach && breach.commitment ? { commitment: breach.commitment } : {}),
    changes: 0,
  });
  options.push({ kind: 'announce', from, until, days, changes: 0 });
  return {
    component: pc.component,
    version: keep.version,
    cycle: keep.cycle,
    ...(keep.codename ? { codename: keep.codename } : {}),
    rule: breach.rule,
    ...(keep.end ? { end: keep.end } : {}),
    options,
    chosen: chosenUpgrade ? 'upgrade' : 'backports',
  };
}

const score = (c: Candidate) =>
  1e9 * c.findings.filter((f) => counted(f) && f.severity === 'error').length +
  1e6 * c.findings.filter((f) => counted(f) && f.severity === 'warning').length +
  c.cost;

/** Days until a candidate meets the maturity rules: age still missing, or point releases still missing at the cycle's pace. */
function maturityGap(c: Candidate, choice: ComponentChoice, asOf: PlainDate): number {
  let gap = 0;
  const pace = () => paceDays(choice, asOf, c.cycle) ?? 0;
  for (const f of c.findings) {
    if (f.rule === 'maturity-age') gap = Math.max(gap, f.minAgeDays - f.ageDays);
    else if (f.rule === 'maturity-point-releases') gap = Math.max(gap, (f.minPointReleases - f.pointReleases) * pace());
    else if (f.rule === 'maturity-first-point-release') gap = Math.max(gap, pace());
  }
  return gap;
}

/** Mean days between the stable point releases of a cycle published by the as-of date (undefined under two). */
function paceDays(choice: ComponentChoice, asOf: PlainDate, cycleId?: string): number | undefined {
  const base = choice.base;
  const cycle = cycleId ? base.known?.find(cycleId) : base.cycle;
  if (!cycle || !base.scheme) return undefined;
  const points = pointReleasesAsOf(cycle, asOf, base.scheme);
  if (!points.dated || points.count < 2 || !points.first || !points.latest) return undefined;
  const span = daysBetween(points.first.date, points.latest.date);
  return span > 0 ? Math.round(span / (points.count - 1)) : undefined;
}
