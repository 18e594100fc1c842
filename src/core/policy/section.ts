import type { z } from 'zod';
import type { PolicyKey, PolicyProperty, RuleTemplate } from '../check/rules/types.js';
import type { Zod } from './zod.js';

/**
 * A key of policy.yaml that is not a check rule: settings another part reads (the planner's
 * preferences, upgrade paths). Declared like a rule — schema with its defaults, what the code reads,
 * the `upkeep init` template, one line for docs/policy.md — but it reports no findings.
 */
export interface SectionDefinition<Id extends string, S extends z.ZodType, V> {
  /** The section's name; its policy key is the same in snake_case, its `Policy` property in camelCase. */
  readonly id: Id;
  /** The key's shape in policy.yaml with its defaults (the only place a default is declared). */
  readonly schema: (z: Zod) => S;
  /** The key as the code reads it. */
  readonly fromFile: (file: z.output<S>) => V;
  /** What the section sets, in one line (docs/policy.md). */
  readonly sets: string;
  readonly template: RuleTemplate;
}

export interface Section<Id extends string = string, S extends z.ZodType = z.ZodType, V = unknown> extends SectionDefinition<Id, S, V> {
  readonly key: PolicyKey<Id>;
  readonly property: PolicyProperty<Id>;
}

export function defineSection<const Id extends string, S extends z.ZodType, V>(definition: SectionDefinition<Id, S, V>): Section<Id, S, V> {
  const key = definition.id.replaceAll('-', '_') as PolicyKey<Id>;
  const property = definition.id.replace(/-(.)/g, (_, c: string) => c.toUpperCase()) as PolicyProperty<Id>;
  return { ...definition, key, property };
}
