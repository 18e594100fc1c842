import { z } from 'zod';
import { RULES } from '../check/rules/index.js';
import { SECTIONS } from './sections.js';
import type { Policy } from './types.js';

/** Every key of policy.yaml: the rules, then the sections (src/core/policy/sections.ts), in the order of the file. */
export const POLICY_KEYS = [...RULES, ...SECTIONS] as const;

type Keys = (typeof POLICY_KEYS)[number];

/** policy.yaml: one key per check rule and section, each with its defaults. Strict: a typo stops the check. */
export const PolicyFile = z.strictObject(
  Object.fromEntries(POLICY_KEYS.map((r) => [r.key, r.schema(z)])) as { [R in Keys as R['key']]: ReturnType<R['schema']> },
);
export type PolicyFile = z.infer<typeof PolicyFile>;

/** What the registry reads from policy.yaml: exactly `Policy`, whose properties the rules and sections declare. */
type FromRegistry = { readonly [R in Keys as R['property']]: ReturnType<R['fromFile']> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when a rule is missing from the registry or declares no `Policy` property. */
type RegistryDeclaresPolicy = Same<FromRegistry, Policy>;

/** The policy of a validated policy.yaml: each rule and section reads its own key. */
export function policyFromFile(file: PolicyFile): Policy {
  const policy: Record<string, unknown> = {};
  for (const rule of POLICY_KEYS) policy[rule.property] = (rule.fromFile as (f: unknown) => unknown)(file[rule.key]);
  const agrees: RegistryDeclaresPolicy = true;
  return agrees && (policy as FromRegistry);
}

/** The policy of an empty policy.yaml. */
export const DEFAULT_POLICY: Policy = policyFromFile(PolicyFile.parse({}));
