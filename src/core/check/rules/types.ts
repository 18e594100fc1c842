import type { z } from 'zod';
import type { PlainDate } from '../../dates.js';
import type { ResolvedEnd } from '../../lifecycle/phases.js';
import type { Cycle } from '../../lifecycle/types.js';
import type { Policy } from '../../policy/types.js';
import type { Zod } from '../../policy/zod.js';
import type { StabilityVerdicts } from '../../stability/verdicts.js';
import type { VersionScheme } from '../../versions/types.js';
import type { Release, Workspace } from '../../workspace.js';
import type { ResolvedPin } from '../resolve.js';

/** What a rule may read of the check it runs in (one per `check()` or `judgePin()`). */
export interface CheckContext {
  readonly ws: Workspace;
  /** The date of the evaluation: only facts known by then are used. */
  readonly asOf: PlainDate;
  /** The workspace's policy (a rule reads its own settings from `create`'s first argument). */
  readonly policy: Policy;
  /** `upkeep assess` verdicts by product and version, where the app layer computed them (the planner). */
  readonly stability?: StabilityVerdicts | undefined;
}

/** A pin resolved to a cycle of its product, with the cycle's end of the horizon's phase. */
export type CyclePin = ResolvedPin & { readonly cycle: Cycle; readonly end: ResolvedEnd; readonly scheme: VersionScheme };

/** Where a rule puts its findings (an array of findings of any rule). */
export interface Sink<F> {
  push(finding: F): unknown;
}

/**
 * What a rule looks at, like ESLint's node listeners: a handler left out is never called, so a
 * rule at severity `ignore` returns none and costs nothing.
 */
export interface RuleHandlers<F> {
  /** A pin that maps to no cycle: unversioned, without lifecycle, or of an unknown cycle. */
  readonly unresolved?: (pin: ResolvedPin, out: Sink<F>) => void;
  /** A pin resolved to a cycle (called for every such pin: keep it cheap, no object spread). */
  readonly cycle?: (pin: CyclePin, out: Sink<F>) => void;
  /** A release after all its pins (defaults and alternatives): rules across pins. */
  readonly release?: (release: Release, pins: readonly ResolvedPin[], out: Sink<F>) => void;
}

/** How the rule's key is written by `upkeep init` (policy.yaml), around its default value. */
export interface RuleTemplate {
  /** Comment lines above the key (without `# `). */
  readonly comment: readonly string[];
  /** Comments after a field's default value, aligned at `column`. */
  readonly fields?: Readonly<Record<string, string>>;
  readonly column?: number;
  /** Lines after the key, as written (commented examples, notes). */
  readonly after?: readonly string[];
}

/** `unknown-end` → `unknown_end` (the key in policy.yaml). */
export type PolicyKey<Id extends string> = Id extends `${infer H}-${infer T}` ? `${H}_${PolicyKey<T>}` : Id;
/** `unknown-end` → `unknownEnd` (the property of `Policy`). */
export type PolicyProperty<Id extends string> = Id extends `${infer H}-${infer T}` ? `${H}${Capitalize<PolicyProperty<T>>}` : Id;

/** A check rule as written in its file: see src/core/check/rules/horizon.ts for one. */
export interface RuleDefinition<Id extends string, S extends z.ZodType, V, F extends { readonly rule: string }> {
  /** The rule's name; its policy key is the same in snake_case (`unknown-end` → `unknown_end`). */
  readonly id: Id;
  /**
   * The key's shape in policy.yaml with its defaults: the only place a default is declared. Built
   * from the zod it is given, so that checking (which needs no schema) never loads zod.
   */
  readonly schema: (z: Zod) => S;
  /** The key as the rule reads it (camelCase, severities resolved). */
  readonly fromFile: (file: z.output<S>) => V;
  /** Each kind of finding the rule reports (the finding's `rule`) → when, in one line (docs/policy.md). */
  readonly findings: Readonly<Record<F['rule'], string>>;
  readonly template: RuleTemplate;
  /** Called once per check with the rule's settings; per-check state lives in the closure. */
  readonly create: (settings: V, check: CheckContext) => RuleHandlers<F>;
}

export interface Rule<Id extends string = string, S extends z.ZodType = z.ZodType, V = unknown, F extends { readonly rule: string } = { readonly rule: string }>
  extends RuleDefinition<Id, S, V, F> {
  readonly key: PolicyKey<Id>;
  readonly property: PolicyProperty<Id>;
}

export function defineRule<const Id extends string, S extends z.ZodType, V, F extends { readonly rule: string }>(
  definition: RuleDefinition<Id, S, V, F>,
): Rule<Id, S, V, F> {
  const key = definition.id.replaceAll('-', '_') as PolicyKey<Id>;
  const property = definition.id.replace(/-(.)/g, (_, c: string) => c.toUpperCase()) as PolicyProperty<Id>;
  return { ...definition, key, property };
}

/** A schema whose own default is what its fields default to (declared once, on the fields). */
export function defaulted<S extends z.ZodObject>(schema: S) {
  return schema.default(schema.parse({}) as z.util.NoUndefined<z.output<S>>);
}
