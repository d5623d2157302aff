import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mulberry32 } from '../../../shared/multivariate/seededRandom';
import { stratifiedFolds } from '../../../shared/multivariate/stratifiedFolds';

function labels(reference: number, current: number): Uint8Array {
  const isCurrent = new Uint8Array(reference + current);
  isCurrent.fill(1, reference);
  return isCurrent;
}

function countsPerFold(isCurrent: Uint8Array, foldOf: Uint8Array, folds: number): { reference: number[]; current: number[] } {
  const reference = new Array<number>(folds).fill(0);
  const current = new Array<number>(folds).fill(0);
  for (let i = 0; i < isCurrent.length; i++) (isCurrent[i] === 1 ? current : reference)[foldOf[i]]++;
  return { reference, current };
}

describe('stratifiedFolds', () => {
  test('every fold gets the same share of each window, within one row', () => {
    const isCurrent = labels(1003, 298);
    const foldOf = stratifiedFolds(isCurrent, 5, mulberry32(1));
    const { reference, current } = countsPerFold(isCurrent, foldOf, 5);
    assert.ok(Math.max(...reference) - Math.min(...reference) <= 1, `reference ${reference}`);
    assert.ok(Math.max(...current) - Math.min(...current) <= 1, `current ${current}`);
    const totals = reference.map((count, fold) => count + current[fold]);
    assert.ok(Math.max(...totals) - Math.min(...totals) <= 1, `totals ${totals}`);
  });

  test('with exactly `folds` rows in a window, each fold gets one of them', () => {
    const isCurrent = labels(100, 5);
    const { current } = countsPerFold(isCurrent, stratifiedFolds(isCurrent, 5, mulberry32(9)), 5);
    assert.deepEqual(current, [1, 1, 1, 1, 1]);
  });

  test('is deterministic for a seed and changes with it', () => {
    const isCurrent = labels(200, 200);
    assert.deepEqual(stratifiedFolds(isCurrent, 5, mulberry32(4)), stratifiedFolds(isCurrent, 5, mulberry32(4)));
    assert.notDeepEqual(stratifiedFolds(isCurrent, 5, mulberry32(4)), stratifiedFolds(isCurrent, 5, mulberry32(5)));
  });

  test('does not simply deal rows in input order', () => {
    const isCurrent = labels(500, 0);
    const foldOf = stratifiedFolds(isCurrent, 5, mulberry32(2));
    const roundRobin = Uint8Array.from({ length: 500 }, (_, index) => index % 5);
    assert.notDeepEqual(foldOf, roundRobin);
  });
});
