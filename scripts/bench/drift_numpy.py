#!/usr/bin/env python3
"""numpy/scipy implementation of the drift statistics of DESIGN.md §3.1, for `npm run bench -- drift`.

Usage: python3 drift_numpy.py EXPORT_DIR [--bins 10] [--out RESULT.json]

EXPORT_DIR is written by bench/driftColumnExport.ts: manifest.json plus one raw little-endian file per
(window, column) — float64 with NaN for NULL for numeric columns, int32 dictionary codes (−1 = NULL) for
categorical ones. numpy and scipy only.

Prints one JSON line on stdout: load_seconds (np.fromfile of every column), compute_seconds (every
statistic with the data already in memory; compute_cpu_seconds the process CPU time of the same span) and a
per-step split of compute_seconds. --out writes the
per-column statistics (for the bench's cross-check against `driftwood drift`).

Statistics, per §3.1 (NaN/±Inf are left out of distributions and counted as missing, as the app does):
  numeric      ks (scipy.stats.ks_2samp, two-sided, method auto), wasserstein (scipy.stats.wasserstein_distance),
               wasserstein_norm (/ max(std_ref ddof 0, 0.001)); bins by value when the reference has ≤ 20
               distinct values (union of both windows' values), else reference quantile bins (np.quantile,
               linear; duplicate edges removed; right-closed) → psi, jensen_shannon, hellinger; p1/p50/p99
  categorical  union of the non-null categories of both windows → psi, jensen_shannon, hellinger, tvd,
               chi_square (scipy.stats.chi2_contingency, correction=False); new / vanished categories
  both         missing: current − reference null rate, pooled two-proportion z-test;
               Benjamini–Hochberg across columns for the KS/chi-square p-values and for the missingness
               p-values; detection with the default thresholds.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
from scipy import stats
from scipy.spatial import distance

PSI_ZERO = 1e-4
VALUE_BINNING_MAX_DISTINCT = 20
THRESHOLDS = {'wasserstein_norm': 0.1, 'psi': 0.2, 'jensen_shannon': 0.1, 'missing': 0.01}
ALPHA = 0.05


def binned(p_counts, q_counts):
    p = p_counts / p_counts.sum()
    q = q_counts / q_counts.sum()
    pz = np.where(p == 0, PSI_ZERO, p)
    qz = np.where(q == 0, PSI_ZERO, q)
    return {
        'psi': float(np.sum((qz - pz) * np.log(qz / pz))),
        'jensen_shannon': float(distance.jensenshannon(p, q, base=2)),
        'hellinger': float(np.sqrt(max(0.0, 1.0 - np.sum(np.sqrt(p * q))))),
    }


def missing_test(null_ref, rows_ref, null_cur, rows_cur):
    value = null_cur / rows_cur - null_ref / rows_ref
    pooled = (null_ref + null_cur) / (rows_ref + rows_cur)
    if pooled in (0.0, 1.0):
        return value, 1.0
    se = np.sqrt(pooled * (1 - pooled) * (1 / rows_ref + 1 / rows_cur))
    return value, float(2 * stats.norm.sf(abs(value / se)))


def bh(p_values):
    """Benjamini–Hochberg over the entries that are not None."""
    tested = [i for i, p in enumerate(p_values) if p is not None]
    adjusted = list(p_values)
    if tested:
        values = stats.false_discovery_control(np.array([p_values[i] for i in tested]), method='bh')
        for i, value in zip(tested, values):
            adjusted[i] = float(value)
    return adjusted


class Timer:
    def __init__(self):
        self.split = {}

    def add(self, step, started):
        self.split[step] = self.split.get(step, 0.0) + (time.perf_counter() - started)


def numeric_stats(ref_all, cur_all, bins, timer):
    started = time.perf_counter()
    ref = ref_all[np.isfinite(ref_all)]
    cur = cur_all[np.isfinite(cur_all)]
    result = {'kind': 'numeric', 'stats': {}}
    missing = missing_test(len(ref_all) - len(ref), len(ref_all), len(cur_all) - len(cur), len(cur_all))
    result['stats']['missing'] = {'value': missing[0], 'p_value': missing[1]}
    timer.add('filter + missing', started)
    if len(ref) == 0 or len(cur) == 0:
        return result, None, missing[1]

    started = time.perf_counter()
    ks = stats.ks_2samp(ref, cur)
    result['stats']['ks'] = {'value': float(ks.statistic), 'p_value': float(ks.pvalue)}
    timer.add('ks_2samp', started)

    started = time.perf_counter()
    wasserstein = float(stats.wasserstein_distance(ref, cur))
    std_ref = float(np.std(ref))
    result['stats']['wasserstein'] = {'value': wasserstein}
    result['stats']['wasserstein_norm'] = {'value': wasserstein / max(std_ref, 0.001)}
    timer.add('wasserstein_distance', started)

    started = time.perf_counter()
    ref_values, ref_counts = np.unique(ref, return_counts=True)
    if len(ref_values) <= VALUE_BINNING_MAX_DISTINCT:
        cur_values, cur_counts = np.unique(cur, return_counts=True)
        values = np.union1d(ref_values, cur_values)
        p_counts = np.zeros(len(values))
        q_counts = np.zeros(len(values))
        p_counts[np.searchsorted(values, ref_values)] = ref_counts
        q_counts[np.searchsorted(values, cur_values)] = cur_counts
        result['bins'] = {'method': 'value', 'values': values.tolist()}
    else:
        edges = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
        # side='left': the number of edges strictly below x, so x falls in (e(i−1), e(i)].
        p_counts = np.bincount(np.searchsorted(edges, ref, side='left'), minlength=len(edges) + 1).astype(float)
        q_counts = np.bincount(np.searchsorted(edges, cur, side='left'), minlength=len(edges) + 1).astype(float)
        result['bins'] = {'method': 'quantile', 'edges': edges.tolist()}
    result['bins']['reference'] = p_counts.tolist()
    result['bins']['current'] = q_counts.tolist()
    for key, value in binned(p_counts, q_counts).items():
        result['stats'][key] = {'value': value}
    timer.add('bins (unique / quantile edges / counts) + psi, js, hellinger', started)

    started = time.perf_counter()
    levels = [0.01, 0.5, 0.99]
    result['quantiles'] = {f'p{round(level * 100)}': {'reference': float(r), 'current': float(c)}
                           for level, r, c in zip(levels, np.quantile(ref, levels), np.quantile(cur, levels))}
    timer.add('report quantiles', started)
    return result, float(ks.pvalue), missing[1]


def categorical_stats(ref_codes, cur_codes, categories, timer):
    started = time.perf_counter()
    k = len(categories)
    ref_counts_all = np.bincount(ref_codes[ref_codes >= 0], minlength=k)
    cur_counts_all = np.bincount(cur_codes[cur_codes >= 0], minlength=k)
    present = (ref_counts_all + cur_counts_all) > 0
    ref_counts = ref_counts_all[present].astype(float)
    cur_counts = cur_counts_all[present].astype(float)
    names = np.array(categories, dtype=object)[present]
    result = {'kind': 'categorical', 'stats': {}}
    missing = missing_test(len(ref_codes) - ref_counts.sum(), len(ref_codes), len(cur_codes) - cur_counts.sum(), len(cur_codes))
    result['stats']['missing'] = {'value': float(missing[0]), 'p_value': missing[1]}
    p_value = None
    if ref_counts.sum() > 0 and cur_counts.sum() > 0:
        for key, value in binned(ref_counts, cur_counts).items():
            result['stats'][key] = {'value': value}
        result['stats']['tvd'] = {'value': float(0.5 * np.abs(ref_counts / ref_counts.sum() - cur_counts / cur_counts.sum()).sum())}
        chi = stats.chi2_contingency(np.vstack([ref_counts, cur_counts]), correction=False)
        result['stats']['chi_square'] = {'value': float(chi.statistic), 'p_value': float(chi.pvalue)}
        p_value = float(chi.pvalue)
    result['categories'] = {
        'new': names[(ref_counts == 0) & (cur_counts > 0)].tolist()[:50],
        'vanished': names[(ref_counts > 0) & (cur_counts == 0)].tolist()[:50],
        'distinct_reference': int((ref_counts > 0).sum()),
        'distinct_current': int((cur_counts > 0).sum()),
    }
    timer.add('categorical (bincount, psi, js, hellinger, tvd, chi2_contingency)', started)
    return result, p_value, missing[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('export_dir')
    parser.add_argument('--bins', type=int, default=10)
    parser.add_argument('--out')
    args = parser.parse_args()
    with open(os.path.join(args.export_dir, 'manifest.json')) as handle:
        manifest = json.load(handle)

    started = time.perf_counter()
    data = {}
    for window in ('reference', 'current'):
        for column in manifest['numeric']:
            data[(window, column['alias'])] = np.fromfile(os.path.join(args.export_dir, window, column['alias'] + '.f64'), dtype='<f8')
        for column in manifest['categorical']:
            data[(window, column['alias'])] = np.fromfile(os.path.join(args.export_dir, window, column['alias'] + '.i32'), dtype='<i4')
    load_seconds = time.perf_counter() - started
    loaded_bytes = sum(array.nbytes for array in data.values())

    timer = Timer()
    started = time.perf_counter()
    cpu_started = time.process_time()
    features, tests, missing = [], [], []
    for column in manifest['numeric']:
        result, test, missing_p = numeric_stats(data[('reference', column['alias'])], data[('current', column['alias'])], args.bins, timer)
        features.append({'name': column['name'], **result})
        tests.append(test)
        missing.append(missing_p)
    for column in manifest['categorical']:
        result, test, missing_p = categorical_stats(data[('reference', column['alias'])], data[('current', column['alias'])], column['categories'], timer)
        features.append({'name': column['name'], **result})
        tests.append(test)
        missing.append(missing_p)
    step = time.perf_counter()
    adjusted_tests, adjusted_missing = bh(tests), bh(missing)
    for feature, test_adjusted, missing_adjusted in zip(features, adjusted_tests, adjusted_missing):
        effects = ('wasserstein_norm', 'psi') if feature['kind'] == 'numeric' else ('jensen_shannon', 'psi')
        passing = any(feature['stats'].get(effect, {}).get('value', 0) >= THRESHOLDS[effect] for effect in effects)
        distribution = passing and test_adjusted is not None and test_adjusted < ALPHA
        missing_drift = abs(feature['stats']['missing']['value']) >= THRESHOLDS['missing'] and missing_adjusted < ALPHA
        feature['drift'] = {'detected': bool(distribution or missing_drift), 'test_p_adjusted': test_adjusted, 'missing_p_adjusted': missing_adjusted}
    timer.add('benjamini-hochberg + detection', step)
    compute_seconds = time.perf_counter() - started
    compute_cpu_seconds = time.process_time() - cpu_started

    if args.out:
        with open(args.out, 'w') as handle:
            json.dump({'rows': manifest['rows'], 'features': features}, handle)
    print(json.dumps({
        'load_seconds': load_seconds,
        'loaded_mb': loaded_bytes / 1e6,
        'compute_seconds': compute_seconds,
        'compute_cpu_seconds': compute_cpu_seconds,
        'compute_split_seconds': timer.split,
        'numeric': len(manifest['numeric']),
        'categorical': len(manifest['categorical']),
        'rows': manifest['rows'],
        'numpy': np.__version__,
    }))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
