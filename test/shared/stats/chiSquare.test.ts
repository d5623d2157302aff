import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chiSquare, chiSquareStatistic } from '../../../shared/stats/chiSquare';
import { StatisticInputError } from '../../../shared/stats/errors';
import { assertPValue, assertRelative, assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('chiSquare against scipy.stats.chi2_contingency(correction=False)', () => {
  for (const c of oracle.binned) {
    test(`matches scipy on "${c.name}"`, () => {
      const result = chiSquare(c.ref_counts, c.cur_counts);
      assertStatistic(result.value, c.chi_square.statistic, 'statistic');
      assertPValue(result.p_value, c.chi_square.p_value, 'p-value');
      if (c.chi_square.p_value > 1e-300) assertRelative(result.p_value, c.chi_square.p_value, 1e-8, 'p-value (relative)');
      assert.equal(result.dof, c.chi_square.dof);
      assert.equal(result.dropped_bins, c.chi_square.dropped_bins);
    });
  }

  test('drops bins empty in both windows, where scipy itself raises on zero expected frequencies', () => {
    const raising = oracle.binned.filter((c) => c.chi_square.scipy_raises_on_full_table);
    assert.ok(raising.length >= 1);
    for (const c of raising) assert.ok(chiSquare(c.ref_counts, c.cur_counts).dropped_bins >= 1, c.name);
  });
});

describe('chiSquare on hand-worked examples', () => {
  test('computes the 2×2 statistic: [[10, 20], [20, 10]] gives 6.666… with 1 dof', () => {
    // Row and column totals are all 30, total 60, so every expected count is 15 and
    // χ² = 4 · (5²/15) = 6.6667; p = P(χ²₁ ≥ 6.6667) = 0.009823274507519235.
    const result = chiSquare([10, 20], [20, 10]);
    assertStatistic(result.value, 20 / 3, 'statistic');
    assertRelative(result.p_value, 0.009823274507519235, 1e-10, 'p');
    assert.equal(result.dof, 1);
  });

  test('returns scipy\'s degenerate answer (0, p = 1, dof 0) for a single category', () => {
    assert.deepEqual(chiSquare([5, 0], [7, 0]), { value: 0, p_value: 1, dof: 0, dropped_bins: 1 });
  });

  test('throws EMPTY_WINDOW for an empty window', () => {
    assert.throws(
      () => chiSquare([0, 0], [2, 1]),
      (error: unknown) => error instanceof StatisticInputError && error.code === 'EMPTY_WINDOW' && error.window === 'reference',
    );
  });

  test('is a categorical test with a p-value', () => {
    assert.deepEqual(chiSquareStatistic, { id: 'chi_square', kinds: ['categorical'], hasPValue: true });
  });
});
