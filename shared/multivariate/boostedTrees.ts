import type { BinnedColumn } from './binnedColumn';
import { bestSplit, type SplitColumn, type SplitConstraints } from './splitSearch';

/**
 * Gradient-boosted shallow trees for a binary label on binned columns: logistic loss, splits chosen on the
 * gradients by histogram (splitSearch.ts), Newton leaf values −G/(H+λ) as in Friedman's TreeBoost. Small on
 * purpose: a fixed number of rounds, no row or column sampling, no early stopping, so the same input always
 * gives the same model.
 *
 * Training rows may be weighted: a row can stand for several identical rows, `rowCounts[r]` of them,
 * `positiveCounts[r]` of which are positive. Training on such aggregated rows gives the same model as on the
 * expanded rows (up to floating-point rounding), which makes a one-column model cost O(bins) per round.
 *
 * Cost per round: one pass adding gradients over all rows × columns at the root (its row counts are counted
 * once per model), one histogram pass over the smaller child per level below (the larger child is parent −
 * smaller), none at the last level, whose nodes are leaves. Codes are stored row-major, so a pass over a
 * subset of rows reads memory in order.
 */
export interface BoostingSettings extends SplitConstraints {
  rounds: number;
  learningRate: number;
  maxDepth: number;
}

/** Binned rows, held both ways: histograms read rows, partitions read one column. */
export interface BinnedMatrix {
  rowCount: number;
  columns: readonly SplitColumn[];
  /** Row-major: the code of row r in column j is `codes[r * columns.length + j]`. */
  codes: Uint8Array;
  /** The same codes column by column: `columnCodes[j][r]`. */
  columnCodes: readonly Uint8Array[];
}

export interface TrainingRows {
  matrix: BinnedMatrix;
  /** How many sample rows each row stands for (1 for plain rows). */
  rowCounts: Float64Array;
  /** How many of those are positive (the label, for plain rows). */
  positiveCounts: Float64Array;
}

export type TreeNode =
  | { kind: 'leaf'; value: number }
  | { kind: 'split'; column: number; goesLeft: Uint8Array; left: TreeNode; right: TreeNode };

export interface BoostedTrees {
  /** The log-odds of the positive class in the training rows; every score starts here. */
  baseScore: number;
  /** Leaf values are already scaled by the learning rate. */
  trees: TreeNode[];
}

export interface TrainedBoostedTrees {
  model: BoostedTrees;
  /** Summed split gain (loss reduction) per column, over all trees. */
  gainByColumn: Float64Array;
}

/** A binned matrix of the rows listed in `rows` (all rows when omitted) from column-wise codes. */
export function binnedMatrix(columns: readonly Pick<BinnedColumn, 'kind' | 'binCount' | 'codes'>[], rows?: Int32Array): BinnedMatrix {
  const columnCount = columns.length;
  const rowCount = rows ? rows.length : columnCount > 0 ? columns[0].codes.length : 0;
  const codes = new Uint8Array(rowCount * columnCount);
  const columnCodes = columns.map((column, j) => {
    const kept = rows ? gatherCodes(column.codes, rows) : column.codes;
    for (let k = 0; k < rowCount; k++) codes[k * columnCount + j] = kept[k];
    return kept;
  });
  return { rowCount, columns: columns.map(({ kind, binCount }) => ({ kind, binCount })), codes, columnCodes };
}

function gatherCodes(source: Uint8Array, rows: Int32Array): Uint8Array {
  const kept = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) kept[k] = source[rows[k]];
  return kept;
}

/** Trains on every column of the matrix; the rows must contain both classes. */
export function trainBoostedTrees(training: TrainingRows, settings: BoostingSettings): TrainedBoostedTrees {
  const { matrix, rowCounts, positiveCounts } = training;
  const rowCount = matrix.rowCount;
  const columnCount = matrix.columns.length;
  let positives = 0;
  let total = 0;
  for (let r = 0; r < rowCount; r++) {
    positives += positiveCounts[r];
    total += rowCounts[r];
  }
  if (positives <= 0 || positives >= total) {
    throw new RangeError(`trainBoostedTrees: needs both classes (got ${positives} positive of ${total} rows).`);
  }
  const baseScore = Math.log(positives / (total - positives));

  // Histogram layout (see splitSearch.ts): gradient sum then row count, per bin, column after column.
  // slots[r * columnCount + j] is where row r lands in column j's part of it.
  const offsets = new Int32Array(columnCount);
  let histogramLength = 0;
  for (let j = 0; j < columnCount; j++) {
    offsets[j] = histogramLength;
    histogramLength += 2 * matrix.columns[j].binCount;
  }
  const codes = matrix.codes;
  // Two bytes per cell keep the hot loops' memory traffic low; wide categorical samples need four.
  const slots = histogramLength <= 0xffff ? new Uint16Array(rowCount * columnCount) : new Uint32Array(rowCount * columnCount);
  // The root holds every row in every round, so its row counts are counted once.
  const rootCounts = new Float64Array(histogramLength);
  for (let r = 0, cell = 0; r < rowCount; r++) {
    for (let j = 0; j < columnCount; j++, cell++) {
      const slot = offsets[j] + 2 * codes[cell];
      slots[cell] = slot;
      rootCounts[slot + 1] += rowCounts[r];
    }
  }

  const scores = new Float64Array(rowCount).fill(baseScore);
  const gradients = new Float64Array(rowCount);
  const hessians = new Float64Array(rowCount);
  const allRows = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) allRows[r] = r;
  const gainByColumn = new Float64Array(columnCount);
  const trees: TreeNode[] = [];

  // Row lists of the children of a node at depth d live in these, reused from node to node: depth-first
  // growth finishes with a node's subtree before its sibling at the same depth overwrites them.
  const leftBuffers = Array.from({ length: settings.maxDepth }, () => new Int32Array(rowCount));
  const rightBuffers = Array.from({ length: settings.maxDepth }, () => new Int32Array(rowCount));
  // gradientSum and hessianSum are exact sums over the node's rows (the leaf value needs them);
  // the histogram's sums of the same gradients may differ from them in the last bits.
  const grow = (rows: Int32Array, histogram: Float64Array | null, gradientSum: number, hessianSum: number, rowSum: number, depth: number): TreeNode => {
    const split = histogram === null ? null : bestSplit(histogram, offsets, matrix.columns, gradientSum, rowSum, settings);
    if (split === null || histogram === null) {
      const value = (-gradientSum / (hessianSum + settings.l2)) * settings.learningRate;
      for (let k = 0; k < rows.length; k++) scores[rows[k]] += value;
      return { kind: 'leaf', value };
    }
    gainByColumn[split.column] += split.gain;
    const { leftRows, rightRows, leftGradient, leftHessian } = partitionRows(
      rows, split.goesLeft, matrix.columnCodes[split.column], gradients, hessians, leftBuffers[depth], rightBuffers[depth],
    );
    let leftHistogram: Float64Array | null = null;
    let rightHistogram: Float64Array | null = null;
    if (depth + 1 < settings.maxDepth) {
      const leftIsSmaller = leftRows.length <= rightRows.length;
      const smaller = new Float64Array(histogramLength);
      accumulateHistogram(leftIsSmaller ? leftRows : rightRows, slots, columnCount, gradients, rowCounts, smaller);
      const larger = new Float64Array(histogramLength);
      for (let s = 0; s < histogramLength; s++) larger[s] = histogram[s] - smaller[s];
      leftHistogram = leftIsSmaller ? smaller : larger;
      rightHistogram = leftIsSmaller ? larger : smaller;
    }
    const left = grow(leftRows, leftHistogram, leftGradient, leftHessian, split.leftRows, depth + 1);
    const right = grow(rightRows, rightHistogram, gradientSum - leftGradient, hessianSum - leftHessian, rowSum - split.leftRows, depth + 1);
    return { kind: 'split', column: split.column, goesLeft: split.goesLeft, left, right };
  };

  for (let round = 0; round < settings.rounds; round++) {
    const { gradientSum, hessianSum } = logisticGradients(scores, rowCounts, positiveCounts, gradients, hessians);
    let rootHistogram: Float64Array | null = null;
    if (settings.maxDepth > 0) {
      rootHistogram = rootCounts.slice();
      accumulateGradients(slots, columnCount, gradients, rootHistogram);
    }
    trees.push(grow(allRows, rootHistogram, gradientSum, hessianSum, total, 0));
  }
  return { model: { baseScore, trees }, gainByColumn };
}

/**
 * Adds each listed row's gradient and row count into its bin of every column. With the next function, the
 * hot loops of training: top-level functions over typed arrays, unrolled by four by hand (measured ~1.6×
 * faster in V8, which does not unroll a loop whose bound is a variable).
 */
function accumulateHistogram(
  rows: Int32Array,
  slots: Uint16Array | Uint32Array,
  columnCount: number,
  gradients: Float64Array,
  rowCounts: Float64Array,
  histogram: Float64Array,
): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const gradient = gradients[r];
    const count = rowCounts[r];
    let cell = r * columnCount;
    const end = cell + columnCount;
    for (; cell + 3 < end; cell += 4) {
      const slot0 = slots[cell];
      const slot1 = slots[cell + 1];
      const slot2 = slots[cell + 2];
      const slot3 = slots[cell + 3];
      histogram[slot0] += gradient;
      histogram[slot0 + 1] += count;
      histogram[slot1] += gradient;
      histogram[slot1 + 1] += count;
      histogram[slot2] += gradient;
      histogram[slot2 + 1] += count;
      histogram[slot3] += gradient;
      histogram[slot3 + 1] += count;
    }
    for (; cell < end; cell++) {
      histogram[slots[cell]] += gradient;
      histogram[slots[cell] + 1] += count;
    }
  }
}

/** Adds every row's gradient into its bin of every column (the root, whose counts are already in place). */
function accumulateGradients(slots: Uint16Array | Uint32Array, columnCount: number, gradients: Float64Array, histogram: Float64Array): void {
  const rowCount = gradients.length;
  let cell = 0;
  for (let r = 0; r < rowCount; r++) {
    const gradient = gradients[r];
    const end = cell + columnCount;
    for (; cell + 3 < end; cell += 4) {
      histogram[slots[cell]] += gradient;
      histogram[slots[cell + 1]] += gradient;
      histogram[slots[cell + 2]] += gradient;
      histogram[slots[cell + 3]] += gradient;
    }
    for (; cell < end; cell++) histogram[slots[cell]] += gradient;
  }
}

/** Logistic-loss gradient n·p − positives and hessian n·p·(1−p) per (weighted) row, and their sums. */
function logisticGradients(
  scores: Float64Array,
  rowCounts: Float64Array,
  positiveCounts: Float64Array,
  gradients: Float64Array,
  hessians: Float64Array,
): { gradientSum: number; hessianSum: number } {
  let gradientSum = 0;
  let hessianSum = 0;
  for (let r = 0; r < scores.length; r++) {
    const probability = 1 / (1 + Math.exp(-scores[r]));
    const gradient = rowCounts[r] * probability - positiveCounts[r];
    const hessian = rowCounts[r] * probability * (1 - probability);
    gradients[r] = gradient;
    hessians[r] = hessian;
    gradientSum += gradient;
    hessianSum += hessian;
  }
  return { gradientSum, hessianSum };
}

/**
 * Splits a node's rows (kept in order) into views of the two buffers, and sums the gradient and hessian of
 * the left side in the same pass.
 */
function partitionRows(
  rows: Int32Array,
  goesLeft: Uint8Array,
  columnCodes: Uint8Array,
  gradients: Float64Array,
  hessians: Float64Array,
  left: Int32Array,
  right: Int32Array,
): { leftRows: Int32Array; rightRows: Int32Array; leftGradient: number; leftHessian: number } {
  let leftCount = 0;
  let rightCount = 0;
  let leftGradient = 0;
  let leftHessian = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (goesLeft[columnCodes[r]] === 1) {
      left[leftCount++] = r;
      leftGradient += gradients[r];
      leftHessian += hessians[r];
    } else {
      right[rightCount++] = r;
    }
  }
  return { leftRows: left.subarray(0, leftCount), rightRows: right.subarray(0, rightCount), leftGradient, leftHessian };
}

/** Log-odds scores of every row of `matrix` (same columns, in the same order, as the training matrix). */
export function predictBoostedTrees(model: BoostedTrees, matrix: BinnedMatrix): Float64Array {
  const columnCount = matrix.columns.length;
  const codes = matrix.codes;
  const scores = new Float64Array(matrix.rowCount).fill(model.baseScore);
  for (const tree of model.trees) {
    for (let r = 0; r < matrix.rowCount; r++) {
      let node = tree;
      while (node.kind === 'split') node = node.goesLeft[codes[r * columnCount + node.column]] === 1 ? node.left : node.right;
      scores[r] += node.value;
    }
  }
  return scores;
}
