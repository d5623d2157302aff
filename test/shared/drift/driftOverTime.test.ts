import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DriftAggregates } from '../../../shared/drift/driftAggregates';
import { buildOverTimeMatrix, overTimeColumns } from '../../../shared/drift/driftOverTime';
import { psi } from '../../../shared/stats/psi';

const aggregates: DriftAggregates = {
  rows: { reference: 100, current: 60 },
  approximate: false,
  statements: [],
  numeric: [{
    name: 'amount', alias: 'n0', finiteReference: 90, finiteCurrent: 60, nonFiniteReference: 0, nonFiniteCurrent: 0,
    ksDistance: 0, wasserstein: 0, stdReference: 1, distinctReference: 50, distinctCurrent: 50, maxMassReference: 0.02, maxMassCurrent: 0.02,
    approximate: false,
    quantiles: { reference: {}, current: {} },
    binning: { method: 'quantile', edges: [1, 2], reference: [30, 30, 30], current: [20, 20, 20] },
  }],
  categorical: [{
    name: 'region', alias: 'k0', values: ['eu', 'us'], reference: [50, 50], current: [30, 30],
  }],
};

describe('buildOverTimeMatrix', () => {
  const columns = overTimeColumns(aggregates);

  test('uses the reference bins of the main run and one statistic per bucket', () => {
    const matrix = buildOverTimeMatrix(aggregates, columns, [
      { bucket: 'd1', col: 'n0', key: '0', n: 10 }, { bucket: 'd1', col: 'n0', key: '1', n: 10 }, { bucket: 'd1', col: 'n0', key: '2', n: 10 },
      { bucket: 'd2', col: 'n0', key: '2', n: 25 }, { bucket: 'd2', col: 'n0', key: null, n: 5 },
      { bucket: 'd1', col: 'k0', key: 'eu', n: 15 }, { bucket: 'd1', col: 'k0', key: 'us', n: 15 },
      { bucket: 'd2', col: 'k0', key: 'eu', n: 10 }, { bucket: 'd2', col: 'k0', key: 'apac', n: 20 },
    ], 'day', 'psi', 'event_time');
    assert.deepEqual(matrix.buckets, ['d1', 'd2']);
    assert.deepEqual(matrix.rows, [30, 30]);
    const amount = matrix.columns.find((column) => column.name === 'amount')!;
    assert.ok(Math.abs(amount.values[0]!) < 1e-12, 'a bucket shaped like the reference has PSI 0');
    assert.equal(amount.values[1], psi([30, 30, 30], [0, 0, 25]).value);
    const region = matrix.columns.find((column) => column.name === 'region')!;
    assert.equal(region.values[1], psi([50, 50, 0], [10, 0, 20]).value, 'a new category joins the bins with a reference count of 0');
  });

  test('missing: the change of the null rate against the reference window', () => {
    const matrix = buildOverTimeMatrix(aggregates, columns, [
      { bucket: 'd1', col: 'n0', key: '0', n: 9 }, { bucket: 'd1', col: 'n0', key: null, n: 1 },
      { bucket: 'd2', col: 'n0', key: null, n: 10 },
    ], 'day', 'missing', 'event_time');
    const amount = matrix.columns.find((column) => column.name === 'amount')!;
    assert.ok(Math.abs(amount.values[0]! - (0.1 - 0.1)) < 1e-12);
    assert.ok(Math.abs(amount.values[1]! - (1 - 0.1)) < 1e-12);
  });

  test('a bucket without values of a column is null, not zero', () => {
    const matrix = buildOverTimeMatrix(aggregates, columns, [
      { bucket: 'd1', col: 'n0', key: null, n: 4 }, { bucket: 'd1', col: 'k0', key: 'eu', n: 4 },
    ], 'day', 'jensen_shannon', 'event_time');
    assert.equal(matrix.columns.find((column) => column.name === 'amount')!.values[0], null);
  });
});

describe('buildOverTimeMatrix with many categories', () => {
  test('rare categories share one bin, so a bucket shaped like the reference stays near 0', () => {
    const values = Array.from({ length: 40 }, (_, index) => `c${index}`);
    const many: DriftAggregates = {
      ...aggregates,
      numeric: [],
      categorical: [{
        name: 'merchant', alias: 'k0', values, reference: values.map((_, index) => 100 - index), current: values.map(() => 1),
      }],
    };
    // One row in each of the 10 rarest categories: with one bin per category this is far from the reference.
    const rows = values.slice(30).map((key) => ({ bucket: 'd1', col: 'k0', key, n: 1 }));
    const matrix = buildOverTimeMatrix(many, overTimeColumns(many), rows, 'day', 'psi', 'event_time');
    const rest = values.slice(30).reduce((total, _, index) => total + (100 - 30 - index), 0);
    const expected = psi([...values.slice(0, 30).map((_, index) => 100 - index), rest], [...new Array<number>(30).fill(0), 10]).value;
    assert.ok(Math.abs(matrix.columns[0].values[0]! - expected) < 1e-12);
  });
});
