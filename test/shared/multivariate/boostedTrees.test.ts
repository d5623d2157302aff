import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { binnedMatrix, predictBoostedTrees, trainBoostedTrees } from '../../../shared/multivariate/boostedTrees';
import { rocAuc } from '../../../shared/multivariate/rocAuc';
import { mulberry32 } from '../../../shared/multivariate/seededRandom';

const settings = { rounds: 20, learningRate: 0.3, maxDepth: 2, l2: 1, minLeafRows: 5 };

/** Rows whose label depends on column 0 (codes 1..4) and, for an interaction, on column 1; column 2 is noise. */
function makeRows(count: number, seed: number) {
  const random = mulberry32(seed);
  const columns = [0, 1, 2].map(() => ({ kind: 'numeric' as const, binCount: 5, codes: new Uint8Array(count) }));
  const labels = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    for (const column of columns) column.codes[r] = 1 + Math.floor(random() * 4);
    const informative = columns[0].codes[r] >= 3;
    labels[r] = random() < (informative ? 0.8 : 0.2) ? 1 : 0;
  }
  return { columns, labels };
}

describe('binnedMatrix', () => {
  test('lays column codes out row-major, keeping the listed rows', () => {
    const columns = [
      { kind: 'numeric' as const, binCount: 4, codes: Uint8Array.from([1, 2, 3]) },
      { kind: 'categorical' as const, binCount: 3, codes: Uint8Array.from([0, 1, 2]) },
    ];
    assert.deepEqual(Array.from(binnedMatrix(columns).codes), [1, 0, 2, 1, 3, 2]);
    const subset = binnedMatrix(columns, Int32Array.from([2, 0]));
    assert.equal(subset.rowCount, 2);
    assert.deepEqual(Array.from(subset.codes), [3, 2, 1, 0]);
    assert.deepEqual(subset.columnCodes.map((codes) => Array.from(codes)), [[3, 1], [2, 0]]);
    assert.deepEqual(subset.columns, [{ kind: 'numeric', binCount: 4 }, { kind: 'categorical', binCount: 3 }]);
  });
});

describe('trainBoostedTrees', () => {
  test('learns the informative column and credits it with the gain', () => {
    const { columns, labels } = makeRows(4000, 1);
    const trained = trainBoostedTrees({ matrix: binnedMatrix(columns), rowCounts: new Float64Array(4000).fill(1), positiveCounts: labels }, settings);
    const held = makeRows(2000, 2);
    const auc = rocAuc(predictBoostedTrees(trained.model, binnedMatrix(held.columns)), held.labels);
    assert.ok(auc > 0.75, `held-out AUC ${auc}`); // the Bayes AUC of this problem is 0.8
    const share = trained.gainByColumn[0] / trained.gainByColumn.reduce((sum, gain) => sum + gain, 0);
    assert.ok(share > 0.8, `column 0 gets ${share} of the gain`);
    assert.equal(trained.model.trees.length, settings.rounds);
  });

  test('starts from the log-odds of the training labels', () => {
    const { columns, labels } = makeRows(1000, 3);
    const positives = labels.reduce((sum, label) => sum + label, 0);
    const trained = trainBoostedTrees({ matrix: binnedMatrix(columns), rowCounts: new Float64Array(1000).fill(1), positiveCounts: labels }, { ...settings, rounds: 0 });
    assert.ok(Math.abs(trained.model.baseScore - Math.log(positives / (1000 - positives))) < 1e-12);
  });

  test('one weighted row per bin trains the same model as the rows it stands for', () => {
    const { columns, labels } = makeRows(3000, 4);
    const single = [columns[0]];
    const expanded = trainBoostedTrees({ matrix: binnedMatrix(single), rowCounts: new Float64Array(3000).fill(1), positiveCounts: labels }, settings);
    const rowCounts = new Float64Array(5);
    const positiveCounts = new Float64Array(5);
    for (let r = 0; r < 3000; r++) {
      rowCounts[single[0].codes[r]] += 1;
      positiveCounts[single[0].codes[r]] += labels[r];
    }
    const bins = binnedMatrix([{ kind: 'numeric', binCount: 5, codes: Uint8Array.from([0, 1, 2, 3, 4]) }]);
    const aggregated = trainBoostedTrees({ matrix: bins, rowCounts, positiveCounts }, settings);
    const expandedScores = predictBoostedTrees(expanded.model, bins);
    const aggregatedScores = predictBoostedTrees(aggregated.model, bins);
    for (let bin = 0; bin < 5; bin++) assert.ok(Math.abs(expandedScores[bin] - aggregatedScores[bin]) < 1e-9, `bin ${bin}`);
  });

  test('finds an interaction that no single column shows (depth 2)', () => {
    // label = XOR of two balanced binary columns: each alone is useless, together they decide.
    const random = mulberry32(5);
    const count = 4000;
    const columns = [0, 1].map(() => ({ kind: 'numeric' as const, binCount: 3, codes: new Uint8Array(count) }));
    const labels = new Float64Array(count);
    for (let r = 0; r < count; r++) {
      columns[0].codes[r] = 1 + (random() < 0.5 ? 1 : 0);
      columns[1].codes[r] = 1 + (random() < 0.5 ? 1 : 0);
      const xor = columns[0].codes[r] !== columns[1].codes[r];
      labels[r] = random() < (xor ? 0.9 : 0.1) ? 1 : 0;
    }
    // A first split on a useless column has zero gain in expectation but not in a sample; depth 2 then
    // conditions the other column on it.
    const trained = trainBoostedTrees({ matrix: binnedMatrix(columns), rowCounts: new Float64Array(count).fill(1), positiveCounts: labels }, settings);
    const auc = rocAuc(predictBoostedTrees(trained.model, binnedMatrix(columns)), labels);
    assert.ok(auc > 0.85, `AUC ${auc}`);
  });

  test('handles histograms too wide for 16-bit slots (many wide categorical columns)', () => {
    // 130 columns × 256 bins × 2 slots = 66,560 histogram entries; the informative column is the last one.
    const random = mulberry32(7);
    const count = 2000;
    const columns = Array.from({ length: 130 }, () => ({ kind: 'categorical' as const, binCount: 256, codes: new Uint8Array(count) }));
    const labels = new Float64Array(count);
    for (let r = 0; r < count; r++) {
      for (const column of columns) column.codes[r] = Math.floor(random() * 256);
      labels[r] = random() < (columns[129].codes[r] >= 128 ? 0.9 : 0.1) ? 1 : 0;
    }
    const trained = trainBoostedTrees({ matrix: binnedMatrix(columns), rowCounts: new Float64Array(count).fill(1), positiveCounts: labels }, { ...settings, rounds: 3, minLeafRows: 100 });
    const strongest = trained.gainByColumn.indexOf(Math.max(...trained.gainByColumn));
    assert.equal(strongest, 129);
  });

  test('rejects labels with a single class', () => {
    const { columns } = makeRows(10, 6);
    assert.throws(
      () => trainBoostedTrees({ matrix: binnedMatrix(columns), rowCounts: new Float64Array(10).fill(1), positiveCounts: new Float64Array(10) }, settings),
      /needs both classes/,
    );
  });
});
