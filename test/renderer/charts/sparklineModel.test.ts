import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sparklineGeometry } from '../../../renderer/src/charts/sparklineModel';

describe('sparklineGeometry', () => {
  test('scales to at least the threshold, so drift far below it stays near the floor', () => {
    const geometry = sparklineGeometry([0.001, 0.002], 100, 20, 0.2);
    assert.equal(geometry.max, 0.2);
    assert.ok(geometry.points.every((point) => point.y > 18));
    assert.equal(geometry.thresholdY, 1.5);
  });

  test('breaks the line where a bucket has no value', () => {
    const geometry = sparklineGeometry([0.1, null, 0.3, 0.2], 100, 20);
    assert.equal((geometry.path.match(/M/g) ?? []).length, 2);
    assert.deepEqual(geometry.points.map((point) => point.index), [0, 2, 3]);
  });

  test('puts zero mid-height for a signed statistic', () => {
    const geometry = sparklineGeometry([-0.1, 0.1], 100, 20);
    assert.equal(geometry.zeroY, 10);
  });
});
