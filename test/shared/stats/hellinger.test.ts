import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { hellinger, hellingerStatistic } from '../../../shared/stats/hellinger';
import { assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('hellinger against numpy sqrt(1 − Σ sqrt(p·q))', () => {
  for (const c of oracle.binned) {
    test(`matches on "${c.name}"`, () => {
      // Near zero the square root turns 1e-16 rounding into 1e-8, still inside the 1e-6 tolerance.
      assertStatistic(hellinger(c.ref_counts, c.cur_counts).value, c.hellinger, 'hellinger');
    });
  }
});

describe('hellinger on hand-worked examples', () => {
  test('is sqrt(1 − sqrt(½)) for p = (1, 0), q = (½, ½)', () => {
    // Σ sqrt(p q) = sqrt(1 · ½) = 0.7071…; distance sqrt(1 − 0.7071…) = 0.5411961001461971.
    assertStatistic(hellinger([2, 0], [1, 1]).value, Math.sqrt(1 - Math.SQRT1_2), 'hellinger');
  });

  test('is 1 for disjoint supports and never NaN for identical ones', () => {
    assert.equal(hellinger([1, 0], [0, 1]).value, 1);
    const same = hellinger([1, 1, 1, 1, 1, 1, 1], [3, 3, 3, 3, 3, 3, 3]).value;
    assert.ok(same >= 0 && same < 1e-7, `got ${same}`);
  });

  test('has no default threshold in DESIGN.md', () => {
    assert.equal(hellingerStatistic.effect, undefined);
  });
});
