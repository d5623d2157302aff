import { createContext, type ReactNode, useCallback, useContext, useMemo, useReducer, useRef } from 'react';
import type { CallOptions } from '../../../shared/api/workbenchApi';
import type { WorkbenchError } from '../../../shared/errors/workbenchError';
import { asWorkbenchError, isCancellation } from '../api/cancellation';
import { type JobRecord, jobsReducer } from './jobsModel';

export type JobOutcome<T> =
  | { status: 'succeeded'; value: T }
  | { status: 'failed'; error: WorkbenchError }
  | { status: 'cancelled' };

export interface StartedJob<T> {
  id: number;
  /** Settles when the job ends; never rejects (failures and cancellation are outcomes). */
  outcome: Promise<JobOutcome<T>>;
}

export interface Jobs {
  jobs: JobRecord[];
  /** Runs one API call as a job: it gets an AbortController and progress, and shows in the tray after a second. */
  run<T>(title: string, call: (options: Required<CallOptions>) => Promise<T>, onProgress?: CallOptions['onProgress']): StartedJob<T>;
  cancel(id: number): void;
  dismiss(id: number): void;
}

const JobsContext = createContext<Jobs | undefined>(undefined);

/** Owns every job's AbortController; the tray and the views cancel through it. */
export function JobsProvider({ children }: { children: ReactNode }) {
  const [jobs, dispatch] = useReducer(jobsReducer, []);
  const controllers = useRef(new Map<number, AbortController>());
  const nextId = useRef(1);

  const run = useCallback(<T,>(title: string, call: (options: Required<CallOptions>) => Promise<T>, onProgress?: CallOptions['onProgress']): StartedJob<T> => {
    const id = nextId.current++;
    const controller = new AbortController();
    controllers.current.set(id, controller);
    dispatch({ type: 'started', id, title, atMs: Date.now() });
    const outcome = call({
      signal: controller.signal,
      onProgress: (progress) => {
        dispatch({ type: 'progress', id, progress });
        onProgress?.(progress);
      },
    }).then(
      (value): JobOutcome<T> => ({ status: 'succeeded', value }),
      (error: unknown): JobOutcome<T> => (isCancellation(error) || controller.signal.aborted
        ? { status: 'cancelled' }
        : { status: 'failed', error: asWorkbenchError(error) }),
    ).then((result) => {
      controllers.current.delete(id);
      dispatch({ type: 'ended', id, status: result.status, atMs: Date.now(), error: result.status === 'failed' ? result.error : undefined });
      return result;
    });
    return { id, outcome };
  }, []);

  const cancel = useCallback((id: number) => controllers.current.get(id)?.abort(), []);
  const dismiss = useCallback((id: number) => dispatch({ type: 'dismissed', id }), []);
  const value = useMemo<Jobs>(() => ({ jobs, run, cancel, dismiss }), [jobs, run, cancel, dismiss]);
  return <JobsContext.Provider value={value}>{children}</JobsContext.Provider>;
}

export function useJobs(): Jobs {
  const jobs = useContext(JobsContext);
  if (!jobs) throw new Error('useJobs needs a <JobsProvider> above it.');
  return jobs;
}
