import type { z } from 'zod';
import type { PolicyKey, PolicyProperty, RuleTemplate } from '../check/rules/types.js';
import type { Zod } from './zod.js';

/**
 * A policy key that is no check rule (upgrade rules, point releases): declared like a rule — its
 * shape with defaults, how it is read, how `upkeep init` writes it — and listed in
 * src/core/policy/schema.ts beside the rules, so the schema, defaults and template come from one place.
 */
export interface SectionDefinition<Id extends string, S extends z.ZodType, V> {
  /** The section's name; its policy key is the same in snake_case. */
  readonly id: Id;
  readonly schema: (z: Zod) => S;
  readonly fromFile: (file: z.output<S>) => V;
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
