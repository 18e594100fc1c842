#!/usr/bin/python3
"""
Reference values for Upkeep's statistics (src/core/stability/stats), computed by SciPy.

Run with Debian's SciPy (`apt-get install -y python3-scipy python3-statsmodels`):

    /usr/bin/python3 scripts/stats-reference.py

It writes test/fixtures/stats/*.json (committed as data); src/core/stability/stats/*.test.ts compare
Upkeep's results to them within 1e-9 relative. Every sample is drawn from a seeded generator, so a
rerun with the same SciPy writes the same files.

- mann-whitney.json: scipy.stats.mannwhitneyu(x, y, alternative='two-sided') with method 'auto'
  and 'asymptotic' (tie correction, continuity correction); the Hodges-Lehmann shift (NumPy's
  median of every difference x_i - y_j) and its distribution-free confidence interval: the k-th
  smallest and k-th largest difference, k from SciPy's exact null distribution of U where
  mannwhitneyu would use it (one sample of 8 or fewer, no ties), else
  k = floor(n1*n2/2 + 1/2 - z * sigma) with sigma tie-corrected (docs/stability.md).
- binomial.json: scipy.stats.binomtest(k, n, p, alternative) p-values, and
  binomtest(k, n).proportion_ci(confidence_level, method='wilson').
- holm.json: statsmodels.stats.multitest.multipletests(p, method='holm').
- normal.json: scipy.stats.norm.sf and scipy.special.ndtri.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy import special, stats
from scipy.stats._mannwhitneyu import _mwu_state
from statsmodels.stats.multitest import multipletests

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'stats')
rng = np.random.default_rng(20230320)


def floats(a):
    return [float(v) for v in a]


def has_ties(x, y):
    xy = np.concatenate([x, y])
    return len(np.unique(xy)) != len(xy)


def hodges_lehmann(x, y, confidence):
    n1, n2 = len(x), len(y)
    d = np.sort(np.subtract.outer(np.asarray(x), np.asarray(y)).ravel())
    n = n1 * n2
    alpha = 1 - confidence
    exact = min(n1, n2) <= 8 and not has_ties(x, y)
    if exact:
        # largest k with P(U <= k-1) <= alpha/2
        cdf = _mwu_state.cdf(np.arange(0, n + 1), n1, n2)
        k = 0
        while k < n and cdf[k] <= alpha / 2:
            k += 1
    else:
        xy = np.concatenate([x, y])
        _, t = np.unique(xy, return_counts=True)
        tie = float((t.astype(float) ** 3 - t).sum())
        m = n1 + n2
        sigma = np.sqrt(n1 * n2 / 12 * ((m + 1) - tie / (m * (m - 1))))
        z = special.ndtri(1 - alpha / 2)
        k = max(0, int(np.floor(n / 2 + 0.5 - z * sigma)))
    low = float(d[k - 1]) if k >= 1 else None
    high = float(d[n - k]) if k >= 1 else None
    return {'shift': float(np.median(d)), 'confidence': confidence, 'k': k, 'low': low, 'high': high, 'exact': bool(exact)}


def mw_case(name, x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    auto = stats.mannwhitneyu(x, y, alternative='two-sided', method='auto')
    asym = stats.mannwhitneyu(x, y, alternative='two-sided', method='asymptotic')
    exact = min(len(x), len(y)) <= 8 and not has_ties(x, y)
    return {
        'name': name,
        'x': floats(x),
        'y': floats(y),
        'u': float(auto.statistic),
        'auto': {'method': 'exact' if exact else 'asymptotic', 'p': float(auto.pvalue)},
        'asymptotic': {'p': float(asym.pvalue)},
        'hl95': hodges_lehmann(x, y, 0.95),
        'hl90': hodges_lehmann(x, y, 0.90),
    }


def distinct(n, loc=0.0, scale=1.0):
    return np.round(rng.normal(loc, scale, n), 9)


def mann_whitney():
    cases = [
        mw_case('textbook: males vs females (SciPy docs), exact', [19, 22, 16, 29, 24], [20, 11, 17, 12]),
        mw_case('small, no ties, exact', distinct(5), distinct(7, 0.8)),
        mw_case('eight against eight, no ties, exact', distinct(8), distinct(8, 1.0)),
        mw_case('nine against nine: asymptotic', distinct(9), distinct(9, 1.0)),
        mw_case('three against thirty, no ties, exact', distinct(3, 1.5), distinct(30)),
        mw_case('one against one', [1.0], [2.0]),
        mw_case('one against twelve, exact', [0.3], distinct(12)),
        mw_case('small with ties: asymptotic', [1, 2, 2, 3, 5], [2, 3, 3, 4, 6, 6]),
        mw_case('identical samples', [3, 1, 4, 1, 5, 9, 2, 6], [3, 1, 4, 1, 5, 9, 2, 6]),
        mw_case('every value tied', [7, 7, 7, 7], [7, 7, 7, 7, 7]),
        mw_case('heavy ties, integers 0..3', rng.integers(0, 4, 60), rng.integers(0, 4, 80) + (rng.random(80) < 0.2)),
        mw_case('300 vs 400, shifted by a third of a standard deviation', distinct(300, 10, 3), distinct(400, 11, 3)),
        mw_case('1000 vs 1000 rounded to one decimal (many ties)', np.round(rng.normal(100, 5, 1000), 1), np.round(rng.normal(100.4, 5, 1000), 1)),
        mw_case('2000 vs 2000, shifted by one standard deviation (tiny p)', distinct(2000, 0, 1), distinct(2000, 1, 1)),
        mw_case('1500 vs 1200, same distribution', distinct(1500, 50, 10), distinct(1200, 50, 10)),
        mw_case('fio-like IOPS, 5 % slower', np.round(rng.normal(9500, 300, 120)), np.round(rng.normal(10000, 300, 120))),
    ]
    return cases


def binomial():
    tests = []
    for k, n, p in [
        (7, 50, 0.1), (0, 10, 0.5), (10, 10, 0.5), (5, 10, 0.5), (3, 10, 0.5), (95, 100, 0.9), (1480, 1500, 0.99),
        (1450, 1500, 0.99), (3, 1000, 0.001), (12, 1000, 0.004), (50, 100, 0.5), (20, 60, 0.25), (682, 925, 0.75),
        (1, 2, 0.3), (0, 5, 0.0), (5, 5, 1.0), (498_000, 1_000_000, 0.5), (9, 40, 0.6), (31, 33, 0.7),
    ]:
        tests.append({
            'k': k, 'n': n, 'p': p,
            'twoSided': float(stats.binomtest(k, n, p, 'two-sided').pvalue),
            'greater': float(stats.binomtest(k, n, p, 'greater').pvalue),
            'less': float(stats.binomtest(k, n, p, 'less').pvalue),
        })
    wilson = []
    for k, n in [(0, 1), (1, 1), (0, 10), (7, 50), (10, 10), (1480, 1500), (1500, 1500), (3, 1000), (999_000, 1_000_000), (17, 20)]:
        for c in (0.95, 0.9, 0.99):
            ci = stats.binomtest(k, n).proportion_ci(confidence_level=c, method='wilson')
            wilson.append({'k': k, 'n': n, 'confidence': c, 'low': float(ci.low), 'high': float(ci.high)})
    return {'binomtest': tests, 'wilson': wilson}


def holm():
    cases = [[0.01, 0.04, 0.03], [0.2], [0.001, 0.5, 0.02, 0.04, 0.3], [0.05, 0.05, 0.05], list(np.round(rng.random(12) * 0.1, 6))]
    return [{'p': floats(p), 'adjusted': floats(multipletests(p, method='holm')[1])} for p in cases]


def normal():
    zs = [-8.0, -3.0, -1.0, -0.5, 0.0, 0.1, 0.5, 1.0, 1.5, 1.96, 2.5, 3.0, 4.0, 5.5, 7.0, 9.0, 12.0, 20.0, 30.0, 37.0]
    ps = [1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-9]
    return {'sf': [{'z': z, 'sf': float(stats.norm.sf(z))} for z in zs], 'quantile': [{'p': p, 'z': float(special.ndtri(p))} for p in ps]}


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump({'generator': 'scripts/stats-reference.py', 'scipy': scipy.__version__, 'numpy': np.__version__, 'data': data}, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    write('mann-whitney.json', mann_whitney())
    write('binomial.json', binomial())
    write('holm.json', holm())
    write('normal.json', normal())
    print(f'wrote {OUT} with SciPy {scipy.__version__}', file=sys.stderr)
