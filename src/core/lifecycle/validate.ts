import type { CoreProblem, LifecycleFacts } from '../errors.js';
import { getScheme } from '../versions/registry.js';
import { type CycleKeys, cycleKeys, cycleOf } from './match.js';
import type { Cycle, Product } from './types.js';

/**
 * Cross-field rules of a lifecycle, one named function each. Each returns the facts of what it
 * found; `validateLifecycle` collects all of them, so that every problem is reported at once.
 */
type Rule = (product: Product, cycle: Cycle, index: number) => LifecycleFacts | undefined;

const uniqueCycle: Rule = (p, c, i) => (p.cycles.findIndex((x) => x.id === c.id) < i ? { rule: 'duplicate-cycle', cycle: c.id } : undefined);

const endBeforeRelease: Rule = (_p, c) => {
  const first = c.points?.reduce<string | undefined>((m, x) => (!m || x.date < m ? x.date : m), undefined) ?? c.released;
  if (!first) return undefined;
  for (const [phase, end] of Object.entries(c.ends)) {
    if (end.actual && end.actual < first) return { rule: 'end-before-release', cycle: c.id, phase, end: end.actual, released: first };
  }
  return undefined;
};

const announcedBeforeRelease: Rule = (_p, c) => {
  if (!c.released) return undefined;
  for (const [phase, end] of Object.entries(c.ends))
    if (typeof end.announced === 'string' && end.announced < c.released)
      return { rule: 'announced-before-release', cycle: c.id, phase, end: end.announced, released: c.released };
  return undefined;
};

/** A stable point release before the cycle's release; development releases and candidates come before it (Ceph 15.1.1). */
const pointBeforeRelease: Rule = (p, c) => {
  if (!c.released || !c.points) return undefined;
  const released = c.released;
  const scheme = getScheme(p.scheme);
  const early = c.points.find((x) => x.date < released && scheme?.parse(x.version)?.stable !== false);
  return early ? { rule: 'point-before-release', cycle: c.id, version: early.version, date: early.date, released } : undefined;
};

const pointsBelongToCycle: Rule = (p, c) => {
  const scheme = getScheme(p.scheme);
  if (!scheme) return undefined;
  let index: CycleKeys<Cycle> | undefined;
  const keys = () => (index ??= cycleKeys(p.cycles));
  for (const point of c.points ?? []) {
    const parsed = scheme.parse(point.version);
    if (!parsed) return { rule: 'point-not-a-version', cycle: c.id, version: point.version, scheme: scheme.id };
    const named = [c.id, ...(c.aliases ?? []), ...(c.codename ? [c.codename] : [])].map((k) => k.toLowerCase());
    // The point's own cycle (`4.6.2.1` → `4.6.2`), or a cycle its scheme names: endoflife.date lists mule-runtime 4.9.16 under `4.9-lts` and `4.9`.
    if (cycleOf(keys(), point.version, parsed) !== c && !parsed.cycles.some((k) => named.includes(k.toLowerCase())))
      return { rule: 'point-in-other-cycle', cycle: c.id, version: point.version, other: parsed.cycles[0] ?? '?' };
  }
  return undefined;
};

const RULES: readonly Rule[] = [uniqueCycle, endBeforeRelease, announcedBeforeRelease, pointBeforeRelease, pointsBelongToCycle];

/** Every contradiction in a product's lifecycle, each at its cycle's path (`["cycles", 2]`). Pure. */
export function validateLifecycle(product: Product): CoreProblem[] {
  return product.cycles.flatMap((cycle, i) =>
    RULES.flatMap((rule) => {
      const facts = rule(product, cycle, i);
      return facts ? [{ code: 'UPK_BAD_LIFECYCLE' as const, path: ['cycles', i], facts }] : [];
    }),
  );
}
