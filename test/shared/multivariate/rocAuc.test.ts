import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { rocAuc } from '../../../shared/multivariate/rocAuc';
import { fixturePath } from '../../helpers/testPaths';

interface RocAucCase {
  name: string;
  scores: number[];
  labels: number[];
  u: number;
  auc: number;
}

// Reference: scipy.stats.mannwhitneyu(pos, neg).statistic / (n_pos * n_neg), written by
// scripts/oracle/multivariate_fixtures.py and cross-checked there against the pairwise definition.
const cases = (JSON.parse(fs.readFileSync(fixturePath('oracle', 'multivariate_cases.json'), 'utf8')) as { roc_auc: RocAucCase[] }).roc_auc;

describe('rocAuc', () => {
  test('the fixture covers ties, all-equal scores and perfect separation', () => {
    const names = cases.map((entry) => entry.name);
    for (const wanted of ['all scores equal', 'perfect separation', 'perfectly reversed', 'scores rounded to 0.5: many ties across classes']) {
      assert.ok(names.includes(wanted), `fixture lacks '${wanted}'`);
    }
  });

  for (const entry of cases) {
    test(`matches scipy's Mann–Whitney U / (n1·n0) to 1e-9: ${entry.name}`, () => {
      const auc = rocAuc(Float64Array.from(entry.scores), Uint8Array.from(entry.labels));
      assert.ok(Math.abs(auc - entry.auc) <= 1e-9, `${auc} vs scipy ${entry.auc}`);
    });
  }

  test('all-equal scores give exactly 0.5 and perfect separation exactly 1', () => {
    assert.equal(rocAuc([2, 2, 2, 2], [0, 1, 0, 1]), 0.5);
    assert.equal(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]), 1);
    assert.equal(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1]), 0);
  });

  test('does not depend on the order of the rows', () => {
    const scores = [0.3, 0.1, 0.3, 0.7, 0.5, 0.3, 0.9, 0.1];
    const labels = [1, 0, 0, 1, 0, 1, 1, 0];
    const order = [5, 2, 7, 0, 3, 6, 1, 4];
    assert.equal(rocAuc(order.map((i) => scores[i]), order.map((i) => labels[i])), rocAuc(scores, labels));
  });

  test('handles infinite scores as extremes', () => {
    assert.equal(rocAuc([-Infinity, 0, Infinity, Infinity], [0, 0, 1, 1]), 1);
  });

  test('rejects a single class, NaN scores, non-binary labels and mismatched lengths', () => {
    assert.throws(() => rocAuc([0.1, 0.2], [1, 1]), /needs both classes, got 2 positive and 0 negative/);
    assert.throws(() => rocAuc([], []), /needs both classes/);
    assert.throws(() => rocAuc([0.1, Number.NaN], [0, 1]), /score 1 is NaN/);
    assert.throws(() => rocAuc([0.1, 0.2], [0, 2]), /label 1 is 2/);
    assert.throws(() => rocAuc([0.1, 0.2, 0.3], [0, 1]), /3 scores but 2 labels/);
  });
});
