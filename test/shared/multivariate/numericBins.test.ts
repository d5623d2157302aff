import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { binNumericColumn, numericBinCode, numericBinEdges } from '../../../shared/multivariate/numericBins';

describe('numericBinEdges', () => {
  test('a column with few distinct values gets one bin per value', () => {
    const values = Float64Array.from([3, 1, 2, 3, 1, Number.NaN, 2, 2]);
    assert.deepEqual(Array.from(numericBinEdges(values, 32)), [1, 2]);
    const column = binNumericColumn('x', values, 32);
    assert.equal(column.binCount, 4); // missing + {1, 2, 3}
    assert.deepEqual(Array.from(column.codes), [3, 1, 2, 3, 1, 0, 2, 2]);
  });

  test('quantile edges are data values, right-closed, and split 1..100 into equal bins', () => {
    const values = Float64Array.from({ length: 100 }, (_, index) => index + 1);
    assert.deepEqual(Array.from(numericBinEdges(values, 4)), [25, 50, 75]);
    const codes = Array.from(binNumericColumn('x', values, 4).codes);
    for (let bin = 1; bin <= 4; bin++) assert.equal(codes.filter((code) => code === bin).length, 25);
    assert.equal(numericBinCode(25, Float64Array.from([25, 50, 75])), 1);
    assert.equal(numericBinCode(25.5, Float64Array.from([25, 50, 75])), 2);
  });

  test('duplicate edges from heavy ties collapse into one', () => {
    const values = Float64Array.from([...new Array<number>(90).fill(0), ...Array.from({ length: 10 }, (_, index) => index + 1)]);
    const edges = Array.from(numericBinEdges(values, 8));
    assert.deepEqual(edges, [...new Set(edges)]);
    assert.equal(edges[0], 0);
  });

  test('a strictly increasing transform gives the same codes', () => {
    const values = Float64Array.from({ length: 1000 }, (_, index) => Math.sin(index * 12.9898) * 3);
    const transformed = values.map((value) => Math.exp(value) * 1000 - 7);
    assert.deepEqual(binNumericColumn('x', values, 32).codes, binNumericColumn('x', transformed, 32).codes);
  });

  test('NaN is the missing bin, ±Infinity are ordinary extremes, an all-missing column has one bin', () => {
    const values = Float64Array.from({ length: 200 }, (_, index) => index);
    values[0] = -Infinity;
    values[1] = Infinity;
    values[2] = Number.NaN;
    const column = binNumericColumn('x', values, 10);
    assert.equal(column.codes[2], 0);
    assert.equal(column.codes[0], 1);
    assert.equal(column.codes[1], column.binCount - 1);
    const allMissing = binNumericColumn('x', Float64Array.from([Number.NaN, Number.NaN]), 10);
    assert.equal(allMissing.binCount, 2);
    assert.deepEqual(Array.from(allMissing.codes), [0, 0]);
  });
});
