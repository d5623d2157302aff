/**
 * Engine worker process entry: owns one DuckDB session and runs one job at a time for the pool
 * (see enginePool.ts for why workers are processes). Messages use Node's advanced serialization, so
 * Arrow IPC bytes arrive as Uint8Array.
 */
import { toWorkbenchError } from '../../shared/errors/workbenchError';
import type { JobKind, JobRequest, MainToWorkerMessage, WorkerInit, WorkerToMainMessage } from './jobProtocol';
import { fileAccessFor } from './jobFileAccess';
import { jobHandlers } from './jobs/jobRegistry';
import { WorkerSession } from './workerSession';

if (!process.send) throw new Error('worker.ts must run as a forked engine worker');
const init = JSON.parse(process.env.DRIFTWOOD_WORKER_INIT ?? '{}') as WorkerInit;

function post(message: WorkerToMainMessage): void {
  process.send?.(message);
}

// The pool owns this process: when the pool's process goes away, so does the worker.
process.on('disconnect', () => process.exit(0));

interface RunningJob {
  jobId: number;
  session?: WorkerSession;
  cancelled: boolean;
}

async function main(): Promise<void> {
  try {
    // Fail fast at start (bad memory limit, unwritable spill folder) rather than on the first job.
    (await WorkerSession.open(init, { readFiles: [], directories: [] })).close();
  } catch (error) {
    post({ type: 'init-failed', error: toWorkbenchError(error) });
    return;
  }
  let running: RunningJob | undefined;

  process.on('message', (message: MainToWorkerMessage) => {
    if (message.type === 'cancel') {
      if (running?.jobId === message.jobId) {
        running.cancelled = true;
        running.session?.cancel();
      }
      return;
    }
    const job: RunningJob = { jobId: message.jobId, cancelled: false };
    running = job;
    void runJob(job, message.request).finally(() => {
      if (running === job) running = undefined;
    });
  });
  post({ type: 'ready' });
}

async function runJob(job: RunningJob, request: JobRequest): Promise<void> {
  const { jobId } = job;
  if (request.kind === 'debug.crash') {
    if (!init.config.allowDebugJobs) {
      post({ type: 'failed', jobId, error: { code: 'INVALID_ARGUMENT', message: 'debug jobs are disabled' } });
      return;
    }
    // Thrown outside any promise chain: an uncaught exception ends the process, as a native crash would.
    setImmediate(() => {
      throw new Error('debug.crash: worker crashed on purpose');
    });
    return;
  }
  let session: WorkerSession | undefined;
  try {
    // A fresh DuckDB instance per job, able to touch only this job's files (DESIGN.md §7).
    session = await WorkerSession.open(init, fileAccessFor(request));
    job.session = session;
    if (job.cancelled) session.cancel();
    const context = {
      session,
      reportProgress: (fraction: number, message: string) => post({ type: 'progress', jobId, fraction, message }),
    };
    const handler = jobHandlers[request.kind as Exclude<JobKind, 'debug.crash'>] as (r: JobRequest, c: typeof context) => Promise<unknown>;
    const result = await handler(request, context);
    post({ type: 'done', jobId, result });
  } catch (error) {
    post({ type: 'failed', jobId, error: toWorkbenchError(error) });
  } finally {
    session?.close();
  }
}

void main();
