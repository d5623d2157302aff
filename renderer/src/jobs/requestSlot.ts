import type { CallProgress } from '../../../shared/api/workbenchApi';
import type { WorkbenchError } from '../../../shared/errors/workbenchError';

/**
 * One kind of request whose latest answer a view shows (the overview of the open source, the drift
 * run...). Every request gets an id; an event for any other id than the latest is a stale answer and is
 * dropped here, so no view keeps its own "pending" flag (STYLE.md §2, renderer).
 * The value of the last successful request stays while a newer one runs, so views do not flash empty.
 */
export type SlotStatus = 'idle' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface SlotState<T> {
  requestId: number;
  status: SlotStatus;
  /** The tray job of the latest request, for its Cancel button. */
  jobId?: number;
  progress?: CallProgress;
  value?: T;
  error?: WorkbenchError;
}

export type SlotAction<T> =
  | { type: 'started'; requestId: number; jobId: number }
  | { type: 'progress'; requestId: number; progress: CallProgress }
  | { type: 'succeeded'; requestId: number; value: T }
  | { type: 'failed'; requestId: number; error: WorkbenchError }
  | { type: 'cancelled'; requestId: number }
  | { type: 'cleared' };

export function emptySlot<T>(): SlotState<T> {
  return { requestId: 0, status: 'idle' };
}

export function slotReducer<T>(state: SlotState<T>, action: SlotAction<T>): SlotState<T> {
  if (action.type === 'cleared') return { requestId: state.requestId, status: 'idle' };
  if (action.type === 'started') {
    if (action.requestId <= state.requestId) return state;
    return { requestId: action.requestId, status: 'running', jobId: action.jobId, value: state.value };
  }
  if (action.requestId !== state.requestId || state.status !== 'running') return state;
  switch (action.type) {
    case 'progress':
      return { ...state, progress: action.progress };
    case 'succeeded':
      return { requestId: state.requestId, status: 'succeeded', jobId: state.jobId, value: action.value };
    case 'failed':
      return { requestId: state.requestId, status: 'failed', jobId: state.jobId, value: state.value, error: action.error };
    case 'cancelled':
      return { requestId: state.requestId, status: 'cancelled', jobId: state.jobId, value: state.value };
  }
}
