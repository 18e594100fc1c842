/**
 * Calendar dates (`YYYY-MM-DD`) without time zones. The core never reads the clock: "today" is
 * always a parameter, so every question can be asked as of any date.
 */
export type PlainDate = string & { readonly __plainDate: unique symbol };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the date if `text` is a real calendar date in `YYYY-MM-DD` form, else undefined. */
export function toPlainDate(text: string): PlainDate | undefined {
  if (text.length !== 10) return undefined;
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return text as PlainDate;
}

export function isPlainDate(text: unknown): text is PlainDate {
  return typeof text === 'string' && toPlainDate(text) !== undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] as number;
}

const epochDays = new Map<string, number>();

/** Days since 1970-01-01 (UTC), for arithmetic. Memoized: a check asks for the same few dates often. */
export function epochDay(date: PlainDate): number {
  let d = epochDays.get(date);
  if (d === undefined) {
    d = Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
    if (epochDays.size > 50_000) epochDays.clear();
    epochDays.set(date, d);
  }
  return d;
}

export function fromEpochDay(day: number): PlainDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10) as PlainDate;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(epochDay(date) + days);
}

/** `b - a` in days: positive when `b` is later. */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return epochDay(b) - epochDay(a);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}
