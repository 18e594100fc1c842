import type { DataAge } from '../core/lifecycle/data-age.js';

/**
 * "lifecycle data as of 2026-11-02, 28 days old (last sync)": the line every output carries
 * (src/core/lifecycle/data-age.ts says how the date is read). Age counts to the as-of date.
 */
export function dataAgeText(age: DataAge): string {
  if (!age.date) return 'lifecycle data age unknown: no sync and no history recorded';
  const from = age.basis === 'sync' ? 'last sync' : 'newest history entry; no sync since the import';
  if (age.date > age.on) return `lifecycle data as of ${age.date} (${from}), later than the as-of date ${age.on}: answers replay its history`;
  return `lifecycle data as of ${age.date}, ${age.days} day${age.days === 1 ? '' : 's'} old on ${age.on} (${from})`;
}
