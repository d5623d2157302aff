import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  kolmogornDistribution,
  kolmogornSurvival,
  SMIRNOV_DIRECT_MAX_N,
  smirnovSurvival,
} from '../../../../shared/stats/special/kolmogorov';
import { assertClose, loadStatsOracle } from '../oracleFixture';

const oracle = loadStatsOracle();

/** scipy's kolmogn is itself accurate to ~1e-13; we ask for 1e-9 relative (or 1e-300 absolute at underflow). */
function assertMatches(actual: number, expected: number, label: string): void {
  assertClose(actual, expected, 1e-300, 1e-9, label);
}

describe('kolmogornSurvival against scipy.stats.kstwo.sf', () => {
  const byN = new Map<number, typeof oracle.kstwo_sf>();
  for (const c of oracle.kstwo_sf) byN.set(c.n, [...(byN.get(c.n) ?? []), c]);
  for (const [n, cases] of byN) {
    test(`matches scipy at every fixture x for n = ${n}`, () => {
      for (const c of cases) assertMatches(kolmogornSurvival(c.n, c.x), c.sf, `n=${c.n} x=${c.x}`);
    });
  }

  test('is 1 at or below the support end 0.5/n and 0 at x >= 1', () => {
    assert.equal(kolmogornSurvival(10, 0.05), 1);
    assert.equal(kolmogornSurvival(10, 0.01), 1);
    assert.equal(kolmogornSurvival(10, 1), 0);
  });

  test('uses Ruben–Gambino on 1/(2n) < x <= 1/n: P(D_n <= x) = n!/n^n (2nx − 1)^n', () => {
    // n = 2, x = 0.4: t = 0.8, cdf = 2!/2^2 · 0.6^2 = 0.18.
    assertMatches(kolmogornDistribution(2, 0.4), 0.18, 'cdf');
    assertMatches(kolmogornSurvival(2, 0.4), 0.82, 'sf');
  });

  test('uses 2(1 − x)^n for x >= 1 − 1/n', () => {
    // n = 3, x = 0.8: 2 · 0.2^3 = 0.016.
    assertMatches(kolmogornSurvival(3, 0.8), 0.016, 'sf');
  });

  test('returns NaN for a non-integer or non-positive n', () => {
    assert.ok(Number.isNaN(kolmogornSurvival(2.5, 0.3)));
    assert.ok(Number.isNaN(kolmogornSurvival(0, 0.3)));
  });
});

describe('smirnovSurvival against scipy.special.smirnov', () => {
  test('matches scipy over the fixture grid, on both sides of the direct-sum limit', () => {
    assert.ok(oracle.smirnov.some((c) => c.n > SMIRNOV_DIRECT_MAX_N));
    for (const c of oracle.smirnov) assertMatches(smirnovSurvival(c.n, c.x), c.sf, `n=${c.n} x=${c.x}`);
  });

  test('equals 1 − x for n = 1 and (1 − x)^n near x = 1', () => {
    assert.equal(smirnovSurvival(1, 0.3), 0.7);
    // n = 4, x = 0.9 >= 1 − 1/4: (0.1)^4.
    assertMatches(smirnovSurvival(4, 0.9), 1e-4, 'sf');
  });

  test('matches the Birnbaum–Tingey sum worked by hand for n = 2, x = 0.25', () => {
    // P(D+ >= x) = x Σ_{v=0}^{floor(n(1−x))} C(n,v) (1 − x − v/n)^(n−v) (x + v/n)^(v−1)
    //  = 0.25 · [0.75²/0.25 + 2·0.25·0.75⁰] = 0.25 · [2.25 + 0.5] = 0.6875.
    assertMatches(smirnovSurvival(2, 0.25), 0.6875, 'sf');
  });
});
