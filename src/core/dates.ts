/**
 * Calendar dates (`YYYY-MM-DD`) without time zones. The core never reads the clock: "today" is
 * always a parameter, so every question can be asked as of any date.
 */
export type PlainDate = string & { readonly __plainDate: unique symbol };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the date if `text` is a real calendar date in `YYYY-MM-DD` form, else undefined. */
export function toPlainDate(text: string): PlainDate | undefined {
  // read digit by digit, without a match array: a workspace load checks thousands of dates
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return text as PlainDate;
}

/** The number the decimal digits of `text` from `from` to `to` (exclusive) spell, or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isPlainDate(text: unknown): text is PlainDate {
  return typeof text === 'string' && toPlainDate(text) !== undefined;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `text` is not a date, in words for a message: not in YYYY-MM-DD form, or not a real
 * calendar date ("2023-02-29": 2023 is not a leap year). Undefined for a real date.
 */
export function dateProblem(text: string): string | undefined {
  if (toPlainDate(text)) return undefined;
  const m = DATE_RE.exec(text);
  const shown = text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}…` : JSON.stringify(text);
  if (!m) return `${shown} is not a date in YYYY-MM-DD form`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `${text} is not a real calendar date: there is no month ${m[2]}`;
  const days = daysInMonth(y, mo);
  if (mo === 2 && d === 29) return `${text} is not a real calendar date: ${y} is not a leap year (February ${y} has 28 days)`;
  return `${text} is not a real calendar date: ${MONTH_NAMES[mo - 1]}${mo === 2 ? ` ${y}` : ''} has ${days} days`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] as number;
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), for arithmetic: integer arithmetic on the digits
 * (days from civil, as in Howard Hinnant's date algorithms), no Date object and no memo table.
 */
export function epochDay(date: PlainDate): number {
  const month = digits(date, 5, 7);
  const year = digits(date, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digits(date, 8, 10) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The date `day` days after 1970-01-01: the inverse of `epochDay`, in integer arithmetic (civil
 * from days, Hinnant) without a Date object; a year outside 0000–9999 goes through Date as before.
 */
export function fromEpochDay(day: number): PlainDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999 || !Number.isInteger(day)) return new Date(day * 86_400_000).toISOString().slice(0, 10) as PlainDate;
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}` as PlainDate;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(epochDay(date) + days);
}

/** `b - a` in days: positive when `b` is later. */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return epochDay(b) - epochDay(a);
}

export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}
