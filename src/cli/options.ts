import { distance, type PlainDate, parseDate, UpkeepError } from '../app/index.js';

/** Today in the local time zone of the user (a release manager in Berlin at 00:30 means today). */
export function today(): PlainDate {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}` as PlainDate;
}

/** Parses a date option; the CLI is the one place that reads the clock ("today"). */
export function dateOption(value: string | undefined, option: string): PlainDate {
  if (value === undefined || value === 'today') return today();
  return parseDate(value, option);
}

/** A date option that must be given (`plan --date`). */
export function requiredDate(value: string | undefined, option: string): PlainDate {
  if (value === undefined) throw new UpkeepError('UPK_USAGE', `${option} is required`, `add ${option} YYYY-MM-DD`);
  return dateOption(value, option);
}

/** A date option passed on as given, with "today" read from the clock here. */
export function dateText(value: string | undefined): string | undefined {
  return value === 'today' ? today() : value;
}

/** One of `allowed`; otherwise UPK_USAGE naming them all and the nearest one when there is a clear one (never just the first). */
export function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const near = nearest(value, allowed);
  throw new UpkeepError(
    'UPK_USAGE',
    `${option} "${value}" is not one of ${allowed.join(', ')}`,
    `${near ? `did you mean ${option} ${near}? ` : ''}use one of: ${allowed.join(', ')}`,
  );
}

/** The one candidate nearest to a typo ("jsno" → json), or undefined when none is near or several are as near ("v4": v1, v2, v3). */
function nearest(value: string, candidates: readonly string[]): string | undefined {
  const scored = candidates.map((c) => [c, distance(value.toLowerCase(), c.toLowerCase())] as const).sort((a, b) => a[1] - b[1]);
  const [best, second] = scored;
  if (!best || best[1] > Math.max(2, Math.floor(best[0].length / 3)) || (second && second[1] === best[1])) return undefined;
  return best[0];
}

/** `--release R4 --release R4.1` or `--release R4,R4.1`; an empty item stays, to be refused (`--release ""` is not "all"). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim())];
}
