import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { wasserstein, wassersteinStatistic } from '../../../shared/stats/wasserstein';
import { StatisticInputError } from '../../../shared/stats/errors';
import { assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('wasserstein against scipy.stats.wasserstein_distance', () => {
  for (const c of oracle.wasserstein) {
    test(`matches scipy on "${c.name}"`, () => {
      assertStatistic(wasserstein(c.values, c.ref_counts, c.cur_counts).value, c.distance, 'W1');
    });
  }

  test('accepts Float64Array values and counts', () => {
    const c = oracle.wasserstein[4];
    const result = wasserstein(Float64Array.from(c.values), Float64Array.from(c.ref_counts), Float64Array.from(c.cur_counts));
    assertStatistic(result.value, c.distance, 'W1');
  });
});

describe('wasserstein on hand-worked examples', () => {
  test('is the mean shift when one point mass moves: {0, 1, 3} vs {5, 6, 8} = 5', () => {
    // scipy's docstring example. Values 0,1,3,5,6,8: |F_u − F_v| = 1/3, 2/3, 1, 2/3, 1/3 on the gaps 1, 2, 2, 1, 2,
    // so W1 = 1/3 + 4/3 + 2 + 2/3 + 2/3 = 5.
    const result = wasserstein([0, 1, 3, 5, 6, 8], [1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 1, 1]);
    assertStatistic(result.value, 5, 'W1');
  });

  test('weights by counts: ref {0, 0, 0, 1} vs cur {0, 1, 1, 1} = 0.5', () => {
    // F_ref(0) = 3/4, F_cur(0) = 1/4; the gap 1/2 spans [0, 1).
    assertStatistic(wasserstein([0, 1], [3, 1], [1, 3]).value, 0.5, 'W1');
  });

  test('is 0 for a single shared value', () => {
    assert.equal(wasserstein([7], [3], [5]).value, 0);
  });

  test('throws EMPTY_WINDOW naming the empty window', () => {
    assert.throws(
      () => wasserstein([1, 2], [1, 1], [0, 0]),
      (error: unknown) => error instanceof StatisticInputError && error.code === 'EMPTY_WINDOW' && error.window === 'current',
    );
  });

  test('rejects unsorted or repeated values', () => {
    assert.throws(() => wasserstein([2, 1], [1, 1], [1, 1]), /ascending/);
    assert.throws(() => wasserstein([1, 1], [1, 1], [1, 1]), /ascending/);
    assert.throws(() => wasserstein([1, 2, 3], [1, 1], [1, 1]), /one count per distinct value/);
  });

  test('describes itself as a numeric distance without a default threshold', () => {
    assert.deepEqual(wassersteinStatistic, { id: 'wasserstein', kinds: ['numeric'], hasPValue: false });
  });
});
