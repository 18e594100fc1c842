import { z } from 'zod';
import { type PlainDate, parseDate } from '../app/index.js';
import type { ServerContext } from './context.js';

/**
 * The request shapes shared by route groups: bounded primitives (an id is at most 100 characters
 * of letters, digits, `.`, `_`, `-`, never `..` nor a `/`), so nothing a client sends can name a
 * file or fill memory.
 */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date in YYYY-MM-DD form')
  .describe('a calendar date, YYYY-MM-DD');

export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-", starting with a letter or digit')
  .refine((s) => !s.includes('..'), 'no ".."');

export const Text = (max: number) => z.string().max(max);

export const AsOfQuery = z.strictObject({
  asOf: Day.optional().describe('as known on this date (default: today on the server)'),
});

/** The as-of date of a request: given (a real date, else 400 UPK_BAD_DATE), or today. */
export function asOfDate(ctx: ServerContext, asOf: string | undefined, field = 'asOf'): PlainDate {
  return asOf === undefined ? ctx.today() : parseDate(asOf, field);
}

export const NumericId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
