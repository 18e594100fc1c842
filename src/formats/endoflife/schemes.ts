import type { SchemeId } from '../../core/versions/types.js';

/** Version schemes of the endoflife.date products we know; everything else is semver. */
const SCHEMES: Readonly<Record<string, SchemeId>> = { ubuntu: 'ubuntu', kubernetes: 'kubernetes', debian: 'semver' };

export function schemeFor(productId: string): SchemeId {
  return SCHEMES[productId] ?? 'semver';
}
