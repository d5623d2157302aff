import type { BinnedColumn } from './binnedColumn';
import { binnedMatrix, type BoostedTrees, type BoostingSettings, predictBoostedTrees, trainBoostedTrees, type TrainingRows } from './boostedTrees';
import { rocAuc } from './rocAuc';

export interface CrossValidatedAuc {
  /** Held-out ROC AUC of each fold, in fold order. */
  aucFolds: number[];
  /** Split gain per column, summed over the models of all folds. */
  gainByColumn: Float64Array;
}

type ModelColumn = Pick<BinnedColumn, 'kind' | 'binCount' | 'codes'>;

/**
 * k-fold cross-validation of the boosted-tree domain classifier on the given columns: for each fold, train on
 * the other folds and score the held-out rows. Fold AUCs are reported separately and not pooled, because
 * scores of models trained on different folds are not on one scale.
 *
 * With a single column, rows with the same bin are indistinguishable to the model, so training runs on one
 * weighted row per bin (same model, see boostedTrees.ts) and scores each bin once: that keeps `auc_alone` cheap.
 */
export function crossValidatedAuc(
  columns: readonly ModelColumn[],
  isCurrent: Uint8Array,
  foldOf: Uint8Array,
  folds: number,
  settings: BoostingSettings,
): CrossValidatedAuc {
  const rowCount = isCurrent.length;
  const aucFolds: number[] = [];
  const gainByColumn = new Float64Array(columns.length);
  for (let fold = 0; fold < folds; fold++) {
    let testCount = 0;
    for (let r = 0; r < rowCount; r++) if (foldOf[r] === fold) testCount++;
    const trainRows = new Int32Array(rowCount - testCount);
    const testRows = new Int32Array(testCount);
    for (let r = 0, train = 0, test = 0; r < rowCount; r++) {
      if (foldOf[r] === fold) testRows[test++] = r;
      else trainRows[train++] = r;
    }
    const training = columns.length === 1 ? binWeightedRows(columns[0], isCurrent, trainRows) : plainRows(columns, isCurrent, trainRows);
    const trained = trainBoostedTrees(training, settings);
    for (let j = 0; j < columns.length; j++) gainByColumn[j] += trained.gainByColumn[j];
    const testLabels = new Uint8Array(testCount);
    for (let k = 0; k < testCount; k++) testLabels[k] = isCurrent[testRows[k]];
    aucFolds.push(rocAuc(testScores(trained.model, training, columns, testRows), testLabels));
  }
  return { aucFolds, gainByColumn };
}

function testScores(model: BoostedTrees, training: TrainingRows, columns: readonly ModelColumn[], testRows: Int32Array): Float64Array {
  if (columns.length !== 1) return predictBoostedTrees(model, binnedMatrix(columns, testRows));
  // One column: the training rows are the bins, so score each bin once and look rows up.
  const binScores = predictBoostedTrees(model, training.matrix);
  const codes = columns[0].codes;
  const scores = new Float64Array(testRows.length);
  for (let k = 0; k < testRows.length; k++) scores[k] = binScores[codes[testRows[k]]];
  return scores;
}

function plainRows(columns: readonly ModelColumn[], isCurrent: Uint8Array, rows: Int32Array): TrainingRows {
  const positiveCounts = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) positiveCounts[k] = isCurrent[rows[k]];
  return { matrix: binnedMatrix(columns, rows), rowCounts: new Float64Array(rows.length).fill(1), positiveCounts };
}

function binWeightedRows(column: ModelColumn, isCurrent: Uint8Array, rows: Int32Array): TrainingRows {
  const rowCounts = new Float64Array(column.binCount);
  const positiveCounts = new Float64Array(column.binCount);
  for (let k = 0; k < rows.length; k++) {
    const code = column.codes[rows[k]];
    rowCounts[code] += 1;
    positiveCounts[code] += isCurrent[rows[k]];
  }
  const codes = new Uint8Array(column.binCount);
  for (let bin = 0; bin < column.binCount; bin++) codes[bin] = bin;
  return { matrix: binnedMatrix([{ kind: column.kind, binCount: column.binCount, codes }]), rowCounts, positiveCounts };
}
