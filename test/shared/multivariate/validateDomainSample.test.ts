import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDomainSample } from '../../../shared/multivariate/validateDomainSample';
import type { DomainSample } from '../../../shared/multivariate/types';

function sample(reference: number, current: number): DomainSample {
  const isCurrent = new Uint8Array(reference + current);
  isCurrent.fill(1, reference);
  return {
    isCurrent,
    numeric: [{ name: 'amount', values: new Float64Array(reference + current) }],
    categorical: [{ name: 'region', values: new Array<string | null>(reference + current).fill('eu') }],
  };
}

describe('validateDomainSample', () => {
  test('a usable sample has no problems', () => {
    assert.deepEqual(validateDomainSample(sample(10, 10), { seed: 1 }), []);
  });

  test('names the window that has fewer rows than folds', () => {
    const problems = validateDomainSample(sample(100, 3), { seed: 1 });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'WINDOW_TOO_SMALL');
    assert.equal(problems[0].window, 'current');
    assert.match(problems[0].message, /current window has 3 sampled rows, but 5-fold cross-validation needs at least 5/);
    const empty = validateDomainSample(sample(0, 100), { seed: 1, folds: 3 });
    assert.deepEqual(empty.map((problem) => problem.window), ['reference']);
  });

  test('reports every problem at once', () => {
    const bad = sample(1, 1);
    bad.numeric.push({ name: 'amount', values: new Float64Array(5) });
    bad.isCurrent[0] = 7;
    const problems = validateDomainSample(bad, { seed: -1, folds: 1.5, maxCategoriesPerColumn: 0 });
    assert.deepEqual(problems.map((problem) => problem.code).sort(), [
      'DUPLICATE_COLUMN', 'INVALID_LABEL', 'INVALID_PARAMETER', 'INVALID_PARAMETER', 'INVALID_PARAMETER',
      'LENGTH_MISMATCH', 'WINDOW_TOO_SMALL', 'WINDOW_TOO_SMALL',
    ]);
    assert.deepEqual(problems.filter((problem) => problem.code === 'INVALID_PARAMETER').map((problem) => problem.parameter), ['folds', 'seed', 'maxCategoriesPerColumn']);
    assert.equal(problems.find((problem) => problem.code === 'LENGTH_MISMATCH')?.column, 'amount');
  });

  test('a sample without columns is refused', () => {
    const empty = sample(10, 10);
    empty.numeric = [];
    empty.categorical = [];
    assert.deepEqual(validateDomainSample(empty, { seed: 1 }).map((problem) => problem.code), ['NO_COLUMNS']);
  });
});
