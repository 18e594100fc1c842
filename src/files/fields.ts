import { z } from 'zod';
import { dateProblem, isPlainDate, type PlainDate } from '../core/dates.js';
import { type ErrorLocation, UpkeepError } from '../core/errors.js';
import { quote } from '../core/excerpt.js';
import { FILE_ID_FORM, fileIdLike, fileIdProblem } from '../core/file-id.js';

/** Field shapes shared by the workspace's files and the importers' upstream files. */

export const DateText = z
  .string({ error: 'expected a date in YYYY-MM-DD form' })
  .refine(isPlainDate, { error: (i) => dateProblem(String(i.input)) ?? 'not a date', params: { upkeepCode: 'UPK_BAD_DATE' } })
  .transform((s) => s as PlainDate);

/** Versions and cycle keys: YAML may read `16` as a number; it is kept as text. */
export const Key = z.union([z.string().min(1).max(200), z.number()]).transform(String);

/** The error for an id that cannot name a file (a release or product id), or undefined when it can. */
export function badFileId(id: string, what: string, location: ErrorLocation = {}): UpkeepError | undefined {
  const reason = fileIdProblem(id);
  if (reason === undefined) return undefined;
  const like = fileIdLike(id);
  return new UpkeepError(
    'UPK_BAD_ID',
    `${what} ${quote(id)} cannot name a file: ${reason}`,
    `use ${FILE_ID_FORM}${like ? `; for example ${like}` : ''}`,
    location,
  );
}

/** An id that names a file (see src/core/file-id.ts). */
export const FileId = z.string().superRefine((id, ctx) => {
  const reason = fileIdProblem(id);
  if (reason !== undefined)
    ctx.addIssue({
      code: 'custom',
      message: `${quote(id)} cannot name a file: ${reason}; use ${FILE_ID_FORM}`,
      params: { upkeepCode: 'UPK_BAD_ID' },
      continue: false,
    });
});
