import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { wasserstein } from '../../../shared/stats/wasserstein';
import {
  populationStd,
  WASSERSTEIN_NORM_MIN_STD,
  wassersteinNorm,
  wassersteinNormStatistic,
} from '../../../shared/stats/wassersteinNorm';
import { assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('wassersteinNorm against numpy/scipy (evidently\'s normed variant)', () => {
  for (const c of oracle.wasserstein) {
    test(`matches wasserstein_distance / max(numpy.std(ref), 0.001) on "${c.name}"`, () => {
      const referenceValues: number[] = [];
      const referenceCounts: number[] = [];
      c.values.forEach((value, i) => {
        if (c.ref_counts[i] > 0) {
          referenceValues.push(value);
          referenceCounts.push(c.ref_counts[i]);
        }
      });
      const std = populationStd(referenceValues, referenceCounts);
      assertStatistic(std, c.ref_std, 'std');
      const distance = wasserstein(c.values, c.ref_counts, c.cur_counts).value;
      assertStatistic(wassersteinNorm(distance, std).value, c.normed, 'normed');
    });
  }
});

describe('wassersteinNorm on hand-worked examples', () => {
  test('divides by the population std: W = 1 over std 2 gives 0.5', () => {
    // Reference {1, 5}: mean 3, ddof-0 std = 2.
    assert.equal(populationStd([1, 5], [1, 1]), 2);
    assert.equal(wassersteinNorm(1, 2).value, 0.5);
  });

  test('floors a zero std at 0.001 so a constant reference does not divide by zero', () => {
    assert.equal(WASSERSTEIN_NORM_MIN_STD, 0.001);
    assert.equal(wassersteinNorm(0.5, 0).value, 500);
  });

  test('rejects negative or non-finite inputs', () => {
    assert.throws(() => wassersteinNorm(-1, 1), /non-negative/);
    assert.throws(() => wassersteinNorm(1, Number.NaN), /non-negative/);
  });

  test('carries the numeric effect threshold 0.1 from DESIGN.md §3.1', () => {
    assert.deepEqual(wassersteinNormStatistic.effect, { defaultThreshold: 0.1 });
  });
});
