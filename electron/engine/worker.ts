/**
 * Worker thread entry: owns one DuckDB session and runs one job at a time for the pool.
 * Results go back as structured clones; Arrow IPC buffers are transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toWorkbenchError } from '../../shared/errors/workbenchError';
import type { JobKind, JobRequest, MainToWorkerMessage, WorkerInit, WorkerToMainMessage } from './jobProtocol';
import { jobHandlers } from './jobs/jobRegistry';
import { WorkerSession } from './workerSession';

const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');
const init = workerData as WorkerInit;

function post(message: WorkerToMainMessage, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function main(): Promise<void> {
  let session: WorkerSession;
  try {
    session = await WorkerSession.open(init);
  } catch (error) {
    post({ type: 'init-failed', error: toWorkbenchError(error) });
    return;
  }
  let runningJobId: number | undefined;

  port!.on('message', (message: MainToWorkerMessage) => {
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
    // Thrown outside any promise chain: an uncaught exception ends the thread, as a native crash would.
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
    post({ type: 'done', jobId, result }, transferablesOf(result));
  } catch (error) {
    post({ type: 'failed', jobId, error: toWorkbenchError(error) });
  }
}

/** Arrow IPC bytes in a result are moved to the main thread instead of copied. */
function transferablesOf(result: unknown): ArrayBuffer[] {
  if (typeof result !== 'object' || result === null) return [];
  return Object.values(result).flatMap((value) =>
    value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength
      && value.buffer instanceof ArrayBuffer ? [value.buffer] : []);
}

void main();
