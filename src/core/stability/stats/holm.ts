/**
 * Holm's step-down correction for testing several metrics at once: the adjusted p-values
 * (statsmodels `multipletests(p, method='holm')`), in the order given. A hypothesis is rejected
 * at level α when its adjusted p-value is ≤ α; the chance of any false "worse" stays ≤ α.
 */
export function holmAdjust(pvalues: readonly number[]): number[] {
  const m = pvalues.length;
  const order = pvalues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}
