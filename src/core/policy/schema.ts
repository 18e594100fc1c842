import { z } from 'zod';
import { RULES } from '../check/rules/index.js';
import { SECTIONS } from './sections.js';
import type { Policy } from './types.js';

type Rules = (typeof RULES)[number] | (typeof SECTIONS)[number];
/** The rules and the other sections of policy.yaml, in the order of the file. */
const KEYS = [...RULES, ...SECTIONS];

/** policy.yaml: one key per check rule and section, each with its defaults. Strict: a typo stops the check. */
export const PolicyFile = z.strictObject(Object.fromEntries(KEYS.map((r) => [r.key, r.schema(z)])) as { [R in Rules as R['key']]: ReturnType<R['schema']> });
export type PolicyFile = z.infer<typeof PolicyFile>;

/** What the registry reads from policy.yaml: exactly `Policy`, whose properties the rules declare. */
type FromRegistry = { readonly [R in Rules as R['property']]: ReturnType<R['fromFile']> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when a rule is missing from the registry or declares no `Policy` property. */
type RegistryDeclaresPolicy = Same<FromRegistry, Policy>;

/** The policy of a validated policy.yaml: each rule reads its own key. */
export function policyFromFile(file: PolicyFile): Policy {
  const policy: Record<string, unknown> = {};
  for (const rule of KEYS) policy[rule.property] = (rule.fromFile as (f: unknown) => unknown)(file[rule.key]);
  const agrees: RegistryDeclaresPolicy = true;
  return agrees && (policy as FromRegistry);
}

/** The policy of an empty policy.yaml. */
export const DEFAULT_POLICY: Policy = policyFromFile(PolicyFile.parse({}));
