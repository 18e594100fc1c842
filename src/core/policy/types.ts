export { SEVERITIES, type Severity, type SeverityOrIgnore } from './severity.js';

/**
 * The written upgrade policy (see docs/policy.md): one property per check rule, the camelCase of
 * its policy key. Each rule declares its property in its own file (src/core/check/rules/<id>.ts)
 * by augmenting this interface; src/core/policy/schema.ts checks that the registry and this
 * interface agree, and reads policy.yaml into it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the rules (declaration merging), like Fastify's decorators
export interface Policy {}
