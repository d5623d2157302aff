/**
 * Engine worker process entry: owns one DuckDB session and runs one job at a time for the pool
 * (see enginePool.ts for why workers are processes). Messages use Node's advanced serialization, so
 * Arrow IPC bytes arrive as Uint8Array.
 */
import { toWorkbenchError } from '../../shared/errors/workbenchError';
import type { JobKind, JobRequest, MainToWorkerMessage, WorkerInit, WorkerToMainMessage } from './jobProtocol';
import { jobHandlers } from './jobs/jobRegistry';
import { WorkerSession } from './workerSession';

if (!process.send) throw new Error('worker.ts must run as a forked engine worker');
const init = JSON.parse(process.env.DRIFTWOOD_WORKER_INIT ?? '{}') as WorkerInit;

function post(message: WorkerToMainMessage): void {
  process.send?.(message);
}

// The pool owns this process: when the pool's process goes away, so does the worker.
process.on('disconnect', () => process.exit(0));

async function main(): Promise<void> {
  let session: WorkerSession;
  try {
    session = await WorkerSession.open(init);
  } catch (error) {
    post({ type: 'init-failed', error: toWorkbenchError(error) });
    return;
  }
  let runningJobId: number | undefined;

  process.on('message', (message: MainToWorkerMessage) => {
    if (message.type === 'cancel') {
      if (message.jobId === runningJobId) session.cancel();
      return;
    }
    runningJobId = message.jobId;
    void runJob(session, message.jobId, message.request).finally(() => {
      if (runningJobId === message.jobId) runningJobId = undefined;
    });
  });
  post({ type: 'ready' });
}

async function runJob(session: WorkerSession, jobId: number, request: JobRequest): Promise<void> {
  session.beginJob();
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
  const context = {
    session,
    reportProgress: (fraction: number, message: string) => post({ type: 'progress', jobId, fraction, message }),
  };
  try {
    const handler = jobHandlers[request.kind as Exclude<JobKind, 'debug.crash'>] as (r: JobRequest, c: typeof context) => Promise<unknown>;
    const result = await handler(request, context);
    post({ type: 'done', jobId, result });
  } catch (error) {
    post({ type: 'failed', jobId, error: toWorkbenchError(error) });
  }
}

void main();
