import { majorMinorCycles, numericScheme, version } from '../numeric.js';
import type { ParsedVersion, SchemeId } from '../types.js';

/**
 * Semantic Versioning, read leniently: `1.2.3`, `v1.2.3`, `1.2.3-rc.1` (a pre-release, not stable),
 * and `1.2` or `1` for pins that name only a line. Build metadata (`+build.5`) is kept in `raw` and
 * ignored for ordering, as SemVer says. Cycles are `major.minor` then `major`.
 */
export const id = 'semver' satisfies SchemeId;
export const displayName = 'Semantic Versioning';
export const urls = ['https://semver.org/'] as const;

const SEMVER = /^v?(\d{1,15})(?:\.(\d{1,15})(?:\.(\d{1,15}))?)?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function parse(text: string): ParsedVersion | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  const [, major = '', minor, patch, pre] = m;
  const release = patch !== undefined ? [Number(major), Number(minor), Number(patch)] : minor !== undefined ? [Number(major), Number(minor)] : [Number(major)];
  return version(text, release, majorMinorCycles(major, minor), { pre });
}

export const scheme = numericScheme({ id, displayName, urls, parse });
