import { UpkeepError } from '../core/errors.js';
import type { Cycle, Product } from '../core/lifecycle/types.js';
import { getScheme } from '../core/versions/registry.js';

/**
 * Cross-field rules of a lifecycle, one named function each; problems are pushed, not thrown,
 * so that all of them are reported at once.
 */
type Rule = (product: Product, cycle: Cycle, index: number) => string | undefined;

const endBeforeRelease: Rule = (_p, c) => {
  const first = c.points?.reduce<string | undefined>((m, x) => (!m || x.date < m ? x.date : m), undefined) ?? c.released;
  if (!first) return undefined;
  for (const [phase, end] of Object.entries(c.ends)) {
    if (end.actual && end.actual < first) return `cycle ${c.id}: ${phase} actually ended on ${end.actual}, before its first release on ${first}`;
  }
  return undefined;
};

const announcedBeforeRelease: Rule = (_p, c) => {
  if (!c.released) return undefined;
  for (const [phase, end] of Object.entries(c.ends))
    if (typeof end.announced === 'string' && end.announced < c.released)
      return `cycle ${c.id}: ${phase} is announced to end on ${end.announced}, before the cycle's release on ${c.released}`;
  return undefined;
};

const pointsBelongToCycle: Rule = (p, c) => {
  const scheme = getScheme(p.scheme);
  if (!scheme) return undefined;
  for (const point of c.points ?? []) {
    const parsed = scheme.parse(point.version);
    if (!parsed) return `cycle ${c.id}: point release "${point.version}" is not a ${scheme.displayName} version`;
    const named = [c.id, ...(c.aliases ?? []), ...(c.codename ? [c.codename] : [])].map((k) => k.toLowerCase());
    if (!parsed.cycles.some((k) => named.includes(k.toLowerCase())))
      return `cycle ${c.id}: point release ${point.version} belongs to another cycle (${parsed.cycles[0] ?? '?'})`;
  }
  return undefined;
};

const uniqueCycle: Rule = (p, c, i) => (p.cycles.findIndex((x) => x.id === c.id) < i ? `cycle ${c.id} is declared twice` : undefined);

const pointBeforeRelease: Rule = (_p, c) => {
  if (!c.released || !c.points) return undefined;
  const released = c.released;
  const early = c.points.find((x) => x.date < released);
  return early ? `cycle ${c.id}: point release ${early.version} (${early.date}) is dated before the cycle's release (${c.released})` : undefined;
};

const RULES: readonly Rule[] = [uniqueCycle, endBeforeRelease, announcedBeforeRelease, pointBeforeRelease, pointsBelongToCycle];

export function validateLifecycle(
  product: Product,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  out: UpkeepError[] | undefined,
): void {
  const found: UpkeepError[] = [];
  product.cycles.forEach((cycle, i) => {
    for (const rule of RULES) {
      const message = rule(product, cycle, i);
      if (message) {
        const line = lineOf(['cycles', i]);
        found.push(
          new UpkeepError('UPK_BAD_LIFECYCLE', message, 'correct the date in the source data or in the product file', {
            file,
            path: `cycles[${i}]`,
            ...(line ? { line } : {}),
          }),
        );
      }
    }
  });
  if (!found.length) return;
  if (out) out.push(...found);
  else {
    const [first, ...rest] = found as [UpkeepError, ...UpkeepError[]];
    throw new UpkeepError(first.code, first.message, first.hint, first.location, rest);
  }
}
