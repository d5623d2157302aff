import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mulberry32, shuffleInPlace } from '../../../shared/multivariate/seededRandom';

function draws(seed: number, count: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => random());
}

describe('mulberry32', () => {
  test('the same seed gives the same stream, another seed another stream', () => {
    assert.deepEqual(draws(42, 100), draws(42, 100));
    assert.notDeepEqual(draws(42, 100), draws(43, 100));
  });

  test('matches the reference implementation for seed 0', () => {
    // First three outputs × 2^32 of the reference snippet in github.com/bryc/code, jshash/PRNGs.md (mulberry32).
    const random = mulberry32(0);
    assert.deepEqual([random(), random(), random()].map((value) => value * 4294967296), [1144304738, 1416247, 958946056]);
  });

  test('draws lie in [0, 1) and look uniform', () => {
    const values = draws(7, 100_000);
    assert.ok(values.every((value) => value >= 0 && value < 1));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    assert.ok(Math.abs(mean - 0.5) < 0.005, `mean ${mean}`);
    const deciles = new Array<number>(10).fill(0);
    for (const value of values) deciles[Math.floor(value * 10)]++;
    for (const count of deciles) assert.ok(Math.abs(count - 10_000) < 500, `decile count ${count}`);
  });

  test('seeds are taken modulo 2^32', () => {
    assert.deepEqual(draws(2 ** 32 + 5, 10), draws(5, 10));
  });
});

describe('shuffleInPlace', () => {
  test('permutes the values, deterministically for a seed', () => {
    const shuffle = (seed: number) => {
      const values = Int32Array.from({ length: 50 }, (_, index) => index);
      shuffleInPlace(values, mulberry32(seed));
      return Array.from(values);
    };
    const once = shuffle(3);
    assert.deepEqual(once, shuffle(3));
    assert.notDeepEqual(once, Array.from({ length: 50 }, (_, index) => index));
    assert.deepEqual([...once].sort((a, b) => a - b), Array.from({ length: 50 }, (_, index) => index));
  });
});
