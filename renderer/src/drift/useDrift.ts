import { useCallback } from 'react';
import type { ApiRequest } from '../../../shared/api/workbenchApi';
import type { DriftResult } from '../../../shared/drift/driftResult';
import { workbenchApi } from '../api/workbenchClient';
import { useRequestSlot } from '../jobs/useRequestSlot';
import { messages } from '../messages';

/** A drift result with the request that produced it, so the page can tell when the windows changed since. */
export interface DriftRun {
  request: ApiRequest<'drift'>;
  result: DriftResult;
}

/** Runs drift in the engine as a cancellable job; only the latest run's answer is shown. */
export function useDrift() {
  const slot = useRequestSlot<DriftRun>();
  const { start, cancel, clear } = slot;
  const run = useCallback((request: ApiRequest<'drift'>) => start(messages.jobs.titles.drift, async (options) => ({
    request,
    result: await workbenchApi().drift(request, options),
  })), [start]);
  return { state: slot.state, run, cancel, clear };
}
