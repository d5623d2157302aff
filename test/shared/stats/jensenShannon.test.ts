import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { jensenShannon, jensenShannonStatistic } from '../../../shared/stats/jensenShannon';
import { assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('jensenShannon against scipy.spatial.distance.jensenshannon(base=2)', () => {
  for (const c of oracle.binned) {
    test(`matches scipy on "${c.name}"`, () => {
      assertStatistic(jensenShannon(c.ref_counts, c.cur_counts).value, c.jensen_shannon, 'JS distance');
    });
  }
});

describe('jensenShannon on hand-worked examples', () => {
  test('is 1 for disjoint supports (base 2)', () => {
    // m = (½, ½); KL(p‖m) = KL(q‖m) = log2 2 = 1; distance sqrt((1 + 1)/2) = 1.
    assertStatistic(jensenShannon([3, 0], [0, 7]).value, 1, 'JS');
  });

  test('treats 0·log 0 as 0 without zero replacement', () => {
    // p = (1, 0), q = (½, ½), m = (¾, ¼): KL(p‖m) = log2(4/3); KL(q‖m) = ½ log2(2/3) + ½ log2 2.
    const divergence = (Math.log2(4 / 3) + 0.5 * Math.log2(2 / 3) + 0.5) / 2;
    assertStatistic(jensenShannon([4, 0], [1, 1]).value, Math.sqrt(divergence), 'JS');
  });

  test('is 0 for equal proportions', () => {
    assert.equal(jensenShannon([1, 2, 3], [10, 20, 30]).value, 0);
  });

  test('throws for an empty current window', () => {
    assert.throws(() => jensenShannon([1, 2], [0, 0]), /current window has no non-null values/);
  });

  test('carries the effect threshold 0.1', () => {
    assert.deepEqual(jensenShannonStatistic.effect, { defaultThreshold: 0.1 });
  });
});
