import { z } from 'zod';

/**
 * The JSON document of `upkeep check --format json` (docs/json-output.md), as a schema: a test
 * validates real output against it, and docs/check-output.schema.json is generated from it for
 * tools that consume the output. Strict: a field added to the output without being declared
 * here fails the test, so the documentation cannot fall behind.
 */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Severity = z.enum(['error', 'warning', 'info']);

const End = z.strictObject({
  phase: z.enum(['maintained', 'security', 'extended']),
  date: Day.nullable(),
  basis: z.enum(['actual', 'announced', 'none']),
  ended: z.boolean(),
  open: z.boolean(),
  announced: z.union([Day, z.boolean()]).nullable(),
  actual: Day.nullable(),
  differenceDays: z.number().int().nullable(),
  /** Stable point releases after an announced end that has passed (the end may not be final). */
  pointsAfter: z.strictObject({ count: z.number().int(), latest: z.strictObject({ version: z.string(), date: Day }) }).nullable(),
});

const PointRelease = z.strictObject({ version: z.string(), date: Day });

export const CheckOutput = z.strictObject({
  schema: z.literal('upkeep.check/v1'),
  asOf: Day,
  workspace: z.string(),
  lifecycles: z.array(z.strictObject({ product: z.string(), basis: z.enum(['history', 'current']) })),
  /** Notes on the data: point releases after an announced end that has passed (src/render/data-notes.ts). */
  notes: z.array(z.string()),
  /** How old the lifecycle data is on asOf (docs/sync.md): its date, what that date is read from, the days since. */
  dataAge: z.strictObject({ date: Day.nullable(), basis: z.enum(['sync', 'import', 'none']), on: Day, days: z.number().int().min(0) }),
  releases: z.array(z.strictObject({ id: z.string(), version: z.string().nullable(), date: Day, end: Day })),
  pins: z.array(
    z.strictObject({
      release: z.string(),
      component: z.string(),
      version: z.string(),
      alternative: z.boolean(),
      product: z.string().nullable(),
      cycle: z.string().nullable(),
      codename: z.string().nullable(),
      state: z.enum(['future', 'maintained', 'security', 'extended', 'ended', 'unknown', 'unversioned', 'no-lifecycle', 'unknown-cycle', 'bad-version']),
      end: End.nullable(),
      pointReleases: z
        .strictObject({ count: z.number().int().min(0), dated: z.boolean(), first: PointRelease.nullable(), latest: PointRelease.nullable() })
        .nullable(),
    }),
  ),
  findings: z.array(
    z.strictObject({
      release: z.string(),
      component: z.string(),
      product: z.string().nullable(),
      version: z.string(),
      cycle: z.string().nullable(),
      rule: z.string(),
      severity: Severity,
      date: Day.nullable(),
      daysLeft: z.number().int().nullable(),
      alternative: z.boolean(),
      message: z.string().min(1),
      file: z.string().nullable(),
      line: z.number().int().positive().nullable(),
      /** Where the date comes from: the cycle in its lifecycle file, the history entry and its source. */
      evidence: z
        .strictObject({
          product: z.string(),
          cycle: z.string(),
          field: z.string().nullable(),
          file: z.string().nullable(),
          line: z.number().int().positive().nullable(),
          history: z
            .strictObject({ recorded: Day, source: z.string().nullable(), file: z.string().nullable(), line: z.number().int().positive().nullable() })
            .nullable(),
        })
        .nullable(),
      /** The rule and its own facts (see the Finding union in src/core/check/finding.ts). */
      facts: z.looseObject({ rule: z.string() }),
      /** Present when a live waiver of commitments.yaml accepts the finding: it does not count for the exit code. */
      waived: z
        .strictObject({ reason: z.string(), owner: z.string(), expires: Day, file: z.string().nullable(), line: z.number().int().positive().nullable() })
        .optional(),
    }),
  ),
  summary: z.strictObject({
    error: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
    /** Findings a live waiver accepts (counted above too, never for the exit code); present when there are any. */
    waived: z.number().int().min(1).optional(),
    exitCode: z.number().int(),
    /** How many pins were judged, and why the others were not (the pins themselves are in `pins`). */
    pins: z.strictObject({
      total: z.number().int().min(0),
      judged: z.number().int().min(0),
      noLifecycle: z.number().int().min(0),
      unversioned: z.number().int().min(0),
      unknownCycle: z.number().int().min(0),
    }),
  }),
});
export type CheckOutput = z.infer<typeof CheckOutput>;
