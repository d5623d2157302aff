import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startupFromLocation } from '../../../renderer/src/workbench/startup';

describe('startupFromLocation', () => {
  test('reads the source `driftwood serve` names and removes the token from the address', () => {
    assert.deepEqual(startupFromLocation('?token=abc-123&source=%2Ftmp%2Fdemo%2Flog.parquet'), {
      source: '/tmp/demo/log.parquet', cleanedSearch: '?source=%2Ftmp%2Fdemo%2Flog.parquet',
    });
  });

  test('starts empty without a source', () => {
    assert.deepEqual(startupFromLocation('?token=abc'), { source: undefined, cleanedSearch: '' });
    assert.deepEqual(startupFromLocation(''), { source: undefined, cleanedSearch: '' });
  });
});
