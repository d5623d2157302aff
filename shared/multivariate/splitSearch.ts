import type { BinnedColumn } from './binnedColumn';

/**
 * The best single split of a tree node, found from per-bin sums of the gradient G and of the row count N (a
 * histogram, as in LightGBM). The gain is the reduction in squared error of fitting the gradients by a mean
 * per side, with an L2 penalty λ on those means: ½·[G_L²/(N_L+λ) + G_R²/(N_R+λ) − G²/(N+λ)]. That is Friedman's
 * gradient boosting (and scikit-learn's GradientBoostingClassifier): split on the pseudo-residuals, then set
 * leaf values by a Newton step. Using row counts instead of hessians here lets the root's count histogram be
 * built once per model rather than once per round; where p stays away from 0 and 1, as it does for windows
 * that overlap at all, the hessian p(1−p) is nearly constant and the chosen splits are the same.
 *
 * Numeric columns split on order: "bin ≤ t" goes left, with the missing bin tried on each side, and also
 * "missing vs present". Categorical columns use Fisher's result (also LightGBM's): sorting the categories by
 * G/(N+λ) and splitting that order at the best point finds the best two-way partition of the categories, so
 * a mix change over several categories is one split, not one one-hot split per category.
 */
export interface Split {
  column: number;
  /** goesLeft[code] = 1 sends a row with that bin code to the left child; bins unseen in this node go right. */
  goesLeft: Uint8Array;
  gain: number;
  leftGradient: number;
  leftRows: number;
}

export interface SplitConstraints {
  l2: number;
  /** A split is refused when either side holds fewer rows. */
  minLeafRows: number;
}

export type SplitColumn = Pick<BinnedColumn, 'kind' | 'binCount'>;

/**
 * Histogram layout: for column j and bin b, `histogram[offsets[j] + 2b]` holds the gradient sum and the next
 * slot the row count. Returns null when no split has positive gain under the constraints. Ties go to the
 * lower column index, so the result is deterministic.
 */
export function bestSplit(
  histogram: Float64Array,
  offsets: Int32Array,
  columns: readonly SplitColumn[],
  gradientSum: number,
  rowSum: number,
  constraints: SplitConstraints,
): Split | null {
  const { l2, minLeafRows } = constraints;
  const parentScore = (gradientSum * gradientSum) / (rowSum + l2);
  let bestGain = 0;
  let bestColumn = -1;
  let bestLeftGradient = 0;
  let bestLeftRows = 0;
  // Numeric winner: bins 1..bestThreshold left, the missing bin left when bestMissingLeft (threshold 0 = missing only).
  let bestThreshold = 0;
  let bestMissingLeft = false;
  // Categorical winner: the first bestPrefix bins of bestOrder go left.
  let bestOrder: number[] | null = null;
  let bestPrefix = 0;

  const gainOf = (leftGradient: number, leftRows: number): number => {
    const rightRows = rowSum - leftRows;
    if (leftRows < minLeafRows || rightRows < minLeafRows) return 0;
    const rightGradient = gradientSum - leftGradient;
    return 0.5 * ((leftGradient * leftGradient) / (leftRows + l2) + (rightGradient * rightGradient) / (rightRows + l2) - parentScore);
  };

  for (let column = 0; column < columns.length; column++) {
    const offset = offsets[column];
    const binCount = columns[column].binCount;
    if (columns[column].kind === 'numeric') {
      const missingGradient = histogram[offset];
      const missingRows = histogram[offset + 1];
      let gain = gainOf(missingGradient, missingRows);
      if (gain > bestGain) {
        bestGain = gain; bestColumn = column; bestLeftGradient = missingGradient; bestLeftRows = missingRows;
        bestThreshold = 0; bestMissingLeft = true; bestOrder = null;
      }
      let leftGradient = 0;
      let leftRows = 0;
      for (let threshold = 1; threshold < binCount - 1; threshold++) {
        leftGradient += histogram[offset + 2 * threshold];
        leftRows += histogram[offset + 2 * threshold + 1];
        gain = gainOf(leftGradient, leftRows);
        if (gain > bestGain) {
          bestGain = gain; bestColumn = column; bestLeftGradient = leftGradient; bestLeftRows = leftRows;
          bestThreshold = threshold; bestMissingLeft = false; bestOrder = null;
        }
        if (missingRows > 0) {
          gain = gainOf(leftGradient + missingGradient, leftRows + missingRows);
          if (gain > bestGain) {
            bestGain = gain; bestColumn = column;
            bestLeftGradient = leftGradient + missingGradient; bestLeftRows = leftRows + missingRows;
            bestThreshold = threshold; bestMissingLeft = true; bestOrder = null;
          }
        }
      }
    } else {
      const order: number[] = [];
      for (let bin = 0; bin < binCount; bin++) if (histogram[offset + 2 * bin + 1] > 0) order.push(bin);
      if (order.length < 2) continue;
      const ratio = (bin: number) => histogram[offset + 2 * bin] / (histogram[offset + 2 * bin + 1] + l2);
      order.sort((a, b) => ratio(a) - ratio(b) || a - b);
      let leftGradient = 0;
      let leftRows = 0;
      for (let prefix = 1; prefix < order.length; prefix++) {
        leftGradient += histogram[offset + 2 * order[prefix - 1]];
        leftRows += histogram[offset + 2 * order[prefix - 1] + 1];
        const gain = gainOf(leftGradient, leftRows);
        if (gain > bestGain) {
          bestGain = gain; bestColumn = column; bestLeftGradient = leftGradient; bestLeftRows = leftRows;
          bestOrder = order; bestPrefix = prefix;
        }
      }
    }
  }
  if (bestColumn < 0) return null;

  const goesLeft = new Uint8Array(columns[bestColumn].binCount);
  if (bestOrder !== null) {
    for (let k = 0; k < bestPrefix; k++) goesLeft[bestOrder[k]] = 1;
  } else {
    for (let bin = 1; bin <= bestThreshold; bin++) goesLeft[bin] = 1;
    if (bestMissingLeft) goesLeft[0] = 1;
  }
  return { column: bestColumn, goesLeft, gain: bestGain, leftGradient: bestLeftGradient, leftRows: bestLeftRows };
}
