import { upgrades } from '../paths/upgrades.js';
import { plan } from '../plan/policy.js';

/**
 * The keys of policy.yaml that are not check rules (src/core/policy/section.ts), one line each.
 * With the rules (src/core/check/rules/index.ts) they make the policy schema, its defaults, the
 * `upkeep init` template and the tables of docs/policy.md, after the rules, in this order.
 */
export const SECTIONS = [plan, upgrades] as const;
