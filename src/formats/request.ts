import { dateProblem } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import type { ImportRequest, StackReleaseRequest } from './types.js';

/** The release options an importer of stack releases needs (the CLI asks for them by the importer's `release` flag). */
export function releaseOf(request: ImportRequest): StackReleaseRequest {
  if (!request.release) throw new Error('importer of a release called without release options');
  return request.release;
}

/** A stack release's dates are real calendar dates, the end not before the release. */
export function checkDates(opts: StackReleaseRequest): void {
  for (const key of ['date', 'end'] as const) {
    const problem = dateProblem(opts[key]);
    if (problem) throw new UpkeepError('UPK_BAD_DATE', `release ${key}: ${problem}`, 'give a real calendar date, e.g. 2023-03-22');
  }
  if (opts.end < opts.date)
    throw new UpkeepError(
      'UPK_BAD_DATE',
      `release end ${opts.end} is before its date ${opts.date}`,
      'the planned end of a release comes after its release date',
    );
}
