import { numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Calendar versioning as OVN uses it: `YY.MM.patch` (`22.09.0`, `v23.03.1`) and `YYYY.MM(.patch)`.
 * The cycle key is `YY.MM` / `YYYY.MM` as written (`22.09.0` → ["22.09"]). A two-digit year means
 * 20YY, so both spellings order together (release parts of `22.09.1` are [2022, 9, 1]).
 * The month must be two digits 01–12: `2023.1.2` is not calendar (it is OpenStack or SemVer).
 */
export const id = 'calendar' satisfies SchemeId;
export const displayName = 'Calendar versioning (YY.MM.patch)';
export const urls = ['https://calver.org/', 'https://docs.ovn.org/en/latest/internals/release-process.html'] as const;

const CALENDAR = /^v?(\d{2}|\d{4})\.(0[1-9]|1[0-2])(?:\.(\d{1,15}))?$/;

export function parse(text: string): ParsedVersion | undefined {
  const m = CALENDAR.exec(text);
  if (!m) return undefined;
  const [, yearText = '', month = '', patch] = m;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const release = patch === undefined ? [year, Number(month)] : [year, Number(month), Number(patch)];
  return version(text, release, [`${yearText}.${month}`]);
}

export const scheme = numericScheme({ id, displayName, urls, parse });
