import { UpkeepError } from '../errors.js';
import { aOrAn } from '../words.js';
import { comparePre, compareReleases, dottedNumbers } from './numeric.js';
import type { ParsedVersion, SchemeId, VersionScheme } from './types.js';

/**
 * Version ranges in policies: `>=3.1`, `>=16 <18`, `<2023.1`, `=22.09`, `3.x`; a comma or a space
 * means AND, `||` means OR. A bare bound means `=`.
 *
 * A bound compares against the version's release parts, as many as the bound has: a bound that is a
 * cycle key stands for the whole cycle (`3.1.2` is `>=3.1`, `<=3.1` and `=3.1`, but not `<3.1`;
 * `3.0.9` is not `>=3.1`). Only when the bound is as specific as the version do pre-release labels
 * and build parts count (`1.0.0-rc.1` is `<1.0.0`). Bounds are read with the product's scheme, so
 * OpenStack bounds compare by series order (`>=zed` holds for `2023.1`) and codenames work
 * (`>=pacific`). Epochs are ignored.
 */
export type RangeOperator = '>=' | '>' | '<=' | '<' | '=';

export interface Comparator {
  readonly operator: RangeOperator;
  /** The bound as written (`3.1`, `zed`, `3.x`). */
  readonly bound: string;
  /** The bound's release parts (`3.x` → [3]; `*` → [], matching every version). */
  readonly release: readonly number[];
  readonly pre?: string;
  readonly build?: readonly number[];
}

export interface VersionRange {
  readonly scheme: SchemeId;
  readonly source: string;
  /** OR of ANDs: the range holds when every comparator of some alternative holds. */
  readonly anyOf: readonly (readonly Comparator[])[];
}

export type RangeFailureCode = 'empty-range' | 'empty-alternative' | 'missing-bound' | 'unsupported-operator' | 'invalid-bound';

/** Why a range does not parse, as facts; the caller turns it into UPK_BAD_RANGE. */
export interface RangeFailure {
  readonly code: RangeFailureCode;
  readonly range: string;
  readonly scheme: SchemeId;
  /** The offending token, where there is one. */
  readonly token?: string;
  readonly message: string;
}

export type RangeParseResult = { readonly ok: true; readonly range: VersionRange } | { readonly ok: false; readonly failure: RangeFailure };

const ALTERNATIVE_SEPARATOR = /\s*\|\|\s*/;
const TERM_SEPARATOR = /[\s,]+/;
const OPERATOR = /^(>=|<=|==|=|>|<)?(.*)$/s;
const UNSUPPORTED_OPERATOR = /^(?:\^|~>?|!=?|=>|=<)/;
const WILDCARD = /^(?:(.+?)\.)?[xX*]$/;

export function parseRange(scheme: VersionScheme, source: string): RangeParseResult {
  const fail = (code: RangeFailureCode, message: string, token?: string): RangeParseResult => ({
    ok: false,
    failure: token === undefined ? { code, range: source, scheme: scheme.id, message } : { code, range: source, scheme: scheme.id, token, message },
  });
  if (source.trim() === '') return fail('empty-range', 'The range is empty; write e.g. ">=3.1" or "3.x".');
  const anyOf: Comparator[][] = [];
  for (const alternative of source.split(ALTERNATIVE_SEPARATOR)) {
    const tokens = alternative.split(TERM_SEPARATOR).filter((token) => token !== '');
    if (tokens.length === 0) return fail('empty-alternative', `The range "${source}" has an empty alternative around "||".`);
    const allOf: Comparator[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      if (UNSUPPORTED_OPERATOR.test(token)) {
        return fail('unsupported-operator', `"${token}" uses an operator ranges do not support; use >=, >, <=, <, = or a wildcard like 3.x.`, token);
      }
      const [, operatorText = '=', boundText = ''] = OPERATOR.exec(token) ?? [];
      let bound = boundText;
      if (bound === '') {
        const next = tokens[i + 1];
        if (next === undefined || OPERATOR.exec(next)?.[1] !== undefined) {
          return fail('missing-bound', `The operator "${operatorText}" in "${source}" has no version after it.`, token);
        }
        bound = next;
        i++;
      }
      const operator: RangeOperator = operatorText === '==' ? '=' : (operatorText as RangeOperator);
      const comparator = parseComparator(scheme, operator, bound);
      if (comparator === undefined) {
        return fail('invalid-bound', `"${bound}" in "${source}" is neither ${aOrAn(scheme.displayName)} version nor a cycle.`, bound);
      }
      allOf.push(comparator);
    }
    anyOf.push(allOf);
  }
  return { ok: true, range: { scheme: scheme.id, source, anyOf } };
}

function parseComparator(scheme: VersionScheme, operator: RangeOperator, bound: string): Comparator | undefined {
  const wildcard = WILDCARD.exec(bound);
  if (wildcard) {
    const prefix = wildcard[1];
    const release = prefix === undefined ? [] : boundOf(scheme, prefix)?.release;
    return release === undefined ? undefined : { operator, bound, release };
  }
  const parsed = boundOf(scheme, bound);
  if (parsed === undefined) return undefined;
  const comparator: { -readonly [K in keyof Comparator]: Comparator[K] } = { operator, bound, release: parsed.release };
  if (parsed.pre !== undefined) comparator.pre = parsed.pre;
  if (parsed.build !== undefined) comparator.build = parsed.build;
  return comparator;
}

function boundOf(scheme: VersionScheme, text: string): Pick<ParsedVersion, 'release' | 'pre' | 'build'> | undefined {
  const parsed = scheme.parse(text);
  if (parsed !== undefined && !parsed.unversioned) return parsed;
  const release = dottedNumbers(text);
  return release === undefined ? undefined : { release };
}

/** Whether a parsed version lies in the range; unversioned pins lie in no range. */
export function matchesRange(version: ParsedVersion, range: VersionRange): boolean {
  if (version.unversioned) return false;
  return range.anyOf.some((allOf) => allOf.every((comparator) => holds(version, comparator)));
}

/**
 * Whether `version` lies in `range` under `scheme`. An unparseable or unversioned version lies in no
 * range. A range given as text that does not parse throws UPK_BAD_RANGE; validate policies with
 * `parseRange` first to report every bad range at once.
 */
export function satisfies(scheme: VersionScheme, version: string | ParsedVersion, range: string | VersionRange): boolean {
  const parsedRange = typeof range === 'string' ? parseRangeOrThrow(scheme, range) : range;
  const parsed = typeof version === 'string' ? scheme.parse(version) : version;
  return parsed !== undefined && matchesRange(parsed, parsedRange);
}

function parseRangeOrThrow(scheme: VersionScheme, source: string): VersionRange {
  const result = parseRange(scheme, source);
  if (result.ok) return result.range;
  throw new UpkeepError([{ code: 'UPK_BAD_RANGE', facts: { range: source, reason: result.failure.message } }]);
}

/** The range in normal form (`>= 3.1, < 4` → `>=3.1 <4`), for messages. */
export function formatRange(range: VersionRange): string {
  return range.anyOf.map((allOf) => allOf.map((c) => `${c.operator}${c.bound}`).join(' ')).join(' || ');
}

function holds(version: ParsedVersion, comparator: Comparator): boolean {
  const order = compareToBound(version, comparator);
  switch (comparator.operator) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    case '=':
      return order === 0;
  }
}

function compareToBound(version: ParsedVersion, comparator: Comparator): number {
  const depth = comparator.release.length;
  for (let i = 0; i < depth; i++) {
    const diff = (version.release[i] ?? 0) - (comparator.release[i] ?? 0);
    if (diff !== 0) return diff;
  }
  // The bound names a cycle the version lies in: its pre-release label and build do not matter.
  if (version.release.length > depth) return 0;
  return comparePre(version.pre, comparator.pre) || (comparator.build === undefined ? 0 : compareReleases(version.build ?? [], comparator.build));
}
