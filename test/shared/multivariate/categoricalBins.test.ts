import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { binCategoricalColumn, categoricalBinLabels, OTHER_CATEGORY } from '../../../shared/multivariate/categoricalBins';

describe('categorical bins', () => {
  test('keeps the most frequent values, ties by code-unit order, and pools the rest as __other__', () => {
    const values = ['b', 'a', 'c', 'a', 'b', 'd', null, 'e', 'a'];
    assert.deepEqual(categoricalBinLabels(values, 2), ['a', 'b', OTHER_CATEGORY]);
    assert.deepEqual(categoricalBinLabels(values, 10), ['a', 'b', 'c', 'd', 'e']);
    const column = binCategoricalColumn('x', values, 2);
    assert.equal(column.binCount, 4); // missing, a, b, __other__
    assert.deepEqual(Array.from(column.codes), [2, 1, 3, 1, 2, 3, 0, 3, 1]);
  });

  test('without overflow there is no __other__ bin', () => {
    const column = binCategoricalColumn('x', ['x', 'y', null], 20);
    assert.equal(column.binCount, 3);
    assert.deepEqual(Array.from(column.codes), [1, 2, 0]);
  });

  test('ordering is locale-free: upper case sorts before lower case', () => {
    assert.deepEqual(categoricalBinLabels(['b', 'B', 'a', 'A'], 10), ['A', 'B', 'a', 'b']);
  });
});
