/**
 * The tag of evidence about a product version: its cycle comes from the product's version scheme
 * and lifecycle (Ceph 17.2.5 → cycle 17, Quincy), as a pin's does. An unknown product or a version
 * no cycle takes is a mistake to stop at (evidence about "17.5.2" would never be read for 17.2.5).
 */
import { cycleKeys, cycleOf } from '../lifecycle/match.js';
import type { Product } from '../lifecycle/types.js';
import { closest } from '../suggest.js';
import { getScheme } from '../versions/registry.js';
import type { EvidenceTag } from './types.js';

export const DEFAULT_ENV = 'default';

export type TagResult =
  | {
      readonly ok: true;
      readonly tag: EvidenceTag /** The version is not among its cycle's known point releases (a warning, not an error). */;
      readonly unlisted: boolean;
    }
  | { readonly ok: false; readonly problem: 'unknown-product'; readonly product: string; readonly closest: readonly string[] }
  | { readonly ok: false; readonly problem: 'unknown-version'; readonly product: string; readonly version: string; readonly closest: readonly string[] };

export function evidenceTag(products: ReadonlyMap<string, Product>, input: { product: string; version: string; env?: string | undefined }): TagResult {
  const product = products.get(input.product);
  if (!product) return { ok: false, problem: 'unknown-product', product: input.product, closest: closest(input.product, products.keys(), 3) };
  const parsed = getScheme(product.scheme)?.parse(input.version);
  const cycle = cycleOf(cycleKeys(product.cycles), input.version, parsed);
  if (!cycle) {
    const known = product.cycles.flatMap((c) => [...(c.points ?? []).map((p) => p.version), ...(c.latest ? [c.latest] : [])]);
    return {
      ok: false,
      problem: 'unknown-version',
      product: product.id,
      version: input.version,
      closest: closest(input.version, known.length ? known : product.cycles.map((c) => c.id), 3),
    };
  }
  const points = cycle.points?.map((p) => p.version) ?? [];
  return {
    ok: true,
    tag: { product: product.id, version: input.version, cycle: cycle.id, env: input.env ?? DEFAULT_ENV },
    unlisted: points.length > 0 && !points.includes(input.version) && cycle.latest !== input.version,
  };
}
