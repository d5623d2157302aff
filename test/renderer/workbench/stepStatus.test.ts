import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stepStatuses } from '../../../renderer/src/workbench/stepStatus';
import { driftResult, feature } from '../driftFixtures';

describe('stepStatuses', () => {
  test('says how many columns the overview holds and how many drifted, red when one is severe', () => {
    const result = driftResult([feature({ name: 'a', detected: true, severity: 0.7 }), feature({ name: 'b' })]);
    assert.deepEqual(stepStatuses({ status: 'succeeded', columns: 25 }, { status: 'succeeded', result }), {
      overview: { detail: '25 columns' },
      drift: { detail: '1 of 2 drifted', tone: 'high' },
    });
  });

  test('shows work in progress while the overview or a drift run is running', () => {
    assert.deepEqual(stepStatuses({ status: 'running' }, { status: 'running' }), {
      overview: { detail: 'Reading the log…', tone: 'busy' },
      drift: { detail: 'Running…', tone: 'busy' },
    });
    assert.deepEqual(stepStatuses({ status: 'idle' }, { status: 'idle' }), {});
  });
});
