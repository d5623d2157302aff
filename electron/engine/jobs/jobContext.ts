import type { WorkerSession } from '../workerSession';

/** What a job handler gets inside a worker: the DuckDB session and a progress reporter. */
export interface JobContext {
  session: WorkerSession;
  /** fraction in [0, 1] of the whole job; message says what is happening now. */
  reportProgress(fraction: number, message: string): void;
}
