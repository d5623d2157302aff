import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { alignedProportions, checkAligned, windowTotal } from '../../../shared/stats/counts';
import { StatisticInputError } from '../../../shared/stats/errors';

describe('count validation shared by the statistics', () => {
  test('totals a window and rejects an all-zero one with a message naming the window and a next step', () => {
    assert.equal(windowTotal('psi', 'reference', [1, 2, 3], true), 6);
    assert.throws(
      () => windowTotal('psi', 'current', new Float64Array(3), false),
      (error: unknown) =>
        error instanceof StatisticInputError &&
        error.message === 'psi: the current window has no non-null values, so the statistic is undefined. ' +
          'Widen the current window or its filters, or leave this column out of the comparison.',
    );
  });

  test('rejects NaN, infinite and negative counts, and fractions where integers are required', () => {
    assert.throws(() => windowTotal('psi', 'reference', [1, Number.NaN], false), /index 1 is NaN/);
    assert.throws(() => windowTotal('psi', 'reference', [Infinity], false), /INVALID|finite/);
    assert.throws(() => windowTotal('ks', 'reference', [0.5], true), /integers/);
    assert.equal(windowTotal('psi', 'reference', [0.5, 0.25], false), 0.75);
  });

  test('requires aligned, non-empty bin arrays', () => {
    assert.throws(() => checkAligned('tvd', [1], [1, 2]), (error: unknown) => error instanceof StatisticInputError && error.code === 'LENGTH_MISMATCH');
    assert.throws(() => checkAligned('tvd', [], []), /no bins/);
  });

  test('turns counts into proportions per window', () => {
    const { reference, current } = alignedProportions('tvd', [1, 3], [2, 2]);
    assert.deepEqual(Array.from(reference), [0.25, 0.75]);
    assert.deepEqual(Array.from(current), [0.5, 0.5]);
  });
});
