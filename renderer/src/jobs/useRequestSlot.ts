import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CallOptions } from '../../../shared/api/workbenchApi';
import { useJobs } from './JobsContext';
import { type SlotState, emptySlot, slotReducer } from './requestSlot';

export interface RequestSlot<T> {
  state: SlotState<T>;
  /** Starts a request; the previous one of this slot is cancelled and its answer dropped. Resolves to the value, or undefined. */
  start(title: string, call: (options: Required<CallOptions>) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
  /** Forgets the shown value (e.g. when another source is opened). */
  clear(): void;
}

/** The latest request of one kind, run as a tray job (see requestSlot.ts for how stale answers are dropped). */
export function useRequestSlot<T>(): RequestSlot<T> {
  const jobs = useJobs();
  const [state, dispatch] = useReducer(slotReducer<T>, undefined, emptySlot<T>);
  const latest = useRef<{ requestId: number; jobId?: number }>({ requestId: 0 });
  const { run, cancel: cancelJob } = jobs;

  const start = useCallback(async (title: string, call: (options: Required<CallOptions>) => Promise<T>) => {
    if (latest.current.jobId !== undefined) cancelJob(latest.current.jobId);
    const requestId = latest.current.requestId + 1;
    const job = run(title, call, (progress) => dispatch({ type: 'progress', requestId, progress }));
    latest.current = { requestId, jobId: job.id };
    dispatch({ type: 'started', requestId, jobId: job.id });
    const outcome = await job.outcome;
    if (outcome.status === 'succeeded') dispatch({ type: 'succeeded', requestId, value: outcome.value });
    else if (outcome.status === 'failed') dispatch({ type: 'failed', requestId, error: outcome.error });
    else dispatch({ type: 'cancelled', requestId });
    return outcome.status === 'succeeded' && latest.current.requestId === requestId ? outcome.value : undefined;
  }, [run, cancelJob]);

  const cancel = useCallback(() => {
    if (latest.current.jobId !== undefined) cancelJob(latest.current.jobId);
  }, [cancelJob]);

  const clear = useCallback(() => {
    if (latest.current.jobId !== undefined) cancelJob(latest.current.jobId);
    latest.current = { requestId: latest.current.requestId + 1 };
    dispatch({ type: 'cleared' });
  }, [cancelJob]);

  // A view that goes away takes its running request with it.
  useEffect(() => () => {
    if (latest.current.jobId !== undefined) cancelJob(latest.current.jobId);
  }, [cancelJob]);

  return { state, start, cancel, clear };
}
