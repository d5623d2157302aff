import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { miniHistogram } from '../../../renderer/src/charts/miniHistogramModel';

describe('miniHistogram', () => {
  test('draws one bar per numeric bin, tallest bar full height, each with its range and count', () => {
    const { bars } = miniHistogram({ column: 'amount', kind: 'numeric', edges: [0, 10, 20], counts: [1500, 3000] }, 100, 20);
    assert.equal(bars.length, 2);
    assert.equal(bars[1].height, 19);
    assert.equal(bars[0].label, '0 to 10: 1,500 rows (33%)');
  });

  test('labels the end bins of a clipped (heavy-tailed) histogram as open-ended', () => {
    const { bars } = miniHistogram({ column: 'amount', kind: 'numeric', edges: [0, 10, 20, 30], counts: [5, 3, 2], clipped: true }, 100, 20);
    assert.deepEqual(bars.map((bar) => bar.label.split(':')[0]), ['below 10', '10 to 20', '20 and above']);
  });

  test('keeps the largest categories and gathers the rest in a paler "other" bar', () => {
    const values = Array.from({ length: 14 }, (_, index) => `c${index}`);
    const { bars, summary } = miniHistogram({ column: 'c', kind: 'categorical', values, counts: values.map(() => 10), other: 60 }, 140, 20);
    assert.equal(bars.length, 13);
    assert.ok(bars[12].isOther);
    assert.equal(bars[12].label, 'other values: 80 rows (40%)');
    assert.equal(summary, 'other values: 40%');
  });
});
