import { type PlainDate, parseDate, UpkeepError } from '../app/index.js';

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

/** A date option passed on as given, with "today" read from the clock here. */
export function dateText(value: string | undefined): string | undefined {
  return value === 'today' ? today() : value;
}

export function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UpkeepError('UPK_USAGE', `${option} "${value}" is not one of ${allowed.join(', ')}`, `use ${option} ${allowed[0]}`);
}

/** `--release R4 --release R4.1` or `--release R4,R4.1`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}
