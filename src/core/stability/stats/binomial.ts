/**
 * The binomial distribution: its mass function after Loader's saddle-point form (accurate to a
 * few units in the last place for any n), tails summed from the far end, the exact binomial test
 * as SciPy's `binomtest` computes it, and the Wilson score interval of a proportion.
 */
import { normalQuantile } from './normal.js';

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** log(n!) for n ≤ 18, from n! itself (exact in a double up to 18!). */
const LOG_FACTORIAL: readonly number[] = (() => {
  const out = [0];
  let f = 1;
  for (let n = 1; n <= 18; n++) out.push(Math.log((f *= n)));
  return out;
})();

/** log(n!) − log(√(2π) (n/e)ⁿ √n): Stirling's error, from its asymptotic series above 15. */
function stirlingError(n: number): number {
  if (n <= 15) return (LOG_FACTORIAL[n] as number) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  const n2 = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * n2)) / n2) / n2) / n2) / n;
}

/** x log(x/m) + m − x without cancellation when x ≈ m (Loader 2000). */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n || !Number.isInteger(k)) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  if (k === n) return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/** Σ P(X = i) from i = from, stepping by `step` (±1) away from the mode until the terms no longer count. */
function tail(from: number, step: 1 | -1, n: number, p: number): number {
  let term = binomialPmf(from, n, p);
  let sum = term;
  const ratio = p / (1 - p);
  for (let i = from; term > 0; ) {
    // P(i+1)/P(i) = (n−i)/(i+1) · p/q
    term = step === 1 ? (term * (n - i) * ratio) / (i + 1) : (term * i) / ((n - i + 1) * ratio);
    i += step;
    if (i < 0 || i > n) break;
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return sum;
}

const mode = (n: number, p: number) => Math.floor((n + 1) * p);

/** P(X ≤ k). */
export function binomialCdf(k: number, n: number, p: number): number {
  k = Math.floor(k);
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return k < mode(n, p) ? Math.min(1, tail(k, -1, n, p)) : Math.max(0, 1 - tail(k + 1, 1, n, p));
}

/** P(X > k). */
export function binomialSf(k: number, n: number, p: number): number {
  k = Math.floor(k);
  if (k < 0) return 1;
  if (k >= n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return k + 1 > mode(n, p) ? Math.min(1, tail(k + 1, 1, n, p)) : Math.max(0, 1 - tail(k, -1, n, p));
}

export type Alternative = 'two-sided' | 'less' | 'greater';

/**
 * The exact binomial test of k successes in n trials against probability p, as SciPy's
 * `binomtest(k, n, p, alternative).pvalue`: two-sided sums every outcome no more likely than k
 * (within a relative 1e-7, SciPy's tolerance).
 */
export function binomialTest(k: number, n: number, p: number, alternative: Alternative = 'two-sided'): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 1 || k < 0 || k > n || !(p >= 0 && p <= 1))
    throw new RangeError(`binomialTest needs integers 0 ≤ k ≤ n, n ≥ 1 and 0 ≤ p ≤ 1 (k=${k}, n=${n}, p=${p})`);
  if (alternative === 'less') return binomialCdf(k, n, p);
  if (alternative === 'greater') return binomialSf(k - 1, n, p);
  const d = binomialPmf(k, n, p);
  const rerr = 1 + 1e-7;
  const np = p * n;
  let pvalue: number;
  if (k === np) pvalue = 1;
  else if (k < np) {
    const ix = searchMass((x) => -binomialPmf(x, n, p), -d * rerr, Math.ceil(np), n);
    const y = n - ix + (d * rerr === binomialPmf(ix, n, p) ? 1 : 0);
    pvalue = binomialCdf(k, n, p) + binomialSf(n - y, n, p);
  } else {
    const ix = searchMass((x) => binomialPmf(x, n, p), d * rerr, 0, Math.floor(np));
    pvalue = binomialCdf(ix, n, p) + binomialSf(k - 1, n, p);
  }
  return Math.min(1, pvalue);
}

/** SciPy's `_binary_search_for_binom_tst`: the last index in [lo, hi] where the ascending `a` is ≤ d. */
function searchMass(a: (x: number) => number, d: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const v = a(mid);
    if (v < d) lo = mid + 1;
    else if (v > d) hi = mid - 1;
    else return mid;
  }
  return a(lo) <= d ? lo : lo - 1;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of k successes in n trials (SciPy
 * `binomtest(k, n).proportion_ci(confidence, method='wilson')`, Newcombe 1998's formulas).
 */
export function wilsonInterval(k: number, n: number, confidence = 0.95): Interval {
  if (n < 1 || k < 0 || k > n) throw new RangeError(`wilsonInterval needs 0 ≤ k ≤ n and n ≥ 1 (k=${k}, n=${n})`);
  const p = k / n;
  const z = normalQuantile(0.5 + 0.5 * confidence);
  const denom = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z ** 2);
  return { low: k === 0 ? 0 : center - delta, high: k === n ? 1 : center + delta };
}
