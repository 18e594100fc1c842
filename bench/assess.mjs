/**
 * `assess` over 1,000,000 benchmark samples (4 fio-like metrics × 2 versions × 125,000), in-process,
 * against a baseline of the same run: sorting the same 1,000,000 values with the typed array's sort.
 */
const { assess } = await import('../dist/core/stability/assess.js');
const { DEFAULT_CRITERIA } = await import('../dist/core/stability/criteria-schema.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function normal(n, mean, sd, seed, decimals) {
  let s = seed;
  const u = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const f = 10 ** decimals;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round((mean + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())) * f) / f;
  return out;
}

function evidence(version, scale, seed, perMetric) {
  const samples = new Map([
    ['read_iops', { unit: 'IOPS', values: normal(perMetric, 2450 * scale, 75, seed, 0) }],
    ['read_bw', { unit: 'B/s', values: normal(perMetric, 1.0e7 * scale, 3e5, seed + 1, 0) }],
    ['read_clat_mean', { unit: 'ns', values: normal(perMetric, 6.5e6 / scale, 2e5, seed + 2, 3) }],
    ['read_clat_p99.9', { unit: 'ns', values: normal(perMetric, 1.9e7 / scale, 9e5, seed + 3, 0) }],
  ]);
  return { product: 'ceph', version, env: 'bench', tests: [], samples, series: [], alerts: [], trials: [], reports: [], bugs: [] };
}

export async function benchAssess({ runs = 5, total = 1_000_000 } = {}) {
  const perMetric = total / 8;
  const baseline = evidence('16.2.11', 1, 11, perMetric);
  const candidate = evidence('17.2.5', 0.95, 17, perMetric);
  const all = new Float64Array(total);
  let at = 0;
  for (const e of [baseline, candidate])
    for (const { values } of e.samples.values()) {
      all.set(values, at);
      at += values.length;
    }
  const facts = {
    product: 'ceph',
    version: '17.2.5',
    cycle: '17',
    codename: 'Quincy',
    pointReleases: 6,
    dated: true,
    latest: '17.2.5',
    candidateReleased: '2022-10-19',
  };
  const assessMs = [];
  const sortMs = [];
  let overall = '';
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    overall = assess(candidate, baseline, DEFAULT_CRITERIA, facts, '2023-03-20').overall;
    assessMs.push(performance.now() - t);
    t = performance.now();
    all.slice().sort();
    sortMs.push(performance.now() - t);
  }
  return { samples: total, assessMs: median(assessMs), sortMs: median(sortMs), overall };
}
