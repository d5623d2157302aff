#!/usr/bin/env python3
"""Writes test/fixtures/oracle/multivariate_cases.json: reference values for shared/multivariate from numpy + scipy.

  roc_auc   ROC AUC of scores against 0/1 labels, as scipy.stats.mannwhitneyu(positives, negatives).statistic
            / (n_pos * n_neg): U of the positives with tied scores given average ranks. Every case is also
            checked here against the pairwise definition P(s+ > s-) + 0.5 * P(s+ == s-) in numpy.

Run from the repository root: python3 scripts/oracle/multivariate_fixtures.py
Deterministic: one seeded numpy Generator; output is sorted-key JSON. Needs numpy and scipy only.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'oracle', 'multivariate_cases.json')
rng = np.random.default_rng(20240917)

roc_auc_cases = []


def roc_case(name, scores, labels):
    scores = np.asarray(scores, dtype=float)
    labels = np.asarray(labels, dtype=int)
    positives = scores[labels == 1]
    negatives = scores[labels == 0]
    # The statistic is U of the first sample whatever the method; 'asymptotic' only skips the exact p-value.
    u = float(stats.mannwhitneyu(positives, negatives, alternative='two-sided', method='asymptotic').statistic)
    auc = u / (len(positives) * len(negatives))
    greater = (positives[:, None] > negatives[None, :]).sum()
    equal = (positives[:, None] == negatives[None, :]).sum()
    pairwise = (greater + 0.5 * equal) / (len(positives) * len(negatives))
    assert abs(pairwise - auc) < 1e-12, (name, pairwise, auc)
    roc_auc_cases.append({
        'name': name,
        'scores': scores.tolist(),
        'labels': labels.tolist(),
        'u': u,
        'auc': auc,
    })


def shuffled_labels(n_pos, n_neg):
    labels = np.array([1] * n_pos + [0] * n_neg)
    rng.shuffle(labels)
    return labels


labels = shuffled_labels(90, 110)
roc_case('continuous scores, no ties', rng.normal(size=200) + 0.7 * labels, labels)
labels = shuffled_labels(240, 260)
roc_case('scores rounded to 0.5: many ties across classes', np.round(2 * (rng.normal(size=500) + 0.4 * labels)) / 2, labels)
labels = shuffled_labels(400, 600)
roc_case('integer scores 0..3: heavy ties', np.minimum(3, rng.poisson(0.8 + 0.5 * labels)), labels)
roc_case('all scores equal', [0.25] * 30, shuffled_labels(12, 18))
roc_case('perfect separation', [0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 1.0], [0, 0, 0, 1, 1, 1, 1])
roc_case('perfectly reversed', [0.9, 0.8, 0.7, 0.3, 0.2], [0, 0, 0, 1, 1])
roc_case('one positive and one negative, tied', [3.0, 3.0], [1, 0])
roc_case('separation with one tie at the boundary', [1.0, 2.0, 3.0, 3.0, 4.0, 5.0], [0, 0, 0, 1, 1, 1])
roc_case('negative zero ties zero', [-0.0, 0.0, -1.0, 1.0], [1, 0, 0, 1])
roc_case('huge and tiny magnitudes', [1e15, 1e15 + 2, -1e-300, 1e-300, 5e-324, 0.0, -1e15], [1, 0, 1, 0, 1, 0, 0])
labels = shuffled_labels(3, 397)
roc_case('imbalanced: 3 positives among 400', rng.normal(size=400) + labels, labels)
labels = shuffled_labels(2600, 2400)
roc_case('5000 scores rounded to 2 decimals', np.round(rng.normal(size=5000) + 0.3 * labels, 2), labels)

out = {
    'generator': 'scripts/oracle/multivariate_fixtures.py',
    'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__},
    'roc_auc': roc_auc_cases,
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w') as f:
    json.dump(out, f, sort_keys=True, separators=(',', ':'))
    f.write('\n')
print(f'wrote {os.path.normpath(OUT)}: {len(roc_auc_cases)} cases, {os.path.getsize(OUT)} bytes')
