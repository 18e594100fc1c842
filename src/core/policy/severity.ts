import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** How bad a finding is: `error` fails a check by default (`--fail-on`). */
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** A rule's severity in policy.yaml; `ignore` turns the rule off. */
export const SeverityOrIgnore = z.enum([...SEVERITIES, 'ignore']);
export type SeverityOrIgnore = z.infer<typeof SeverityOrIgnore>;
