import { z } from 'zod';
import { isPlainDate, type PlainDate } from '../core/dates.js';

/** Field shapes shared by the workspace's files and the importers' upstream files. */

export const DateText = z
  .string({ error: 'expected a date in YYYY-MM-DD form' })
  .refine(isPlainDate, { error: (i) => `"${String(i.input)}" is not a date in YYYY-MM-DD form (a real calendar date)`, params: { upkeepCode: 'UPK_BAD_DATE' } })
  .transform((s) => s as PlainDate);

/** Versions and cycle keys: YAML may read `16` as a number; it is kept as text. */
export const Key = z.union([z.string().min(1).max(200), z.number()]).transform(String);
