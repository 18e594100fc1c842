export type { ParsedVersion, SchemeId, VersionScheme } from './types.js';
export { getScheme, isSchemeId, schemeIds, schemes } from './registry.js';
export { compareParsed, compareReleases, comparePre, compareVersions, numericScheme } from './numeric.js';
export type { SchemeDefinition } from './numeric.js';
export { formatRange, matchesRange, parseRange, satisfies } from './range.js';
export type { Comparator, RangeFailure, RangeFailureCode, RangeOperator, RangeParseResult, VersionRange } from './range.js';
