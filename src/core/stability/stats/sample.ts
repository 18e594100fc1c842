/**
 * A sample sorted once: every rank statistic (Mann–Whitney U, Hodges–Lehmann, medians, box plots)
 * walks sorted arrays, so a million values are sorted once and never again. Large samples are
 * sorted by an LSD radix sort on the bits of the doubles (four 16-bit passes, passes whose digit
 * is the same for every value skipped): several times faster than the typed array's own sort, in
 * the same order (−0 before +0).
 */
export type SortedSample = Float64Array & { readonly __sorted: true };

const RADIX_FROM = 2048;

/** A sorted copy; NaN is refused (the evidence parsers refuse it first). */
export function sortSample(values: Float64Array | readonly number[]): SortedSample {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i] as number)) throw new RangeError('a sample holds NaN');
  if (out.length < RADIX_FROM) out.sort();
  else radixSort(out);
  return out as SortedSample;
}

/** LSD radix sort on order-preserving unsigned keys of the doubles (negative: every bit flipped; positive: the sign bit set). */
function radixSort(values: Float64Array): void {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1] as number;
    const negative = h >>> 31 === 1;
    lo[i] = negative ? ~(words[2 * i] as number) : (words[2 * i] as number);
    hi[i] = negative ? ~h : h | 0x80000000;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((key[i] as number) >>> shift) & 0xffff;
      count[d] = (count[d] as number) + 1;
    }
    if (count[((key[0] as number) >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = ((key[i] as number) >>> shift) & 0xffff;
      const at = count[d] as number;
      count[d] = at + 1;
      lo2[at] = lo[i] as number;
      hi2[at] = hi[i] as number;
    }
    [lo, lo2, hi, hi2] = [lo2, lo, hi2, hi];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i] as number;
    const positive = h >>> 31 === 1;
    words[2 * i] = positive ? (lo[i] as number) : ~(lo[i] as number);
    words[2 * i + 1] = positive ? h & 0x7fffffff : ~h;
  }
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
