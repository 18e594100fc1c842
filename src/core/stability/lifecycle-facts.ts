import type { PlainDate } from '../dates.js';
import { cycleOf } from '../lifecycle/match.js';
import { pointReleasesAsOf } from '../lifecycle/phases.js';
import { knownAt } from '../lifecycle/replay.js';
import type { Product } from '../lifecycle/types.js';
import { getScheme } from '../versions/registry.js';
import type { LifecycleFacts } from './assessment.js';

/** The candidate's cycle and its stable point releases, as the product's lifecycle was known on `asOf`. */
export function lifecycleFacts(productId: string, product: Product | undefined, version: string, asOf: PlainDate): LifecycleFacts {
  const none: LifecycleFacts = {
    product: productId,
    version,
    cycle: null,
    codename: null,
    pointReleases: 0,
    dated: false,
    latest: null,
    candidateReleased: null,
  };
  const scheme = product && getScheme(product.scheme);
  if (!product || !scheme) return none;
  const known = knownAt(product, asOf);
  const cycle = cycleOf(known, version, scheme.parse(version));
  if (!cycle) return none;
  const points = pointReleasesAsOf(cycle, asOf, scheme);
  const own = cycle.points?.find((p) => scheme.compare(p.version, version) === 0 && p.date <= asOf);
  return {
    ...none,
    cycle: cycle.id,
    codename: cycle.codename ?? null,
    pointReleases: points.count,
    dated: points.dated,
    latest: points.latest?.version ?? null,
    candidateReleased: own?.date ?? null,
  };
}
