import { getScheme } from '../../core/versions/registry.js';
import type { SchemeId } from '../../core/versions/types.js';

/** Products whose versions follow a scheme of their own. */
const SCHEMES: Readonly<Record<string, SchemeId>> = { ubuntu: 'ubuntu', kubernetes: 'kubernetes' };

/**
 * The version scheme of an endoflife.date product, from its own versions: SemVer where every cycle
 * id and every `latest` is a stable SemVer version, else the loose numeric scheme (eclipse-temurin
 * `21.0.12.1+1`, amazon-linux `2023.12.20260817.0`, centos `7 (2009)`, mule-runtime `4.9-lts`).
 */
export function schemeFor(productId: string, versions: readonly { readonly id: string; readonly latest?: string | undefined }[]): SchemeId {
  const own = SCHEMES[productId];
  if (own) return own;
  const semver = getScheme('semver');
  const fits = (v: string | undefined) => v === undefined || semver?.parse(v)?.stable === true;
  return versions.every((c) => fits(c.id) && fits(c.latest)) ? 'semver' : 'loose';
}
