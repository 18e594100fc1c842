import { z } from 'zod';
import { type Severity, SeverityOrIgnore } from '../../policy/severity.js';

/** A rule set by its severity alone: `{ severity: error | warning | info | ignore }`. */
export interface SeverityOnly {
  readonly severity: SeverityOrIgnore;
}

/** The schema and reading of a rule set by its severity alone, with its default. */
export function severityOnly(severity: SeverityOrIgnore) {
  return {
    schema: z.strictObject({ severity: SeverityOrIgnore }).default({ severity }),
    fromFile: (file: { severity: SeverityOrIgnore }): SeverityOnly => ({ severity: file.severity }),
  };
}

/** The severity, or undefined when the rule is ignored. */
export function reported(severity: SeverityOrIgnore): Severity | undefined {
  return severity === 'ignore' ? undefined : severity;
}
