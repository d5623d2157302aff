import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  EXACT_WORK_LIMIT,
  ksDistance,
  NEGLIGIBLE_P_VALUE,
  ksStatistic,
  ksTwoSample,
  ksTwoSamplePValue,
  ksTwoSampleTest,
} from '../../../shared/stats/ks';
import { StatisticInputError } from '../../../shared/stats/errors';
import { assertPValue, assertRelative, assertStatistic, loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

describe('ksTwoSample against scipy.stats.ks_2samp (two-sided, method auto)', () => {
  for (const c of oracle.ks) {
    test(`matches scipy on "${c.name}" (n1=${c.n1}, n2=${c.n2})`, () => {
      const result = ksTwoSample(c.ref_counts, c.cur_counts);
      assert.equal(result.n_reference, c.n1);
      assert.equal(result.n_current, c.n2);
      assertStatistic(result.value, c.statistic, 'D');
      assertPValue(result.p_value, c.p_value, 'p-value');
      // Where the p-value is not negligible we are far closer than the task tolerance.
      if (c.p_value > 1e-9) assertRelative(result.p_value, c.p_value, 1e-9, 'p-value (relative)');
    });
  }

  test('reports the asymptotic method where scipy\'s exact count falls outside [0, 1] and scipy switches', () => {
    const fellBack = oracle.ks.filter((c) => c.scipy_exact_fell_back);
    assert.ok(fellBack.length >= 1, 'the fixture holds at least one scipy fallback case');
    for (const c of fellBack) assert.equal(ksTwoSample(c.ref_counts, c.cur_counts).method, 'asymp', c.name);
  });

  test('uses the exact method up to 10000 per sample and the asymptotic one beyond', () => {
    assert.equal(ksTwoSampleTest(0.02, 10000, 9999).method, 'exact');
    assert.equal(ksTwoSampleTest(0.02, 10001, 9999).method, 'asymp');
  });
});

describe('ksTwoSamplePValue for a given D', () => {
  for (const c of oracle.ks_pvalue) {
    test(`matches scipy's asymptotic branch kstwo.sf(D, round(en)) for ${c.name}`, () => {
      assertPValue(ksTwoSamplePValue(c.d, c.n1, c.n2), c.p_value, 'p-value');
      assertRelative(ksTwoSamplePValue(c.d, c.n1, c.n2), c.p_value, 1e-9, 'p-value (relative)');
    });
  }

  test('snaps an approximate D to the lattice h/lcm(n1, n2) in exact mode, as scipy does', () => {
    // n1 = 4, n2 = 6: lcm 12, so D = 0.49 rounds to h = 6, D = 6/12 = 0.5.
    const result = ksTwoSampleTest(0.49, 4, 6);
    assert.equal(result.statistic, 0.5);
    assert.equal(result.p_value, ksTwoSampleTest(0.5, 4, 6).p_value);
  });

  test('returns p = 1 for D = 0', () => {
    assert.equal(ksTwoSamplePValue(0, 300, 400), 1);
    assert.equal(ksTwoSamplePValue(0, 300_000, 400_000), 1);
  });
});

describe('ksTwoSample on hand-worked examples', () => {
  test('finds D = 2/3 for ref {1, 2} vs cur {2, 3, 4} and the exact p-value 0.6', () => {
    // Values 1, 2, 3, 4. F_ref = 1/2, 1, 1, 1; F_cur = 0, 1/3, 2/3, 1; differences 1/2, 2/3, 1/3, 0.
    // Exact: of the C(5, 2) = 10 equally likely splits of the 5 ranks, 6 reach D >= 2/3, so p = 0.6.
    const result = ksTwoSample([1, 1, 0, 0], [0, 1, 1, 1]);
    assert.equal(result.value, 2 / 3);
    assertRelative(result.p_value, 0.6, 1e-12, 'p');
  });

  test('gives D = 1 and p = 2/C(6,3) = 0.1 for fully separated samples of 3', () => {
    // Of the C(6,3) = 20 orderings only the two fully separated ones reach D = 1.
    const result = ksTwoSample([1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 1, 1]);
    assert.equal(result.value, 1);
    assertRelative(result.p_value, 0.1, 1e-12, 'p');
  });

  test('handles ties naturally: identical count vectors give D = 0 and p = 1', () => {
    const result = ksTwoSample([5, 0, 3], [10, 0, 6]);
    assert.equal(result.value, 0);
    assert.equal(result.p_value, 1);
  });

  test('ksDistance takes the larger of the two one-sided gaps', () => {
    // F_ref - F_cur = 0.5, -0.25 → D = 0.5; F_ref - F_cur = -0.75, 0 → D = 0.75.
    assert.equal(ksDistance([2, 1, 1], [1, 2, 1]), 0.25);
    assert.equal(ksDistance([0, 1], [3, 1]), 0.75);
  });
});

describe('ksTwoSample input errors', () => {
  test('throws EMPTY_WINDOW naming the reference window when it has no values', () => {
    assert.throws(
      () => ksTwoSample([0, 0], [1, 2]),
      (error: unknown) =>
        error instanceof StatisticInputError &&
        error.code === 'EMPTY_WINDOW' &&
        error.window === 'reference' &&
        /reference window has no non-null values/.test(error.message),
    );
  });

  test('throws EMPTY_WINDOW naming the current window when it has no values', () => {
    assert.throws(() => ksTwoSample([3], [0]), (error: unknown) => error instanceof StatisticInputError && error.window === 'current');
  });

  test('rejects misaligned, fractional or negative counts', () => {
    assert.throws(() => ksTwoSample([1, 2], [1]), /LENGTH|aligned/);
    assert.throws(() => ksTwoSample([1.5, 2], [1, 1]), /non-negative integers/);
    assert.throws(() => ksTwoSample([1, -2], [1, 1]), /non-negative integers/);
  });

  test('rejects a D outside [0, 1] or a non-integer sample size', () => {
    assert.throws(() => ksTwoSamplePValue(1.2, 10, 10), /D must lie in \[0, 1\]/);
    assert.throws(() => ksTwoSamplePValue(0.2, 10.5, 10), /positive integer/);
    assert.throws(() => ksTwoSamplePValue(0.2, 0, 10), /positive integer/);
  });

  test('describes itself as a numeric test with a p-value and no effect threshold', () => {
    assert.deepEqual(ksStatistic, { id: 'ks', kinds: ['numeric'], hasPValue: true });
  });
});

describe('ksTwoSample on worst-case sizes', () => {
  // Timing belongs in `npm run bench`, not in assertions; each case reports its time as a diagnostic.
  const worstCases: Array<[number, number, number]> = [
    [10_000, 9_999, 0.02], // exact, narrow band, p ~ 0.04
    [10_000, 9_999, 0.045], // exact, widest band we still count, p ~ 1e-9
    [10_000, 9_999, 0.95], // scipy takes 0.6 s here; p underflows
    [10_000, 10_000, 0.5],
    [100_000, 100_000, 0.0005], // kstwo via Durbin's matrix
    [2_000_000, 2_000_000, 0.0015], // kstwo via smirnov's sum at n = 10^6
    [100_000_000, 100_000_000, 0.0002],
    [100_000_000, 3, 0.5],
  ];
  for (const [n1, n2, d] of worstCases) {
    test(`returns a probability for n1=${n1}, n2=${n2}, D=${d}`, (t) => {
      const start = performance.now();
      const p = ksTwoSamplePValue(d, n1, n2);
      t.diagnostic(`took ${(performance.now() - start).toFixed(1)} ms`);
      assert.ok(Number.isFinite(p) && p >= 0 && p <= 1, `p = ${p}`);
    });
  }
});

describe('ksTwoSample exact-mode work limit', () => {
  test('replaces an over-budget exact count by the asymptotic value only when that p-value is negligible', () => {
    // n1 = 10000, n2 = 9999: the band spans about 2·D·n2 cells per column, so D = 0.045 and D = 0.06 both
    // exceed the work limit; only the second has an asymptotic p below 1e-10.
    assert.ok(10_000 * 2 * 0.045 * 9_999 > EXACT_WORK_LIMIT);
    assert.equal(ksTwoSampleTest(0.045, 10_000, 9_999).method, 'exact');
    const shortcut = ksTwoSampleTest(0.06, 10_000, 9_999);
    assert.equal(shortcut.method, 'asymp');
    assert.ok(shortcut.p_value < NEGLIGIBLE_P_VALUE);
  });
});
