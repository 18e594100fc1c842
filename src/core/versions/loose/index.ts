import { MAX_VERSION_LENGTH, majorMinorCycles, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Loose numeric versions, for products whose versions are not SemVer: a dotted number of any length,
 * optionally after a `v`, followed by anything (`21.0.12.1+1`, `2023.12.20260817.0`, `7 (2009)`,
 * `8u482-b08`, `17.0.4075.5 CU8`, `9.4.58.v20250814`, `1.1.1w`). The dotted number is the release;
 * the numbers in the rest only break ties (build parts): `8u482` < `8u501`. The rest is a pre-release
 * only where it holds `alpha`/`beta`/`rc`/`dev`/`pre`/`preview`/`snapshot`/`nightly`/`ea` as a word;
 * `4.9-lts` and `1.0-python-2` are stable. Cycles are `major.minor` then `major`, as written; the
 * lifecycle prefers the longest cycle id that prefixes the version (`4.6.2` before `4.6`).
 */
export const id = 'loose' satisfies SchemeId;
export const displayName = 'Loose numeric version';
export const urls = ['https://endoflife.date/', 'https://github.com/endoflife-date/endoflife.date/blob/master/products/'] as const;

const LOOSE = /^v?(\d{1,15})(?:\.(\d{1,15}))?((?:\.\d{1,15})*)(.*)$/s;
const PRE_WORD = /(?:^|[^A-Za-z])((?:alpha|beta|rc|dev|pre|preview|snapshot|nightly|ea)(?:[.-]?\d{1,15})?)(?![A-Za-z])/i;
/** After the release, any printable label; one starting with a dot only with a word (`.v20250814`, `.beta1`): `1..2`, `1.` are not versions. */
const LABEL = /^(?:[^.\p{Cc}][^\p{Cc}]*|\.[A-Za-z][^\p{Cc}]*)?$/u;
/** A wildcard is a range, not a version. */
const WILDCARD = /^\.[xX*]$/;
const NUMBER = /\d{1,15}/g;

export function parse(text: string): ParsedVersion | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const m = LOOSE.exec(text);
  if (!m) return undefined;
  const [, major = '', minor, more = '', rest = ''] = m;
  if (!LABEL.test(rest) || WILDCARD.test(rest)) return undefined;
  const release = [Number(major)];
  if (minor !== undefined) release.push(Number(minor));
  if (more.length > 0) for (const part of more.slice(1).split('.')) release.push(Number(part));
  const build = rest.match(NUMBER)?.map(Number);
  const pre = PRE_WORD.exec(rest)?.[1];
  return version(text, release, majorMinorCycles(major, minor), { pre, build: build?.length ? build : undefined });
}

export const scheme = numericScheme({ id, displayName, urls, parse });
