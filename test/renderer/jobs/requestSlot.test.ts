import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type SlotAction, type SlotState, emptySlot, slotReducer } from '../../../renderer/src/jobs/requestSlot';

function slot(...actions: SlotAction<string>[]): SlotState<string> {
  return actions.reduce(slotReducer<string>, emptySlot<string>());
}

describe('slotReducer', () => {
  test('shows the answer of the latest request and drops a stale answer by its id', () => {
    const state = slot(
      { type: 'started', requestId: 1, jobId: 10 },
      { type: 'started', requestId: 2, jobId: 11 },
      { type: 'succeeded', requestId: 1, value: 'stale' },
      { type: 'progress', requestId: 1, progress: { fraction: 0.5, message: 'stale' } },
    );
    assert.equal(state.status, 'running');
    assert.equal(state.value, undefined);
    assert.equal(state.progress, undefined);
    const done = slotReducer(state, { type: 'succeeded', requestId: 2, value: 'fresh' });
    assert.equal(done.status, 'succeeded');
    assert.equal(done.value, 'fresh');
  });

  test('keeps the last good value while a newer request runs, fails or is cancelled', () => {
    const shown = slot({ type: 'started', requestId: 1, jobId: 1 }, { type: 'succeeded', requestId: 1, value: 'first' }, { type: 'started', requestId: 2, jobId: 2 });
    assert.equal(shown.value, 'first');
    assert.equal(slotReducer(shown, { type: 'cancelled', requestId: 2 }).value, 'first');
    const failed = slotReducer(shown, { type: 'failed', requestId: 2, error: { code: 'QUERY_FAILED', message: 'boom', action: 'retry' } });
    assert.equal(failed.status, 'failed');
    assert.equal(failed.value, 'first');
    assert.equal(failed.error?.action, 'retry');
  });

  test('ignores a second outcome for the same request and a started event that is not newer', () => {
    const cancelled = slot({ type: 'started', requestId: 3, jobId: 1 }, { type: 'cancelled', requestId: 3 }, { type: 'failed', requestId: 3, error: { code: 'INTERNAL', message: 'late' } });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.error, undefined);
    assert.equal(slotReducer(cancelled, { type: 'started', requestId: 2, jobId: 9 }), cancelled);
  });

  test('clearing forgets the value and any answer still on its way', () => {
    const cleared = slot({ type: 'started', requestId: 1, jobId: 1 }, { type: 'succeeded', requestId: 1, value: 'old log' }, { type: 'started', requestId: 2, jobId: 2 }, { type: 'cleared' });
    assert.equal(cleared.status, 'idle');
    assert.equal(cleared.value, undefined);
    assert.equal(slotReducer(cleared, { type: 'succeeded', requestId: 2, value: 'late' }).value, undefined);
  });
});
