import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bestSplit, type SplitColumn } from '../../../shared/multivariate/splitSearch';

/** One column's histogram from per-bin [gradient sum, row count] pairs. */
function histogramOf(...columns: Array<Array<[number, number]>>): { histogram: Float64Array; offsets: Int32Array } {
  const offsets = new Int32Array(columns.length);
  const flat: number[] = [];
  columns.forEach((bins, index) => {
    offsets[index] = flat.length;
    for (const [gradient, rows] of bins) flat.push(gradient, rows);
  });
  return { histogram: Float64Array.from(flat), offsets };
}

function totals(histogram: Float64Array, offsets: Int32Array, binCount: number): [number, number] {
  let gradient = 0;
  let rows = 0;
  for (let bin = 0; bin < binCount; bin++) {
    gradient += histogram[offsets[0] + 2 * bin];
    rows += histogram[offsets[0] + 2 * bin + 1];
  }
  return [gradient, rows];
}

const constraints = { l2: 1, minLeafRows: 5 };

describe('bestSplit', () => {
  test('splits an ordered column where the gradient changes sign', () => {
    // bins: missing (empty), then four value bins: the first two lean one way, the last two the other.
    const { histogram, offsets } = histogramOf([[0, 0], [-10, 20], [-8, 20], [9, 20], [9, 20]]);
    const columns: SplitColumn[] = [{ kind: 'numeric', binCount: 5 }];
    const split = bestSplit(histogram, offsets, columns, ...totals(histogram, offsets, 5), constraints);
    assert.ok(split);
    assert.deepEqual(Array.from(split.goesLeft), [0, 1, 1, 0, 0]);
    assert.equal(split.leftGradient, -18);
    assert.equal(split.leftRows, 40);
    // ½·[18²/41 + 18²/41 − 0²/81]
    assert.ok(Math.abs(split.gain - 0.5 * ((18 * 18) / 41 + (18 * 18) / 41)) < 1e-12);
  });

  test('sends the missing bin to the side it resembles, or splits on missingness alone', () => {
    const leaning = histogramOf([[-9, 20], [-10, 20], [0, 20], [10, 20]]);
    const columns: SplitColumn[] = [{ kind: 'numeric', binCount: 4 }];
    const withMissing = bestSplit(leaning.histogram, leaning.offsets, columns, ...totals(leaning.histogram, leaning.offsets, 4), constraints);
    assert.ok(withMissing);
    assert.equal(withMissing.goesLeft[0], withMissing.goesLeft[1], 'missing rows go with bin 1');

    const onlyMissing = histogramOf([[-20, 30], [5, 30], [5, 30], [5, 30], [5, 30]]);
    const missingColumns: SplitColumn[] = [{ kind: 'numeric', binCount: 5 }];
    const split = bestSplit(onlyMissing.histogram, onlyMissing.offsets, missingColumns, ...totals(onlyMissing.histogram, onlyMissing.offsets, 5), constraints);
    assert.ok(split);
    assert.deepEqual(Array.from(split.goesLeft), [1, 0, 0, 0, 0]);
  });

  test('groups categories by their mean gradient, not by code order', () => {
    // Codes 1 and 3 lean negative, 2 and 4 positive: one split must separate {1,3} from {2,4}.
    const { histogram, offsets } = histogramOf([[0, 0], [-10, 20], [10, 20], [-10, 20], [10, 20]]);
    const columns: SplitColumn[] = [{ kind: 'categorical', binCount: 5 }];
    const split = bestSplit(histogram, offsets, columns, ...totals(histogram, offsets, 5), constraints);
    assert.ok(split);
    assert.equal(split.goesLeft[1], split.goesLeft[3]);
    assert.equal(split.goesLeft[2], split.goesLeft[4]);
    assert.notEqual(split.goesLeft[1], split.goesLeft[2]);
    assert.equal(split.goesLeft[0], 0, 'a bin with no rows goes right');
  });

  test('picks the more informative column and breaks ties by column order', () => {
    const weak: Array<[number, number]> = [[0, 0], [-2, 20], [2, 20]];
    const strong: Array<[number, number]> = [[0, 0], [-9, 20], [9, 20]];
    const columns: SplitColumn[] = [{ kind: 'numeric', binCount: 3 }, { kind: 'numeric', binCount: 3 }];
    const mixed = histogramOf(weak, strong);
    assert.equal(bestSplit(mixed.histogram, mixed.offsets, columns, 0, 40, constraints)?.column, 1);
    const twins = histogramOf(strong, strong);
    assert.equal(bestSplit(twins.histogram, twins.offsets, columns, 0, 40, constraints)?.column, 0);
  });

  test('refuses splits that leave a side with fewer than minLeafRows rows, and flat gradients', () => {
    const small = histogramOf([[0, 0], [-4, 4], [4, 40]]);
    const columns: SplitColumn[] = [{ kind: 'numeric', binCount: 3 }];
    assert.equal(bestSplit(small.histogram, small.offsets, columns, 0, 44, constraints), null);
    const flat = histogramOf([[0, 0], [0, 20], [0, 20]]);
    assert.equal(bestSplit(flat.histogram, flat.offsets, columns, 0, 40, constraints), null);
  });
});
