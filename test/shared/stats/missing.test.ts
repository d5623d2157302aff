import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { missingnessTest, missingStatistic } from '../../../shared/stats/missing';
import { StatisticInputError } from '../../../shared/stats/errors';
import { assertPValue, assertRelative, assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('missingnessTest against the pooled two-proportion z-test (scipy norm.sf)', () => {
  for (const c of oracle.missing) {
    test(`matches on "${c.name}"`, () => {
      const result = missingnessTest(c.ref_nulls, c.ref_rows, c.cur_nulls, c.cur_rows);
      assertStatistic(result.value, c.value, 'rate difference');
      assertPValue(result.p_value, c.p_value, 'p-value');
      if (c.p_value > 1e-300) assertRelative(result.p_value, c.p_value, 1e-9, 'p-value (relative)');
    });
  }
});

describe('missingnessTest on hand-worked examples', () => {
  test('computes z = 0.1/sqrt(0.15·0.85·(2/100)) for 10/100 vs 20/100 nulls', () => {
    // Pooled 30/200 = 0.15; se = sqrt(0.15·0.85·0.02) = 0.0504975; z = 1.9802951; p = 2·sf(z) = 0.0476704.
    const result = missingnessTest(10, 100, 20, 100);
    assertStatistic(result.value, 0.1, 'value');
    assertStatistic(result.z, 0.1 / Math.sqrt(0.15 * 0.85 * 0.02), 'z');
    assertRelative(result.p_value, 0.04767038065616141, 1e-9, 'p');
  });

  test('gives p = 1 when neither window has nulls', () => {
    assert.deepEqual(missingnessTest(0, 10, 0, 20), {
      value: 0,
      p_value: 1,
      z: 0,
      reference_null_rate: 0,
      current_null_rate: 0,
    });
  });

  test('throws EMPTY_WINDOW naming a window without rows', () => {
    assert.throws(
      () => missingnessTest(0, 0, 1, 10),
      (error: unknown) => error instanceof StatisticInputError && error.code === 'EMPTY_WINDOW' && error.window === 'reference',
    );
  });

  test('rejects more nulls than rows', () => {
    assert.throws(() => missingnessTest(1, 10, 11, 10), /nulls ≤ rows/);
  });

  test('applies to both kinds and has a p-value', () => {
    assert.deepEqual(missingStatistic, { id: 'missing', kinds: ['numeric', 'categorical'], hasPValue: true });
  });
});
