#!/usr/bin/env python3
"""Writes test/fixtures/oracle/stats_cases.json: reference values for shared/stats from numpy + scipy.

Every case stores its inputs in the count representation shared/stats takes (aligned per-value or per-bin
counts, as a DuckDB GROUP BY returns them) together with the reference outputs:

  ks            scipy.stats.ks_2samp(ref, cur) (two-sided, method='auto') on the expanded raw samples
  ks_pvalue     (d, n1, n2) beyond what we can expand in memory: scipy's asymptotic branch itself,
                kstwo.sf(d, round(n1*n2/(n1+n2))), plus a few cross-checked against ks_2samp on raw data
  kstwo_sf      scipy.stats.kstwo.sf(x, n) over every branch of scipy's kolmogn
  smirnov       scipy.special.smirnov(n, x)
  gammaincc     scipy.special.gammaincc(a, x)
  norm_sf       scipy.stats.norm.sf(z)
  wasserstein   scipy.stats.wasserstein_distance(ref, cur) on the raw samples, numpy.std(ref)
  binned        psi (evidently's formula), scipy jensenshannon(base=2), hellinger, tvd,
                scipy.stats.chi2_contingency(correction=False)
  missing       pooled two-proportion z-test (statsmodels proportions_ztest formula, scipy norm.sf)
  bh            statsmodels multipletests(method='fdr_bh') re-implemented in numpy (statsmodels is not a
                dependency); NaN entries are removed before and restored after

Run from the repository root: python3 scripts/oracle/make_stats_fixtures.py
Deterministic: one seeded numpy Generator; output is sorted-key JSON.
"""
import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial.distance import jensenshannon

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'oracle', 'stats_cases.json')
rng = np.random.default_rng(20240611)


def as_counts(ref, cur):
    """Aligned counts over the sorted union of distinct values."""
    values = np.unique(np.concatenate([ref, cur]))
    ref_counts = np.searchsorted(np.sort(ref), values, side='right') - np.searchsorted(np.sort(ref), values, side='left')
    cur_counts = np.searchsorted(np.sort(cur), values, side='right') - np.searchsorted(np.sort(cur), values, side='left')
    return values, ref_counts.astype(int).tolist(), cur_counts.astype(int).tolist()


def num(x):
    x = float(x)
    if math.isnan(x):
        return None
    return x


# ---------------------------------------------------------------------------------------------- KS
ks_cases = []


def ks_case(name, ref, cur, note=''):
    ref = np.asarray(ref, dtype=float)
    cur = np.asarray(cur, dtype=float)
    _, rc, cc = as_counts(ref, cur)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        res = stats.ks_2samp(ref, cur)
    fell_back = any('Switching to method=asymp' in str(w.message) for w in caught)
    ks_cases.append({
        'name': name, 'note': note, 'ref_counts': rc, 'cur_counts': cc,
        'n1': int(ref.size), 'n2': int(cur.size),
        'statistic': float(res.statistic), 'p_value': float(res.pvalue),
        'scipy_exact_fell_back': fell_back,
    })


ks_case('single value each, equal', [1.0], [1.0])
ks_case('single value each, different', [1.0], [2.0])
ks_case('n=1 vs n=2', [0.5], [0.2, 0.9])
ks_case('n=2 vs n=3 with a tie across samples', [1, 2], [2, 3, 4])
ks_case('n=3 vs n=3 interleaved', [1, 3, 5], [2, 4, 6])
same = np.round(rng.normal(size=50), 1)
ks_case('n=5 vs n=5, D=1/5: scipy exact gives 1+2e-16 and falls back to asymp', [1, 2, 3, 4, 5], [1, 2, 3, 4, 6])
ks_case('n=60 vs n=60, D=2/60: exact also falls back', list(range(1, 61)), list(range(1, 59)) + [61, 62])
ks_case('identical samples of 50', same, same.copy())
ks_case('disjoint samples 20 vs 30', rng.uniform(0, 1, 20).round(3), rng.uniform(2, 3, 30).round(3))
ks_case('heavy ties: integers 0..4, 100 vs 120', rng.integers(0, 5, 100), rng.integers(0, 5, 120))
ks_case('ties, shifted categories 0..3, 37 vs 41', rng.integers(0, 4, 37), rng.integers(1, 5, 41))
ks_case('normal shift 0.3, 200 vs 300, rounded', rng.normal(0, 1, 200).round(1), rng.normal(0.3, 1, 300).round(1))
ks_case('p near 1: same distribution, 500 vs 500', rng.normal(0, 1, 500).round(2), rng.normal(0, 1, 500).round(2))
ks_case('p near 0: shift 0.5, 1000 vs 1500', rng.normal(0, 1, 1000).round(2), rng.normal(0.5, 1, 1500).round(2))
ks_case('heavy tails: Cauchy, 400 vs 600', rng.standard_cauchy(400).round(1), (rng.standard_cauchy(600) * 1.3).round(1))
ks_case('unequal sizes 7 vs 1000', rng.normal(0, 1, 7).round(2), rng.normal(0, 1, 1000).round(2))
ks_case('exact boundary: 10000 vs 10000, small shift', rng.normal(0, 1, 10000).round(2), rng.normal(0.03, 1, 10000).round(2),
        'n1 == n2: _compute_prob_outside_square')
ks_case('exact boundary: 10000 vs 9999, small shift', rng.normal(0, 1, 10000).round(2), rng.normal(0.03, 1, 9999).round(2),
        'Hodges inside method, narrow band')
ks_case('exact: 9999 vs 10000, D ~ 0.05 (p ~ 1e-11)', rng.normal(0, 1, 9999).round(2), rng.normal(0.12, 1, 10000).round(2),
        'wide band: ours may take the asymptotic shortcut for negligible p')
ks_case('exact: 10000 vs 9973, disjoint-ish (p underflows)', rng.normal(0, 1, 10000).round(2), rng.normal(3, 1, 9973).round(2))
ks_case('exact: 8000 vs 6000, gcd 2000, moderate shift', rng.normal(0, 1, 8000).round(2), rng.normal(0.04, 1, 6000).round(2))
ks_case('asymptotic: 10001 vs 10001, en = 5000.5 rounds to 5000', rng.normal(0, 1, 10001).round(2), rng.normal(0.02, 1, 10001).round(2))
ks_case('asymptotic: 10001 vs 50, unequal', rng.normal(0, 1, 10001).round(2), rng.normal(0.2, 1, 50).round(2))
ks_case('asymptotic: 50k vs 80k, same distribution', rng.normal(0, 1, 50000).round(1), rng.normal(0, 1, 80000).round(1))
ks_case('asymptotic: 50k vs 80k, shift 0.02', rng.normal(0, 1, 50000).round(1), rng.normal(0.02, 1, 80000).round(1))
ks_case('asymptotic: 50k vs 80k, shift 0.2 (p ~ 0)', rng.normal(0, 1, 50000).round(1), rng.normal(0.2, 1, 80000).round(1))
ks_case('asymptotic: 2M vs 3M Poisson counts, tiny shift', rng.poisson(20.0, 2_000_000), rng.poisson(20.03, 3_000_000),
        'en = 1.2M: kolmogn beyond smirnov\'s direct range')
ks_case('asymptotic: 600k vs 600k Poisson counts, tiny shift', rng.poisson(20.0, 600_000), rng.poisson(20.02, 600_000),
        'en = 300k: smirnov via the strided sum')

ks_pvalue_cases = []


def ks_pvalue_case(name, d, n1, n2):
    m, n = sorted([float(n1), float(n2)], reverse=True)
    en = m * n / (m + n)
    p = float(np.clip(stats.kstwo.sf(d, np.round(en)), 0, 1))  # scipy's asymptotic branch, verbatim
    ks_pvalue_cases.append({'name': name, 'd': d, 'n1': n1, 'n2': n2, 'p_value': p})


for (n1, n2) in [(50_000, 80_000), (1_000_000, 1_000_000), (10_000_000, 20_000_000), (100_000_000, 100_000_000),
                 (100_000_000, 12_345)]:
    en = n1 * n2 / (n1 + n2)
    for z in [0.3, 0.9, 1.3, 1.8, 2.5, 4.0]:
        ks_pvalue_case(f'asymptotic n1={n1} n2={n2} sqrt(en)*d={z}', z / math.sqrt(en), n1, n2)

# ------------------------------------------------------------------------------------ special functions
kstwo_cases = []
for n in [1, 2, 3, 5, 10, 50, 100, 140, 141, 500, 1000, 5000, 20_000, 20_001, 100_000, 100_001, 300_000,
          1_000_000, 1_000_001, 5_000_000, 50_000_000]:
    xs = set()
    for z in [0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.87, 1.0, 1.2, 1.5, 2.0, 3.0, 5.0, 10.0, 14.0]:
        xs.add(z / math.sqrt(n))
    xs.update([0.4 / n, 0.75 / n, 1.0 / n, 1.5 / n, 0.3, 0.5, 0.6, 0.99, 1 - 0.5 / n])
    for x in sorted(xs):
        if 0 < x < 1:
            kstwo_cases.append({'n': n, 'x': x, 'sf': float(stats.kstwo.sf(x, n))})

smirnov_cases = []
for n in [1, 2, 5, 9, 10, 30, 100, 1000, 20_000, 20_001, 60_000, 1_000_000, 1_000_001]:
    xs = set([0.3 / n, 1.0 / n, 2.5 / n, 0.45 / math.sqrt(n), 0.2, 0.5, 0.9, 1 - 0.5 / n])
    for z in [0.2, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0]:
        xs.add(z / math.sqrt(n))
    for x in sorted(xs):
        if 0 < x < 1:
            smirnov_cases.append({'n': n, 'x': x, 'sf': float(special.smirnov(n, x))})

gamma_cases = []
for a in [0.5, 1.0, 1.5, 2.5, 10.0, 25.0, 50.5, 150.0, 250.0, 1000.0, 5000.5, 50_000.0, 500_000.0]:
    for ratio in [0.01, 0.5, 0.9, 0.97, 0.99, 1.0, 1.01, 1.03, 1.1, 1.5, 3.0]:
        x = a * ratio
        gamma_cases.append({'a': a, 'x': x, 'q': float(special.gammaincc(a, x))})
    for x in [1e-3, 0.3, 0.7, 1.0]:
        gamma_cases.append({'a': a, 'x': x, 'q': float(special.gammaincc(a, x))})

norm_cases = [{'z': z, 'sf': float(stats.norm.sf(z))}
              for z in [-6.0, -2.5, -1.0, -0.1, 0.0, 0.1, 0.5, 1.0, 1.959963984540054, 2.5, 3.0, 5.0, 8.0, 10.0, 20.0, 30.0]]

# ----------------------------------------------------------------------------------------- Wasserstein
wasserstein_cases = []


def wasserstein_case(name, ref, cur):
    ref = np.asarray(ref, dtype=float)
    cur = np.asarray(cur, dtype=float)
    values, rc, cc = as_counts(ref, cur)
    w = float(stats.wasserstein_distance(ref, cur))
    sd = float(np.std(ref))
    wasserstein_cases.append({
        'name': name, 'values': [float(v) for v in values], 'ref_counts': rc, 'cur_counts': cc,
        'distance': w, 'ref_std': sd, 'normed': w / max(sd, 0.001),
    })


wasserstein_case('n=1 vs n=1', [1.0], [4.5])
wasserstein_case('identical samples', [1, 2, 2, 3], [1, 2, 2, 3])
wasserstein_case('disjoint samples', [0, 1, 1], [5, 6, 8])
wasserstein_case('constant reference (std floor 0.001)', [2.0] * 10, [2.0] * 9 + [2.5])
wasserstein_case('ties, integers', rng.integers(0, 6, 80), rng.integers(1, 7, 95))
wasserstein_case('normal shift, unequal sizes', rng.normal(0, 1, 300).round(2), rng.normal(0.4, 1.2, 700).round(2))
wasserstein_case('heavy tails: Cauchy', rng.standard_cauchy(500).round(0), rng.standard_cauchy(400).round(0) * 2)
wasserstein_case('large magnitudes', (rng.lognormal(10, 2, 200)).round(0), (rng.lognormal(10.5, 2, 150)).round(0))

# ------------------------------------------------------------------------------------------ binned stats
binned_cases = []


def binned_case(name, ref_counts, cur_counts):
    r = np.asarray(ref_counts, dtype=float)
    c = np.asarray(cur_counts, dtype=float)
    p = r / r.sum()
    q = c / c.sum()
    # evidently's psi: zero proportions replaced by 0.0001 first, then sum((p - q) * ln(p / q))
    pe = np.where(p == 0, 0.0001, p)
    qe = np.where(q == 0, 0.0001, q)
    psi = float(np.sum((pe - qe) * np.log(pe / qe)))
    js = float(jensenshannon(r, c, base=2))
    hel = float(np.sqrt(max(0.0, 1 - np.sum(np.sqrt(p * q)))))
    tvd = float(0.5 * np.sum(np.abs(p - q)))
    table = np.vstack([r, c])
    keep = table.sum(axis=0) > 0
    try:
        stats.chi2_contingency(table, correction=False)
        raises = False
    except ValueError:
        raises = True
    res = stats.chi2_contingency(table[:, keep], correction=False)
    binned_cases.append({
        'name': name, 'ref_counts': [int(x) for x in ref_counts], 'cur_counts': [int(x) for x in cur_counts],
        'psi': psi, 'jensen_shannon': js, 'hellinger': hel, 'tvd': tvd,
        'chi_square': {'statistic': float(res.statistic), 'p_value': float(res.pvalue), 'dof': int(res.dof),
                       'dropped_bins': int((~keep).sum()), 'scipy_raises_on_full_table': raises},
    })


binned_case('identical proportions', [10, 20, 30], [20, 40, 60])
binned_case('one category only', [42], [17])
binned_case('one empty bin in current', [30, 30, 40], [50, 50, 0])
binned_case('one empty bin in reference', [0, 50, 50], [10, 45, 45])
binned_case('bin empty in both windows', [25, 0, 25, 50], [20, 0, 30, 50])
binned_case('disjoint categories', [10, 10, 0, 0], [0, 0, 7, 3])
binned_case('two bins, p near 1', [5003, 4997], [4990, 5010])
binned_case('small counts', [1, 2, 0, 1], [0, 1, 3, 1])
binned_case('ten quantile bins, mild shift', [100] * 10, [80, 85, 90, 95, 100, 100, 105, 110, 115, 120])
binned_case('large counts, p underflows', [1_000_000, 2_000_000, 3_000_000], [1_100_000, 1_900_000, 3_050_000])
binned_case('many categories (dof 1999)', rng.integers(0, 50, 2000).tolist(), rng.integers(0, 50, 2000).tolist())
binned_case('many categories, shifted (dof 299)', rng.poisson(30, 300).tolist(), (rng.poisson(30, 300) + rng.integers(0, 8, 300)).tolist())
binned_case('long tail of rare categories', [500, 300, 100] + [1] * 40, [450, 320, 120] + [0] * 20 + [2] * 20)

# -------------------------------------------------------------------------------------------- missingness
missing_cases = []


def missing_case(name, ref_nulls, ref_rows, cur_nulls, cur_rows):
    r1 = ref_nulls / ref_rows
    r2 = cur_nulls / cur_rows
    pooled = (ref_nulls + cur_nulls) / (ref_rows + cur_rows)
    if pooled in (0.0, 1.0):
        p = 1.0
    else:
        z = (r2 - r1) / math.sqrt(pooled * (1 - pooled) * (1 / ref_rows + 1 / cur_rows))
        p = float(2 * stats.norm.sf(abs(z)))
    missing_cases.append({'name': name, 'ref_nulls': ref_nulls, 'ref_rows': ref_rows, 'cur_nulls': cur_nulls,
                          'cur_rows': cur_rows, 'value': r2 - r1, 'p_value': p})


missing_case('no nulls in either window', 0, 1000, 0, 800)
missing_case('all nulls in both windows', 50, 50, 20, 20)
missing_case('same null rate', 10, 1000, 20, 2000)
missing_case('small increase, small windows', 2, 100, 5, 100)
missing_case('nulls appear only in current', 0, 5000, 40, 5000)
missing_case('large windows, tiny change (p near 1)', 100_000, 10_000_000, 100_050, 10_000_000)
missing_case('large windows, real change (p ~ 0)', 100_000, 10_000_000, 130_000, 10_000_000)
missing_case('decrease', 300, 1000, 250, 1100)

# --------------------------------------------------------------------------------------- BH (fdr_bh)
bh_cases = []


def fdr_bh(pvals):
    """statsmodels.stats.multitest.multipletests(pvals, method='fdr_bh')[1], in numpy."""
    pvals = np.asarray(pvals, dtype=float)
    order = np.argsort(pvals)
    sorted_p = pvals[order]
    n = sorted_p.size
    ecdffactor = np.arange(1, n + 1) / float(n)
    corrected = np.minimum.accumulate((sorted_p / ecdffactor)[::-1])[::-1]
    corrected[corrected > 1] = 1
    out = np.empty_like(corrected)
    out[order] = corrected
    return out


def bh_case(name, pvals):
    pvals = np.asarray(pvals, dtype=float)
    ok = ~np.isnan(pvals)
    adjusted = np.full(pvals.shape, np.nan)
    if ok.any():
        adjusted[ok] = fdr_bh(pvals[ok])
    bh_cases.append({'name': name, 'p_values': [num(x) for x in pvals], 'adjusted': [num(x) for x in adjusted]})


bh_case('single p-value', [0.03])
bh_case('textbook example', [0.01, 0.04, 0.03, 0.005, 0.2])
bh_case('ties', [0.02, 0.02, 0.02, 0.5, 0.01, 0.01])
bh_case('NaN entries pass through and do not count', [0.01, float('nan'), 0.04, float('nan'), 0.03])
bh_case('all NaN', [float('nan'), float('nan')])
bh_case('zeros and ones', [0.0, 1.0, 0.5, 0.0, 1.0])
bh_case('random 60 with NaNs', np.where(rng.random(60) < 0.1, np.nan, rng.random(60) ** 3).tolist())

out = {
    'generator': 'scripts/oracle/make_stats_fixtures.py',
    'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__},
    'ks': ks_cases, 'ks_pvalue': ks_pvalue_cases, 'kstwo_sf': kstwo_cases, 'smirnov': smirnov_cases,
    'gammaincc': gamma_cases, 'norm_sf': norm_cases, 'wasserstein': wasserstein_cases, 'binned': binned_cases,
    'missing': missing_cases, 'bh': bh_cases,
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w') as f:
    json.dump(out, f, sort_keys=True, separators=(',', ':'))
    f.write('\n')
total = sum(len(v) for k, v in out.items() if isinstance(v, list))
print(f'wrote {os.path.normpath(OUT)}: {total} cases, {os.path.getsize(OUT)} bytes')
