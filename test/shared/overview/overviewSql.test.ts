import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { displayRange } from '../../../shared/overview/overviewSql';

describe('displayRange', () => {
  const column = { name: 'amount', alias: 'h0', kind: 'numeric' as const, min: 0, max: 10_000 };

  test('narrows a heavy-tailed column to p1..p99 and marks it clipped', () => {
    assert.deepEqual(displayRange(column, 2, 800), { ...column, min: 2, max: 800, clipped: true });
  });

  test('keeps min..max when the bulk of the values spans the range', () => {
    assert.deepEqual(displayRange(column, 100, 9_000), column);
  });

  test('keeps min..max without quantiles or with a degenerate bulk', () => {
    assert.deepEqual(displayRange(column, undefined, undefined), column);
    assert.deepEqual(displayRange(column, 5, 5), column);
  });
});
