import { type Severity, type SeverityOrIgnore, severityOrIgnoreSchema } from '../../policy/severity.js';
import type { Zod } from '../../policy/zod.js';

/** A rule set by its severity alone: `{ severity: error | warning | info | ignore }`. */
export interface SeverityOnly {
  readonly severity: SeverityOrIgnore;
}

/** The schema and reading of a rule set by its severity alone, with its default. */
export function severityOnly(severity: SeverityOrIgnore) {
  return {
    schema: (z: Zod) => z.strictObject({ severity: severityOrIgnoreSchema(z) }).default({ severity }),
    fromFile: (file: { severity: SeverityOrIgnore }): SeverityOnly => ({ severity: file.severity }),
  };
}

/** The severity, or undefined when the rule is ignored. */
export function reported(severity: SeverityOrIgnore): Severity | undefined {
  return severity === 'ignore' ? undefined : severity;
}
