/**
 * A sample sorted once: every rank statistic (Mann–Whitney U, Hodges–Lehmann, medians, box plots)
 * walks sorted arrays, so a million values are sorted once (the typed array's own numeric sort; an
 * LSD radix sort on the doubles' bits was measured no faster) and never again.
 */
export type SortedSample = Float64Array & { readonly __sorted: true };

/** A sorted copy; NaN is refused (the evidence parsers refuse it first). */
export function sortSample(values: Float64Array | readonly number[]): SortedSample {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i] as number)) throw new RangeError('a sample holds NaN');
  out.sort();
  return out as SortedSample;
}

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics (NumPy's default). */
export function quantile(s: SortedSample, q: number): number {
  if (s.length === 0) return Number.NaN;
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  return lo + 1 < s.length ? a + (h - lo) * ((s[lo + 1] as number) - a) : a;
}

export function median(s: SortedSample): number {
  return quantile(s, 0.5);
}
