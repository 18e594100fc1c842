export type { SchemeDefinition } from './numeric.js';
export { compareParsed, comparePre, compareReleases, compareVersions, numericScheme } from './numeric.js';
export type { Comparator, RangeFailure, RangeFailureCode, RangeOperator, RangeParseResult, VersionRange } from './range.js';
export { formatRange, matchesRange, parseRange, satisfies } from './range.js';
export { getScheme, isSchemeId, schemeIds, schemes } from './registry.js';
export type { ParsedVersion, SchemeId, VersionScheme } from './types.js';
