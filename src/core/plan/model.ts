import { meets } from '../check/rules/compatibility.js';
import { epochDay, type PlainDate } from '../dates.js';
import type { Severity } from '../policy/severity.js';
import type { ComponentChoice } from './candidates.js';
import type { IntegerProgram, Row } from './program.js';
import type { Candidate } from './types.js';

/** A choice's candidates (by index) that meet a constraint. */
interface Side {
  readonly choice: number;
  readonly candidates: readonly number[];
}

/** One compatibility rule over the plan's components, as a row with a slack variable (the rule broken). */
export interface CompatibilityRow {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Every one of these picks → the rule applies. */
  readonly when: readonly Side[];
  /** The required component's picks that satisfy it; undefined: the component is not in the plan. */
  readonly require: Side | undefined;
  readonly requireKey: string;
  readonly slack: number;
}

export interface PlanModel {
  readonly program: IntegerProgram;
  /** Variable of candidate k of choice c: offsets[c] + k. */
  readonly offsets: readonly number[];
  readonly compatibility: readonly CompatibilityRow[];
  /** The compatibility rows that name each choice (on either side). */
  readonly rowsOf: readonly (readonly CompatibilityRow[])[];
}

const PENALISED: Readonly<Record<Severity, 0 | 1 | undefined>> = { error: 0, warning: 1, info: undefined };

/** The rules that say a cycle's maintenance does not last until the release's end plus the margin. */
export const HORIZON_RULES: ReadonlySet<string> = new Set(['horizon', 'ended']);

/**
 * How many days a candidate's maintenance falls short of the release's end plus the margin, after
 * any commitment that takes over (its findings of the horizon rules that count: not info, not
 * waived); undefined when it breaks no horizon rule. An ended phase without a date: Infinity.
 */
export function horizonShortfall(cand: Candidate): number | undefined {
  let short: number | undefined;
  for (const f of cand.findings) {
    if (f.severity === 'info' || f.waived || (f.rule !== 'horizon' && f.rule !== 'ended')) continue;
    // the latest of the end, the coverage and the commitment (ISO dates order as text), in days
    let until: PlainDate | undefined = f.end.date;
    for (const d of [f.coveredUntil, f.commitment?.until]) if (d !== undefined && (until === undefined || d > until)) until = d;
    const days = until === undefined ? Number.POSITIVE_INFINITY : Math.max(0, epochDay(f.releaseEnd) + f.marginDays - epochDay(until));
    short = Math.max(short ?? 0, days);
  }
  return short;
}

/**
 * Per candidate of a choice, the days it falls short of the horizon beyond the candidate of the
 * choice (allowed in a point release) that falls shortest: 0 for that one and for every candidate
 * that keeps the horizon. Between candidates that all break the horizon, the one maintained
 * longest wins; a candidate that keeps the horizon ranks with the best of those that break it (so
 * whether to keep a cycle that runs out or take a newer one that is, say, not yet mature stays the
 * policy's severities' and preferences' call). An unknown end counts as short by more than any known.
 */
export function shortfallBeyondLongest(candidates: readonly Candidate[]): number[] {
  const short = candidates.map((c) => (c.notInPointRelease ? undefined : horizonShortfall(c)));
  const known = short.filter((d): d is number => d !== undefined && Number.isFinite(d));
  const worst = known.length > 0 ? Math.max(...known) + 1 : 1;
  const days = short.map((d) => (d === undefined ? undefined : Number.isFinite(d) ? d : worst));
  const best = Math.min(...days.filter((d): d is number => d !== undefined));
  return days.map((d) => (d === undefined ? 0 : d - best));
}

/**
 * The plan as a 0-1 program: one variable per (component, candidate), exactly one per component;
 * a compatibility rule is a row "all `when` picks → one of the `require` picks", broken only by
 * paying its slack. Objectives, in order: error findings and broken error rules; the same at
 * warning; the days a candidate falls short of the horizon beyond the candidate of its component
 * maintained longest (`shortfallBeyondLongest`: a whole objective of its own, so it never outweighs
 * a broken rule, and it is 0 except for a candidate that breaks the horizon while another breaks it
 * by fewer days); the preference cost (change, cycles, packaging). Candidates a point release does
 * not allow are fixed to 0.
 */
export function buildModel(choices: readonly ComponentChoice[], rules: readonly import('../check/rules/compatibility.js').CompatibilityRule[]): PlanModel {
  const variables: string[] = [];
  const rows: Row[] = [];
  const objectives: [number, number][][] = [[], [], [], []];
  const offsets: number[] = [];
  for (const [c, choice] of choices.entries()) {
    offsets.push(variables.length);
    const one: [number, number][] = [];
    const shortfall = shortfallBeyondLongest(choice.candidates);
    for (const [k, cand] of choice.candidates.entries()) {
      const v = variables.length;
      variables.push(`x${c}_${k}`);
      one.push([v, 1]);
      const count = [0, 0];
      for (const f of cand.findings) {
        if (f.waived) continue; // accepted in commitments.yaml until its expiry
        const o = PENALISED[f.severity];
        if (o !== undefined) count[o] = (count[o] ?? 0) + 1;
      }
      if (count[0]) objectives[0]?.push([v, count[0]]);
      if (count[1]) objectives[1]?.push([v, count[1]]);
      if (shortfall[k]) objectives[2]?.push([v, shortfall[k] as number]);
      if (cand.cost) objectives[3]?.push([v, cand.cost]);
      if (cand.notInPointRelease) rows.push({ name: `point${c}_${k}`, terms: [[v, 1]], upper: 0 });
    }
    if (one.length > 0) rows.push({ name: `one${c}`, terms: one, lower: 1, upper: 1 });
  }

  const byKey = new Map<string, number>();
  for (const [c, choice] of choices.entries()) byKey.set(choice.pin.component, c);
  for (const [c, choice] of choices.entries()) if (choice.base.product && !byKey.has(choice.base.product)) byKey.set(choice.base.product, c);

  const compatibility: CompatibilityRow[] = [];
  for (const rule of rules) {
    const o = PENALISED[rule.severity];
    if (o === undefined) continue;
    const when: Side[] = [];
    let never = false;
    for (const [key, constraint] of Object.entries(rule.when)) {
      const c = byKey.get(key);
      const side = c === undefined ? [] : meeting(choices[c] as ComponentChoice, constraint);
      if (c === undefined || side.length === 0) never = true;
      else when.push({ choice: c, candidates: side });
    }
    if (never || when.length === 0) continue;
    for (const [key, constraint] of Object.entries(rule.require)) {
      const c = byKey.get(key);
      const require = c === undefined ? undefined : { choice: c, candidates: meeting(choices[c] as ComponentChoice, constraint) };
      const all = require && require.candidates.length === (choices[require.choice] as ComponentChoice).candidates.length && require.candidates.length > 0;
      if (all) continue;
      const slack = variables.length;
      variables.push(`s${compatibility.length}`);
      objectives[o]?.push([slack, 1]);
      const terms: [number, number][] = [];
      for (const w of when) for (const k of w.candidates) terms.push([(offsets[w.choice] as number) + k, 1]);
      if (require) for (const k of require.candidates) terms.push([(offsets[require.choice] as number) + k, -1]);
      terms.push([slack, -1]);
      rows.push({ name: `compat${compatibility.length}`, terms, upper: when.length - 1 });
      compatibility.push({ ruleId: rule.id, severity: rule.severity, when, require, requireKey: key, slack });
    }
  }
  const rowsOf: CompatibilityRow[][] = choices.map(() => []);
  for (const row of compatibility) {
    const named = new Set([...row.when.map((w) => w.choice), ...(row.require ? [row.require.choice] : [])]);
    for (const c of named) rowsOf[c]?.push(row);
  }
  return { program: { variables, rows, objectives }, offsets, compatibility, rowsOf };
}

/** Candidates of a choice that meet a constraint (a component without candidates: its base pin). */
function meeting(choice: ComponentChoice, constraint: import('../check/rules/compatibility.js').Constraint): number[] {
  const out: number[] = [];
  for (const [k, r] of choice.resolved.entries()) if (meets(r, constraint)) out.push(k);
  return out;
}

/** Whether a compatibility row is broken when each choice picks `pick(choice)`. */
export function broken(row: CompatibilityRow, pick: (choice: number) => number): boolean {
  for (const w of row.when) if (!w.candidates.includes(pick(w.choice))) return false;
  const require = row.require;
  return !require?.candidates.includes(pick(require.choice));
}
