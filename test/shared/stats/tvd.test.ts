import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { tvd, tvdStatistic } from '../../../shared/stats/tvd';
import { assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('tvd against numpy ½ Σ |p − q|', () => {
  for (const c of oracle.binned) {
    test(`matches on "${c.name}"`, () => {
      assertStatistic(tvd(c.ref_counts, c.cur_counts).value, c.tvd, 'tvd');
    });
  }
});

describe('tvd on hand-worked examples', () => {
  test('is ½(|0.5 − 0.2| + |0.5 − 0.3| + |0 − 0.5|) = 0.5', () => {
    assertStatistic(tvd([5, 5, 0], [2, 3, 5]).value, 0.5, 'tvd');
  });

  test('applies to categorical columns only', () => {
    assert.deepEqual(tvdStatistic.kinds, ['categorical']);
  });
});
