#!/usr/bin/env python3
"""Writes test/fixtures/oracle/drift_*.json: what `driftwood drift` must report, computed with numpy + scipy
exactly as DESIGN.md §3.1 defines every statistic, on the raw values (no DuckDB, no app code).

Cases (the CLI side is test/electron/cli/driftCommand.test.ts):
  drift_employment.json  NannyML employment log: nannyml_employment_MA_reference.pq (2015) vs
                         nannyml_employment_MA_analysis.pq (2016-2018), both exported to CSV by drift_export.js
  drift_california.json  NannyML California housing reference CSV split by its timestamp column into
                         [2020-10-01, 2021-01-01) vs [2021-01-01, 2021-06-01), read and split here
  drift_synthetic.json   test/fixtures/oracle/drift_synthetic/{reference,current}.csv (written with their
                         Parquet twins from synthetic.sql by drift_export.js)

Column kinds mirror the app's (numeric types -> numeric, strings/booleans -> categorical, and integer
columns with the predicted_class/segment/model_version role -> categorical); the tests assert that the
app compares exactly these columns with these kinds.

Per compared column, with NULL, NaN and +-Inf left out of every distribution and counted as missing:
  ks               scipy.stats.ks_2samp(ref, cur) (two-sided, method='auto'): statistic, pvalue
  wasserstein      scipy.stats.wasserstein_distance(ref, cur)
  wasserstein_norm wasserstein / max(numpy.std(ref) (ddof 0), 0.001)
  bins             numeric, <= 20 distinct reference values: by value over the union of both windows' values;
                   else reference quantile bins: numpy.quantile(ref, k/B) (linear), k = 1..B-1, B = 10,
                   duplicates removed, bins right-closed (e(i-1), e(i)] with -inf/+inf outer edges
                   (numpy.searchsorted(edges, x, side='left')); categorical: union of the categories
  psi              sum (q - p) ln(q / p) over the bins, zero proportions replaced by 1e-4 first
  jensen_shannon   scipy.spatial.distance.jensenshannon(p, q, base=2)
  hellinger        sqrt(1 - sum sqrt(p q))
  tvd              1/2 sum |p - q|                        (categorical)
  chi_square       scipy.stats.chi2_contingency(2 x k counts, correction=False)   (categorical)
  missing          current null rate - reference null rate; pooled two-proportion z-test,
                   p = 2 norm.sf(|z|) (1 when the pooled rate is 0 or 1)
  p_value_adjusted Benjamini-Hochberg (numpy) across the compared columns: of the KS / chi-square p-values
                   (columns with a test), and, separately, of the missingness p-values
  quantiles        numpy.quantile (linear) at 0.01, 0.5, 0.99 per window (None for an empty window)
  variants         california only: the binned statistics with B = 7 (--bins 7), and the adjusted p-values
                   when only MedInc, HouseAge, y_pred are compared (--columns)
  detection        the DESIGN.md rule: an effect size at its threshold (numeric: wasserstein_norm >= 0.1 or
                   psi >= 0.2; categorical: jensen_shannon >= 0.1 or psi >= 0.2) and BH-adjusted test p < 0.05;
                   plus the app's documented missingness rule (|missing| >= 0.01 and adjusted p < 0.05)

Run from the repository root: python3 scripts/oracle/drift_fixtures.py [--skip-export] [--cache DIR]
(runs `node scripts/oracle/drift_export.js` first unless --skip-export). Output: sorted-key JSON, results only.
"""
import collections
import csv
import datetime
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
ORACLE_DIR = os.path.join(ROOT, 'test', 'fixtures', 'oracle')
DATASETS = os.path.join(ROOT, 'test', 'fixtures', 'datasets')
SYNTHETIC = os.path.join(ORACLE_DIR, 'drift_synthetic')

BINS = 10
VALUE_BINNING_MAX_DISTINCT = 20
PSI_ZERO = 1e-4
STD_FLOOR = 0.001
ALPHA = 0.05
THRESHOLDS = {'wasserstein_norm': 0.1, 'psi': 0.2, 'jensen_shannon': 0.1, 'missing': 0.01}
NULL_TEXT = '\\N'

EMPLOYMENT_CATEGORICAL = ['SCHL', 'MAR', 'RELP', 'DIS', 'ESP', 'CIT', 'MIG', 'MIL', 'ANC', 'NATIVITY', 'DEAR', 'DEYE',
                          'DREM', 'SEX', 'RAC1P', 'prediction']
CASES = {
    'employment': {
        'description': 'nannyml_employment_MA_reference.pq vs nannyml_employment_MA_analysis.pq',
        'numeric': ['AGEP', 'predicted_probability'],
        'categorical': EMPLOYMENT_CATEGORICAL,
        'not_compared': {'id': 'role id', 'year': 'role timestamp', 'employed': 'not in the current source'},
    },
    'california': {
        'description': 'nannyml_california_housing_reference.csv, timestamp in [2020-10-01, 2021-01-01) vs [2021-01-01, 2021-06-01)',
        'numeric': ['MedInc', 'HouseAge', 'AveRooms', 'AveBedrms', 'Population', 'AveOccup', 'Latitude', 'Longitude',
                    'clf_target', 'y_pred_proba'],
        'categorical': ['y_pred'],
        'not_compared': {'id': 'role id', 'timestamp': 'the window column'},
        'bin_variants': [7],
        'column_subsets': [['MedInc', 'HouseAge', 'y_pred']],
    },
    'synthetic': {
        'description': 'drift_synthetic/reference.parquet vs drift_synthetic/current.parquet (synthetic.sql)',
        'numeric': ['shifted', 'rating', 'tiers20', 'skewed', 'messy', 'constant', 'gone', 'late_feature', 'order value', 'score'],
        'categorical': ['merchant_type', 'promo_code', 'flag', 'one_level', 'naïve "label"'],
        'not_compared': {'row_id': 'role id'},
    },
}


# ------------------------------------------------------------------------------------------- reading
def read_csv(path, null_text=NULL_TEXT):
    """Columns as lists of str, None for NULL."""
    with open(path, newline='', encoding='utf-8') as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = {name: [] for name in header}
        for row in reader:
            assert len(row) == len(header), f'{path}: ragged row {row}'
            for name, text in zip(header, row):
                columns[name].append(None if text == null_text else text)
    return columns


def as_float(texts):
    """Floats with NaN for NULL (nulls are counted separately before this)."""
    return np.array([math.nan if text is None else float(text) for text in texts], dtype=float)


def take(columns, mask):
    return {name: [value for value, keep in zip(values, mask) if keep] for name, values in columns.items()}


def load_case(name, cache):
    if name == 'employment':
        return (read_csv(os.path.join(cache, 'employment_reference.csv')),
                read_csv(os.path.join(cache, 'employment_current.csv')))
    if name == 'synthetic':
        return read_csv(os.path.join(SYNTHETIC, 'reference.csv')), read_csv(os.path.join(SYNTHETIC, 'current.csv'))
    if name == 'california':
        # The raw CSV as published (no NULL marker: an empty field would be NULL, there are none).
        columns = read_csv(os.path.join(DATASETS, 'nannyml_california_housing_reference.csv'), null_text='')
        stamps = [datetime.datetime.fromisoformat(text) for text in columns['timestamp']]
        in_range = lambda start, end: [start <= stamp < end for stamp in stamps]  # noqa: E731
        d = datetime.datetime
        return (take(columns, in_range(d(2020, 10, 1), d(2021, 1, 1))),
                take(columns, in_range(d(2021, 1, 1), d(2021, 6, 1))))
    raise KeyError(name)


# ------------------------------------------------------------------------------------------ statistics
def num(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def proportions(counts):
    counts = np.asarray(counts, dtype=float)
    return counts / counts.sum()


def binned_stats(ref_counts, cur_counts):
    p = proportions(ref_counts)
    q = proportions(cur_counts)
    p_psi = np.where(p == 0, PSI_ZERO, p)
    q_psi = np.where(q == 0, PSI_ZERO, q)
    psi = float(np.sum((q_psi - p_psi) * np.log(q_psi / p_psi)))
    js = float(jensenshannon(p, q, base=2))
    if math.isnan(js):  # identical inputs can round to a tiny negative divergence inside scipy
        js = 0.0
    bc = float(np.sum(np.sqrt(p * q)))
    hellinger = math.sqrt(max(0.0, 1.0 - bc))
    tvd = 0.5 * float(np.sum(np.abs(p - q)))
    return {'psi': psi, 'jensen_shannon': js, 'hellinger': hellinger, 'tvd': tvd}


def missingness(ref_nulls, ref_rows, cur_nulls, cur_rows):
    ref_rate = ref_nulls / ref_rows
    cur_rate = cur_nulls / cur_rows
    pooled = (ref_nulls + cur_nulls) / (ref_rows + cur_rows)
    if pooled in (0.0, 1.0):
        p_value = 1.0
    else:
        z = (cur_rate - ref_rate) / math.sqrt(pooled * (1 - pooled) * (1 / ref_rows + 1 / cur_rows))
        p_value = float(2 * stats.norm.sf(abs(z)))
    return {'value': cur_rate - ref_rate, 'p_value': p_value}


def benjamini_hochberg(p_values):
    """statsmodels multipletests(method='fdr_bh'); None entries pass through and do not count toward m."""
    index = [i for i, p in enumerate(p_values) if p is not None]
    out = list(p_values)
    if not index:
        return out
    p = np.array([p_values[i] for i in index], dtype=float)
    m = len(p)
    order = np.argsort(p, kind='mergesort')
    ranked = p[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(ranked, 1.0)
    for position, i in enumerate(index):
        out[i] = float(adjusted[position])
    return out


def quantile_or_none(values, level):
    return float(np.quantile(values, level)) if values.size > 0 else None


def numeric_bins(ref, cur, bins):
    """DESIGN.md §3.1 bins of a numeric column (finite values of both windows)."""
    if np.unique(ref).size <= VALUE_BINNING_MAX_DISTINCT:
        values = np.unique(np.concatenate([ref, cur]))
        return {'method': 'value', 'values': [float(v) for v in values],
                'reference': [int(np.sum(ref == v)) for v in values], 'current': [int(np.sum(cur == v)) for v in values]}
    edges = np.unique(np.quantile(ref, [k / bins for k in range(1, bins)]))
    return {'method': 'quantile', 'edges': [float(e) for e in edges],
            'reference': np.bincount(np.searchsorted(edges, ref, side='left'), minlength=edges.size + 1).tolist(),
            'current': np.bincount(np.searchsorted(edges, cur, side='left'), minlength=edges.size + 1).tolist()}


def numeric_feature(name, ref_texts, cur_texts):
    ref_all = as_float(ref_texts)
    cur_all = as_float(cur_texts)
    ref_null = sum(text is None for text in ref_texts)
    cur_null = sum(text is None for text in cur_texts)
    ref_nonfinite = int(np.sum(~np.isfinite(ref_all))) - ref_null
    cur_nonfinite = int(np.sum(~np.isfinite(cur_all))) - cur_null
    ref = ref_all[np.isfinite(ref_all)]
    cur = cur_all[np.isfinite(cur_all)]
    counts = {
        'reference': {'rows': len(ref_texts), 'nulls': ref_null + ref_nonfinite, 'non_finite': ref_nonfinite},
        'current': {'rows': len(cur_texts), 'nulls': cur_null + cur_nonfinite, 'non_finite': cur_nonfinite},
    }
    feature = {
        'kind': 'numeric',
        'counts': counts,
        'stats': {'missing': missingness(counts['reference']['nulls'], len(ref_texts), counts['current']['nulls'], len(cur_texts))},
        'quantiles': {
            label: {'reference': quantile_or_none(ref, level), 'current': quantile_or_none(cur, level)}
            for label, level in (('p1', 0.01), ('p50', 0.5), ('p99', 0.99))
        },
        'distinct': {'reference': int(np.unique(ref).size), 'current': int(np.unique(cur).size)},
    }
    if ref.size == 0 or cur.size == 0:
        feature['bins'] = None
        return feature
    ks = stats.ks_2samp(ref, cur, alternative='two-sided', method='auto')
    wasserstein = float(stats.wasserstein_distance(ref, cur))
    std = float(np.std(ref))
    feature['bins'] = numeric_bins(ref, cur, BINS)
    ref_counts, cur_counts = feature['bins']['reference'], feature['bins']['current']
    binned = binned_stats(ref_counts, cur_counts)
    feature['stats'].update({
        'ks': {'value': float(ks.statistic), 'p_value': float(ks.pvalue)},
        'wasserstein': {'value': wasserstein},
        'wasserstein_norm': {'value': wasserstein / max(std, STD_FLOOR)},
        'psi': {'value': binned['psi']},
        'jensen_shannon': {'value': binned['jensen_shannon']},
        'hellinger': {'value': binned['hellinger']},
    })
    feature['std_reference'] = std
    return feature


def categorical_feature(name, ref_texts, cur_texts):
    ref = [text for text in ref_texts if text is not None]
    cur = [text for text in cur_texts if text is not None]
    counts = {
        'reference': {'rows': len(ref_texts), 'nulls': len(ref_texts) - len(ref), 'non_finite': 0},
        'current': {'rows': len(cur_texts), 'nulls': len(cur_texts) - len(cur), 'non_finite': 0},
    }
    ref_map = collections.Counter(ref)
    cur_map = collections.Counter(cur)
    categories = sorted(set(ref_map) | set(cur_map))
    ref_counts = [ref_map[c] for c in categories]
    cur_counts = [cur_map[c] for c in categories]
    feature = {
        'kind': 'categorical',
        'counts': counts,
        'stats': {'missing': missingness(counts['reference']['nulls'], len(ref_texts), counts['current']['nulls'], len(cur_texts))},
        'bins': {'method': 'category', 'values': categories, 'reference': ref_counts, 'current': cur_counts},
        'categories': {
            'new': [c for c, r, k in zip(categories, ref_counts, cur_counts) if r == 0 and k > 0],
            'vanished': [c for c, r, k in zip(categories, ref_counts, cur_counts) if r > 0 and k == 0],
            'new_share_current': (sum(k for r, k in zip(ref_counts, cur_counts) if r == 0) / len(cur)) if cur else 0.0,
            'vanished_share_reference': (sum(r for r, k in zip(ref_counts, cur_counts) if k == 0) / len(ref)) if ref else 0.0,
            'distinct_reference': sum(1 for r in ref_counts if r > 0),
            'distinct_current': sum(1 for k in cur_counts if k > 0),
        },
    }
    if not ref or not cur:
        return feature
    binned = binned_stats(ref_counts, cur_counts)
    chi2 = stats.chi2_contingency(np.array([ref_counts, cur_counts]), correction=False)
    feature['stats'].update({
        'psi': {'value': binned['psi']},
        'jensen_shannon': {'value': binned['jensen_shannon']},
        'hellinger': {'value': binned['hellinger']},
        'tvd': {'value': binned['tvd']},
        'chi_square': {'value': float(chi2.statistic), 'p_value': float(chi2.pvalue), 'dof': int(chi2.dof)},
    })
    return feature


def detect(feature):
    s = feature['stats']
    test = s.get('ks') or s.get('chi_square')
    effects = ['wasserstein_norm', 'psi'] if feature['kind'] == 'numeric' else ['jensen_shannon', 'psi']
    by_distribution = bool(test) and test['p_value_adjusted'] < ALPHA and any(s[e]['value'] >= THRESHOLDS[e] for e in effects)
    by_missing = abs(s['missing']['value']) >= THRESHOLDS['missing'] and s['missing']['p_value_adjusted'] < ALPHA
    return {'by_distribution': by_distribution, 'by_missing': by_missing, 'detected': by_distribution or by_missing}


def finite(texts):
    values = as_float(texts)
    return values[np.isfinite(values)]


def adjust(features, names):
    """BH across `names`: KS / chi-square p-values (where tested) and missingness p-values; then detection."""
    tests = [(features[n]['stats'].get('ks') or features[n]['stats'].get('chi_square') or {}).get('p_value') for n in names]
    for n, adjusted in zip(names, benjamini_hochberg(tests)):
        test = features[n]['stats'].get('ks') or features[n]['stats'].get('chi_square')
        if test is not None:
            test['p_value_adjusted'] = adjusted
    missing = [features[n]['stats']['missing']['p_value'] for n in names]
    for n, adjusted in zip(names, benjamini_hochberg(missing)):
        features[n]['stats']['missing']['p_value_adjusted'] = adjusted
    for n in names:
        features[n]['drift'] = detect(features[n])


def run_case(name, cache):
    config = CASES[name]
    reference, current = load_case(name, cache)
    ref_rows = len(next(iter(reference.values())))
    cur_rows = len(next(iter(current.values())))
    features = {}
    for column in config['numeric']:
        features[column] = numeric_feature(column, reference[column], current[column])
    for column in config['categorical']:
        features[column] = categorical_feature(column, reference[column], current[column])
    adjust(features, list(features))
    variants = {}
    for bins in config.get('bin_variants', []):
        variant = {}
        for column in config['numeric']:
            ref, cur = finite(reference[column]), finite(current[column])
            if ref.size == 0 or cur.size == 0:
                continue
            numeric = numeric_bins(ref, cur, bins)
            variant[column] = {'bins': numeric, **{k: v for k, v in binned_stats(numeric['reference'], numeric['current']).items() if k != 'tvd'}}
        variants[f'bins_{bins}'] = variant
    for subset in config.get('column_subsets', []):
        chosen = {n: json.loads(json.dumps(features[n])) for n in subset}
        adjust(chosen, subset)
        variants['columns_' + ','.join(subset)] = {
            n: {'test_p_value_adjusted': (chosen[n]['stats'].get('ks') or chosen[n]['stats'].get('chi_square'))['p_value_adjusted'],
                'missing_p_value_adjusted': chosen[n]['stats']['missing']['p_value_adjusted']} for n in subset}
    return {
        'case': name,
        'description': config['description'],
        'generated_by': 'python3 scripts/oracle/drift_fixtures.py',
        'versions': {'numpy': np.__version__, 'scipy': scipy.__version__},
        'params': {'bins': BINS, 'alpha': ALPHA, 'thresholds': THRESHOLDS, 'psi_zero_replacement': PSI_ZERO,
                   'value_binning_max_distinct': VALUE_BINNING_MAX_DISTINCT, 'std_floor': STD_FLOOR},
        'rows': {'reference': ref_rows, 'current': cur_rows},
        'not_compared': config['not_compared'],
        'features': features,
        'variants': variants,
    }


def clean(value):
    """JSON without NaN: NaN -> None, numpy scalars -> Python."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, (float, np.floating)):
        return num(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def main(argv):
    cache = os.path.join(tempfile.gettempdir(), 'driftwood-drift-oracle')
    if '--cache' in argv:
        cache = os.path.abspath(argv[argv.index('--cache') + 1])
    if '--skip-export' not in argv:
        subprocess.run(['node', os.path.join(ROOT, 'scripts', 'oracle', 'drift_export.js'), '--cache', cache], check=True, cwd=ROOT)
    for name in CASES:
        result = clean(run_case(name, cache))
        out = os.path.join(ORACLE_DIR, f'drift_{name}.json')
        with open(out, 'w', encoding='utf-8') as handle:
            json.dump(result, handle, indent=1, sort_keys=True, allow_nan=False)
            handle.write('\n')
        print(f'wrote {os.path.relpath(out, ROOT)} ({len(result["features"])} columns, '
              f'{result["rows"]["reference"]} vs {result["rows"]["current"]} rows)')


if __name__ == '__main__':
    main(sys.argv[1:])
