/**
 * The Mann–Whitney U test, two-sided, as SciPy's `mannwhitneyu(x, y)` computes it: U of the first
 * sample from mid-ranks; p from the exact null distribution when one sample has 8 values or fewer
 * and no value is tied (SciPy's method 'auto'), else from the normal approximation with the tie
 * correction of the variance and a continuity correction of ½. One merge of two sorted samples: O(n).
 */
import { normalSf } from './normal.js';
import type { SortedSample } from './sample.js';

export type MannWhitneyMethod = 'exact' | 'asymptotic';

export interface MannWhitney {
  /** U of the first sample: the number of pairs (x, y) with x > y, ties counting ½. */
  readonly u: number;
  /** Two-sided p-value. */
  readonly p: number;
  readonly method: MannWhitneyMethod;
  readonly n1: number;
  readonly n2: number;
  /** Some value occurs more than once in the two samples together. */
  readonly ties: boolean;
  /** Standard deviation of U under the null hypothesis, corrected for ties. */
  readonly sigma: number;
  /** U/(n1·n2): the probability that a value of x exceeds one of y (ties ½), the common-language effect size. */
  readonly probabilityGreater: number;
}

/** The exact distribution is computed up to this many steps (m × n × k); beyond, the normal approximation is used. */
export const EXACT_STEPS = 40_000_000;

interface Ranks {
  readonly r1: number;
  readonly tieTerm: number;
  readonly ties: boolean;
}

/** Sum of the mid-ranks of x in x ∪ y, and Σ(t³ − t) over groups of tied values. */
function rankSum(x: SortedSample, y: SortedSample): Ranks {
  let i = 0;
  let j = 0;
  let rank = 0;
  let r1 = 0;
  let tieTerm = 0;
  let ties = false;
  const n1 = x.length;
  const n2 = y.length;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && (x[i] as number) <= (y[j] as number)) ? (x[i] as number) : (y[j] as number);
    let cx = 0;
    while (i < n1 && x[i] === v) {
      i++;
      cx++;
    }
    let cy = 0;
    while (j < n2 && y[j] === v) {
      j++;
      cy++;
    }
    const t = cx + cy;
    r1 += cx * (rank + (t + 1) / 2);
    rank += t;
    if (t > 1) {
      ties = true;
      tieTerm += t * t * t - t;
    }
  }
  return { r1, tieTerm, ties };
}

/** SciPy's choice for method 'auto'. */
function chooseMethod(n1: number, n2: number, ties: boolean, u: number): MannWhitneyMethod {
  if ((n1 > 8 && n2 > 8) || ties) return 'asymptotic';
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const k = n1 * n2 - Math.max(u, n1 * n2 - u);
  return m * n * (k + 1) <= EXACT_STEPS ? 'exact' : 'asymptotic';
}

export function mannWhitneyU(x: SortedSample, y: SortedSample, method: 'auto' | MannWhitneyMethod = 'auto'): MannWhitney {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('mannWhitneyU needs two non-empty samples');
  const { r1, tieTerm, ties } = rankSum(x, y);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const chosen = method === 'auto' ? chooseMethod(n1, n2, ties, u1) : method;
  const sigma = tieCorrectedSigma(n1, n2, tieTerm);
  const u = Math.max(u1, n1 * n2 - u1);
  let p: number;
  if (chosen === 'exact') p = 2 * exactCdf(n1, n2, n1 * n2 - u);
  else p = 2 * normalSf((u - (n1 * n2) / 2 - 0.5) / sigma);
  return { u: u1, p: Math.min(1, Math.max(0, p)), method: chosen, n1, n2, ties, sigma, probabilityGreater: u1 / (n1 * n2) };
}

export function tieCorrectedSigma(n1: number, n2: number, tieTerm: number): number {
  const n = n1 + n2;
  return Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
}

/** Σ(t³ − t) over groups of tied values of x ∪ y (for the variance of U). */
export function tieTermOf(x: SortedSample, y: SortedSample): number {
  return rankSum(x, y).tieTerm;
}

/**
 * P(U ≤ k) under the null hypothesis, without ties: the count of arrangements with U = k for
 * m and n values, f(m, n, k) = f(m − 1, n, k − n) + f(m, n − 1, k) (Mann & Whitney 1947; SciPy's
 * recurrence), over the C(m + n, m) arrangements.
 */
export function exactCdf(n1: number, n2: number, k: number): number {
  return exactCounts(n1, n2, k).reduce((s, c) => s + c, 0) / arrangements(n1, n2);
}

/** f(m, n, 0..k) for m = min(n1, n2), n = max(n1, n2). */
export function exactCounts(n1: number, n2: number, k: number): Float64Array {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const K = Math.max(0, Math.min(k, m * n));
  // rows[i] holds f(i, n', 0..K) for the n' reached so far
  const rows = Array.from({ length: m + 1 }, () => {
    const r = new Float64Array(K + 1);
    r[0] = 1;
    return r;
  });
  for (let np = 1; np <= n; np++)
    for (let i = 1; i <= m; i++) {
      const row = rows[i] as Float64Array;
      const below = rows[i - 1] as Float64Array;
      for (let j = K; j >= np; j--) row[j] = (row[j] as number) + (below[j - np] as number);
    }
  return rows[m] as Float64Array;
}

/** C(n1 + n2, n1) as a double. */
export function arrangements(n1: number, n2: number): number {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  let c = 1;
  for (let i = 1; i <= m; i++) c = (c * (n + i)) / i;
  return c;
}
