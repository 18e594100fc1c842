import type { PlainDate } from '../../dates.js';
import { dataAge } from '../../lifecycle/data-age.js';
import { type SeverityOrIgnore, severityOrIgnoreSchema } from '../../policy/severity.js';
import type { Evidence } from '../evidence.js';
import type { FindingBase } from '../pin-finding.js';
import { reported } from './severity-only.js';
import { defaulted, defineRule, type RuleHandlers } from './types.js';

/** The lifecycle data is older on the as-of date than the policy allows (src/core/lifecycle/data-age.ts). */
export interface DataAgeFinding extends FindingBase {
  readonly rule: 'data-age';
  /** The date the data is known current on. */
  readonly dataDate: PlainDate;
  readonly ageDays: number;
  readonly maxDays: number;
  readonly basis: 'sync' | 'import';
  /** The products holding the age up (their source answered last on dataDate). */
  readonly oldest: readonly string[];
}

export interface MaxDataAgePolicy {
  readonly days: number;
  readonly severity: SeverityOrIgnore;
}

declare module '../../policy/types.js' {
  interface Policy {
    /** How old the lifecycle data may be on the as-of date before a check says so. */
    readonly maxDataAgeDays: MaxDataAgePolicy;
  }
}

/** The component a data-age finding is filed under: it is about the workspace's data, not a pin. */
export const LIFECYCLE_DATA = 'lifecycle-data';

/** Stale lifecycle data: the newest sync or import is older than `days` on the as-of date (one finding a release). */
export const maxDataAgeDays = defineRule({
  id: 'max-data-age-days',
  schema: (z) =>
    defaulted(
      z.strictObject({
        days: z.number().int().min(1).max(3650).default(30),
        severity: severityOrIgnoreSchema(z).default('warning'),
      }),
    ),
  fromFile: (f): MaxDataAgePolicy => ({ days: f.days, severity: f.severity }),
  findings: {
    'data-age':
      'the lifecycle data is older than `days` on the as-of date (the oldest last answer of a synced source, else the newest history entry; docs/sync.md)',
  },
  template: {
    comment: ['Lifecycle data older than this on the as-of date is a finding: run `upkeep sync` (docs/sync.md).'],
    fields: { days: 'days since the sources last answered', severity: 'error | warning | info | ignore' },
    column: 27,
  },
  create(p, { ws, asOf }): RuleHandlers<DataAgeFinding> {
    const s = reported(p.severity);
    if (!s) return {};
    const age = dataAge(ws, asOf);
    if (!age.date || age.basis === 'none' || age.days <= p.days) return {};
    const { date, basis, days, oldest } = age;
    return {
      release(release, _pins, out) {
        out.push({
          rule: 'data-age',
          release: release.id,
          component: LIFECYCLE_DATA,
          product: undefined,
          version: date,
          cycle: undefined,
          codename: undefined,
          severity: s,
          alternative: false,
          date,
          daysLeft: undefined,
          at: undefined,
          evidence: undefined as Evidence | undefined,
          dataDate: date,
          ageDays: days,
          maxDays: p.days,
          basis,
          oldest,
        });
      },
    };
  },
});
