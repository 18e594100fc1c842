import { dateProblem, type PlainDate, toPlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';

/** A calendar date given by a user, as `field` (an option or a field name) in the error. */
export function parseDate(value: string, field: string): PlainDate {
  const d = toPlainDate(value);
  if (!d) throw new UpkeepError('UPK_BAD_DATE', `${field}: ${dateProblem(value) ?? 'not a date'}`, `write it like ${field} 2023-03-20`);
  return d;
}
