/**
 * The standard normal distribution to double precision, from series and continued fractions
 * (no fitted coefficients): erfc, the upper tail (SciPy `norm.sf`) and the quantile (SciPy
 * `special.ndtri`). Checked against SciPy in normal.test.ts (test/fixtures/stats/normal.json).
 */

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT2 = Math.SQRT2;

/** erf(x) for 0 ≤ x < 2: (2/√π) e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), every term positive. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}

/** erfc(x) for x ≥ 2: e^(−x²)/√π / (x + ½/(x + 1/(x + (3/2)/(x + …)))), evaluated from its tail. */
function erfcFraction(x: number): number {
  let t = x;
  for (let n = 240; n >= 1; n--) t = x + n / 2 / t;
  return Math.exp(-x * x) / SQRT_PI / t;
}

/** The complementary error function, with relative accuracy in both tails. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x >= 2) return x > 27.3 ? 0 : erfcFraction(x);
  return 1 - erfSeries(x);
}

/** P(Z > z) for a standard normal Z (SciPy `stats.norm.sf`). */
export function normalSf(z: number): number {
  if (z === Number.POSITIVE_INFINITY) return 0;
  if (z === Number.NEGATIVE_INFINITY) return 1;
  return 0.5 * erfc(z / SQRT2);
}

/** P(Z ≤ z) (SciPy `stats.norm.cdf`). */
export function normalCdf(z: number): number {
  return normalSf(-z);
}

const density = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/** The z with P(Z ≤ z) = p (SciPy `special.ndtri`): a rational first guess, then Newton steps on log P. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  // Abramowitz & Stegun 26.2.23 (error < 4.5e-4), refined below
  const t = Math.sqrt(-2 * Math.log(p));
  let z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  const logP = Math.log(p);
  for (let i = 0; i < 50; i++) {
    const cdf = normalCdf(z);
    const step = ((Math.log(cdf) - logP) * cdf) / density(z);
    z -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}
