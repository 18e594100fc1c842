import type { ParsedVersion, SchemeId, VersionScheme } from './types.js';

/**
 * The numeric base: a scheme writes only its parse; ordering is inherited.
 * Order: unparseable (by text) < unversioned (by text) < versioned, and versioned by
 * epoch, release parts (missing parts are 0), pre-release before release, then build parts.
 */
export interface SchemeDefinition {
  readonly id: SchemeId;
  readonly displayName: string;
  readonly urls: readonly string[];
  readonly parse: (version: string) => ParsedVersion | undefined;
  /** Defaults to ordering cycle keys as versions of the scheme (dotted numbers, codenames via parse). */
  readonly compareCycles?: (a: string, b: string) => number;
}

/** Parse results kept per scheme. */
const PARSE_MEMO = 8192;

/** Longer input is never a version: keeps parse linear and bounded on hostile input. */
export const MAX_VERSION_LENGTH = 256;

export function numericScheme(definition: SchemeDefinition): VersionScheme {
  const { id, displayName, urls } = definition;
  const parseDefined = definition.parse;
  // parse results by text: a plan compares the same few thousand versions again and again (sorting
  // point releases, judging pins); bounded, and emptied when full. Results are read-only.
  const parsed = new Map<string, ParsedVersion | undefined>();
  const parse = (version: string): ParsedVersion | undefined => {
    if (version.length === 0 || version.length > MAX_VERSION_LENGTH) return undefined;
    let r = parsed.get(version);
    if (r === undefined && !parsed.has(version)) {
      if (parsed.size >= PARSE_MEMO) parsed.clear();
      r = parseDefined(version);
      parsed.set(version, r);
    }
    return r;
  };
  const compare = (a: string, b: string): number => compareParsed(a, parse(a), b, parse(b));
  const compareCycles = definition.compareCycles ?? ((a: string, b: string) => compareCycleKeys(parse, a, b));
  return { id, displayName, urls, parse, compare, compareCycles };
}

/** Orders two parse results, keeping the inputs' text for the deterministic fallbacks. */
export function compareParsed(rawA: string, a: ParsedVersion | undefined, rawB: string, b: ParsedVersion | undefined): number {
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (a === undefined || b === undefined || a.unversioned) return compareText(rawA, rawB);
  return compareVersions(a, b);
}

/** Epoch, release, pre-release, build: 0 means the same version (variants and `v` prefixes aside). */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  return (
    (a.epoch ?? 0) - (b.epoch ?? 0) ||
    compareReleases(a.release, b.release) ||
    comparePre(a.pre, b.pre) ||
    compareReleases(a.build ?? NO_PARTS, b.build ?? NO_PARTS)
  );
}

const NO_PARTS: readonly number[] = [];

/** Part by part, a missing part counting as 0 (`1.2` equals `1.2.0`). */
export function compareReleases(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

const PRE_TOKEN = /\d+|[^\d.\-_+]+/g;

/**
 * No label sorts after any label (`1.0.0-rc.1` < `1.0.0`); labels compare token by token,
 * numbers numerically and below words (`rc.2` < `rc.10`, `alpha` < `beta` < `rc`).
 */
export function comparePre(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const tokensA = a.match(PRE_TOKEN) ?? [];
  const tokensB = b.match(PRE_TOKEN) ?? [];
  const length = Math.min(tokensA.length, tokensB.length);
  for (let i = 0; i < length; i++) {
    const diff = compareToken(tokensA[i] ?? '', tokensB[i] ?? '');
    if (diff !== 0) return diff;
  }
  return tokensA.length - tokensB.length || compareText(a, b);
}

function compareToken(a: string, b: string): number {
  const numericA = isDigit(a);
  const numericB = isDigit(b);
  if (numericA && numericB) return Number(a) - Number(b) || compareText(a, b);
  if (numericA !== numericB) return numericA ? -1 : 1;
  return compareText(a, b);
}

function isDigit(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function rank(version: ParsedVersion | undefined): number {
  if (version === undefined) return 0;
  return version.unversioned ? 1 : 2;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DOTTED_NUMBERS = /^\d{1,15}(?:\.\d{1,15})*$/;

/** A dotted-number cycle key (`22.04`, `16`) as numbers, or undefined. */
export function dottedNumbers(text: string): number[] | undefined {
  if (text.length > MAX_VERSION_LENGTH || !DOTTED_NUMBERS.test(text)) return undefined;
  return text.split('.').map(Number);
}

function compareCycleKeys(parse: (version: string) => ParsedVersion | undefined, a: string, b: string): number {
  const partsA = parse(a)?.release ?? dottedNumbers(a);
  const partsB = parse(b)?.release ?? dottedNumbers(b);
  if (partsA === undefined || partsB === undefined) {
    if (partsA !== partsB) return partsA === undefined ? -1 : 1;
    return compareText(a, b);
  }
  return compareReleases(partsA, partsB) || compareText(a, b);
}

/** Builds a version without writing absent optional fields (exactOptionalPropertyTypes). */
export function version(
  raw: string,
  release: readonly number[],
  cycles: readonly string[],
  extra: { pre?: string | undefined; epoch?: number | undefined; build?: readonly number[] | undefined; stable?: boolean } = {},
): ParsedVersion {
  const parsed: { -readonly [K in keyof ParsedVersion]: ParsedVersion[K] } = {
    raw,
    release,
    cycles,
    stable: extra.stable ?? extra.pre === undefined,
    unversioned: false,
  };
  if (extra.pre !== undefined) parsed.pre = extra.pre;
  if (extra.epoch !== undefined) parsed.epoch = extra.epoch;
  if (extra.build !== undefined) parsed.build = extra.build;
  return parsed;
}

/** Cycle keys `major.minor` then `major` from the parts as written (`10.11.2` → ["10.11", "10"]). */
export function majorMinorCycles(major: string, minor: string | undefined): readonly string[] {
  return minor === undefined ? [major] : [`${major}.${minor}`, major];
}
