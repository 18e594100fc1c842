import type { Zod } from './zod.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** How bad a finding is: `error` fails a check by default (`--fail-on`). */
export type Severity = (typeof SEVERITIES)[number];
/** A rule's severity in policy.yaml; `ignore` turns the rule off. */
export type SeverityOrIgnore = Severity | 'ignore';

/** The schema of a severity (rules build their schemas only when the policy file is read). */
export const severitySchema = (z: Zod) => z.enum(SEVERITIES);
/** The schema of a severity or `ignore`. */
export const severityOrIgnoreSchema = (z: Zod) => z.enum([...SEVERITIES, 'ignore']);
