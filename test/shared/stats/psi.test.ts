import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { psi, PSI_ZERO_REPLACEMENT, psiStatistic } from '../../../shared/stats/psi';
import { StatisticInputError } from '../../../shared/stats/errors';
import { assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('psi against numpy (evidently\'s formula)', () => {
  for (const c of oracle.binned) {
    test(`matches on "${c.name}"`, () => {
      assertStatistic(psi(c.ref_counts, c.cur_counts).value, c.psi, 'psi');
    });
  }
});

describe('psi on hand-worked examples', () => {
  test('computes Σ (q − p) ln(q/p) for p = (0.5, 0.5), q = (0.25, 0.75)', () => {
    // (0.25 − 0.5)·ln(0.5) + (0.75 − 0.5)·ln(1.5) = 0.25·ln 2 + 0.25·ln 1.5 = 0.25·ln 3 = 0.27465307216702745.
    assertStatistic(psi([50, 50], [25, 75]).value, 0.25 * Math.log(3), 'psi');
  });

  test('replaces a zero proportion by 1e-4 before taking logs, and records it', () => {
    // p = (1, 0) → (1, 1e-4); q = (0.5, 0.5): (0.5 − 1)·ln 0.5 + (0.5 − 1e-4)·ln(0.5/1e-4).
    const result = psi([10, 0], [5, 5]);
    assertStatistic(result.value, -0.5 * Math.log(0.5) + (0.5 - 1e-4) * Math.log(0.5 / 1e-4), 'psi');
    assert.equal(result.zero_replacement, PSI_ZERO_REPLACEMENT);
    assert.equal(result.replaced_proportions, 1);
  });

  test('is 0 for equal proportions', () => {
    assert.equal(psi([1, 2, 3], [2, 4, 6]).value, 0);
  });

  test('throws EMPTY_WINDOW for a reference without values', () => {
    assert.throws(
      () => psi([0, 0], [1, 1]),
      (error: unknown) => error instanceof StatisticInputError && error.code === 'EMPTY_WINDOW' && error.window === 'reference',
    );
  });

  test('carries the effect threshold 0.2 for both column kinds', () => {
    assert.deepEqual(psiStatistic, { id: 'psi', kinds: ['numeric', 'categorical'], effect: { defaultThreshold: 0.2 }, hasPValue: false });
  });
});
