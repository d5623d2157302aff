import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  chiSquareSurvival,
  log1pmx,
  logGamma,
  stirlingError,
  upperRegularizedGamma,
} from '../../../../shared/stats/special/gamma';
import { assertClose, loadStatsOracle } from '../oracleFixture';

const oracle = loadStatsOracle();

describe('upperRegularizedGamma against scipy.special.gammaincc', () => {
  test('matches scipy to 1e-9 relative from a = 0.5 to a = 500000, including a ≈ x', () => {
    for (const c of oracle.gammaincc) {
      assertClose(upperRegularizedGamma(c.a, c.x), c.q, 1e-300, 1e-9, `a=${c.a} x=${c.x}`);
    }
  });

  test('has the closed forms Q(1, x) = e^−x and Q(½, x) = erfc(√x)', () => {
    assertClose(upperRegularizedGamma(1, 2), Math.exp(-2), 0, 1e-14, 'Q(1, 2)');
    // erfc(1) = 0.157299207050285130658...
    assertClose(upperRegularizedGamma(0.5, 1), 0.15729920705028513, 0, 1e-13, 'Q(1/2, 1)');
  });

  test('handles the edges: Q(a, 0) = 1, Q(a, ∞) = 0, NaN for negative arguments', () => {
    assert.equal(upperRegularizedGamma(3, 0), 1);
    assert.equal(upperRegularizedGamma(3, Infinity), 0);
    assert.ok(Number.isNaN(upperRegularizedGamma(-1, 2)));
  });
});

describe('chiSquareSurvival', () => {
  test('gives e^(−x/2) with 2 degrees of freedom', () => {
    // chi2 with dof 2 is exponential with mean 2: sf(x) = exp(−x/2); sf(3) = 0.22313016014842982.
    assertClose(chiSquareSurvival(3, 2), 0.22313016014842982, 0, 1e-14, 'sf');
  });

  test('gives 0.05 at the familiar critical value 3.841458820694124 with 1 degree of freedom', () => {
    assertClose(chiSquareSurvival(3.841458820694124, 1), 0.05, 0, 1e-12, 'sf');
  });

  test('rejects non-positive degrees of freedom', () => {
    assert.throws(() => chiSquareSurvival(1, 0), /degrees of freedom/);
  });
});

describe('log-gamma helpers', () => {
  test('logGamma matches log((n−1)!) and log Γ(½) = log √π', () => {
    assertClose(logGamma(1), 0, 1e-14, 0, 'lgamma(1)');
    assertClose(logGamma(5), Math.log(24), 1e-14, 0, 'lgamma(5)');
    assertClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14, 0, 'lgamma(1/2)');
    assertClose(logGamma(171), 706.5730622457874, 0, 1e-14, 'lgamma(171)');
  });

  test('stirlingError is about 1/(12z) for large z', () => {
    assertClose(stirlingError(1000), 1 / 12000 - 1 / (360 * 1e9), 0, 1e-12, 'stirlerr(1000)');
    assertClose(stirlingError(1), 1 - 0.5 * Math.log(2 * Math.PI), 1e-14, 0, 'stirlerr(1)');
  });

  test('log1pmx keeps precision for tiny arguments', () => {
    // log(1 + t) − t = −t²/2 + t³/3 − …
    assertClose(log1pmx(1e-8), -5e-17 + 1e-24 / 3, 0, 1e-12, 'log1pmx(1e-8)');
    assertClose(log1pmx(2), Math.log(3) - 2, 0, 1e-15, 'log1pmx(2)');
  });

  test('logGamma rejects non-positive arguments', () => {
    assert.throws(() => logGamma(0), RangeError);
  });
});
