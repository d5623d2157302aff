import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { benjaminiHochberg } from '../../../shared/stats/benjaminiHochberg';
import { loadStatsOracle } from './oracleFixture';

const oracle = loadStatsOracle();

function fromJson(values: Array<number | null>): number[] {
  return values.map((value) => (value === null ? Number.NaN : value));
}

describe('benjaminiHochberg against statsmodels multipletests(method="fdr_bh")', () => {
  for (const c of oracle.bh) {
    test(`matches on "${c.name}"`, () => {
      const adjusted = benjaminiHochberg(fromJson(c.p_values));
      const expected = fromJson(c.adjusted);
      assert.equal(adjusted.length, expected.length);
      adjusted.forEach((value, i) => {
        if (Number.isNaN(expected[i])) {
          assert.ok(Number.isNaN(value), `index ${i} should stay NaN`);
        } else {
          assert.ok(Math.abs((value as number) - expected[i]) <= 1e-12, `index ${i}: ${value} vs ${expected[i]}`);
        }
      });
    });
  }
});

describe('benjaminiHochberg on hand-worked examples', () => {
  test('adjusts (0.01, 0.04, 0.03) to (0.03, 0.04, 0.04)', () => {
    // Sorted 0.01, 0.03, 0.04 → ×3/1, ×3/2, ×3/3 = 0.03, 0.045, 0.04; running min from the top: 0.03, 0.04, 0.04.
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03]) as number[];
    assert.deepEqual(adjusted.map((p) => Number(p.toFixed(12))), [0.03, 0.04, 0.04]);
  });

  test('passes undefined through and leaves it out of m', () => {
    // m = 2: 0.02 → 0.04, 0.03 → 0.03, then monotone: 0.03, 0.03.
    assert.deepEqual(benjaminiHochberg([0.02, undefined, 0.03]), [0.03, undefined, 0.03]);
  });

  test('caps adjusted values at 1 and does not modify its input', () => {
    const input = [0.9, 0.8];
    assert.deepEqual(benjaminiHochberg(input), [0.9, 0.9]);
    assert.deepEqual(benjaminiHochberg([1, 1]), [1, 1]);
    assert.deepEqual(input, [0.9, 0.8]);
  });

  test('returns an empty list for no p-values', () => {
    assert.deepEqual(benjaminiHochberg([]), []);
  });

  test('rejects values outside [0, 1]', () => {
    assert.throws(() => benjaminiHochberg([0.1, 1.5]), /index 1 is 1.5/);
  });
});
