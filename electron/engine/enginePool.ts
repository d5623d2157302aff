import path from 'node:path';
import { type ChildProcess, fork } from 'node:child_process';
import { type WorkbenchError, DriftwoodError, driftwoodError } from '../../shared/errors/workbenchError';
import type { EngineConfig } from './engineConfig';
import type { JobKind, JobRequest, JobResult, MainToWorkerMessage, WorkerInit, WorkerToMainMessage } from './jobProtocol';

export interface JobProgress {
  jobId: number;
  /** Share of the job done, 0..1. */
  fraction: number;
  message: string;
}

export interface JobHandle<R> {
  id: number;
  result: Promise<R>;
  cancel(): void;
}

export interface SubmitOptions {
  onProgress?: (progress: JobProgress) => void;
  /** Aborting cancels the job (as cancel() does). */
  signal?: AbortSignal;
}

interface ActiveJob {
  id: number;
  request: JobRequest;
  options: SubmitOptions;
  resolve(value: unknown): void;
  reject(error: DriftwoodError): void;
  cancelRequested: boolean;
  escalationTimer?: NodeJS.Timeout;
}

interface WorkerSlot {
  worker: ChildProcess;
  /** The last lines the worker wrote to stderr: the reason for a crash is usually there. */
  stderrTail: string;
  ready: boolean;
  job?: ActiveJob;
  /** Why the pool ended this worker on purpose, so its exit is not reported as a crash. */
  endingBecause?: 'cancel' | 'dispose';
}

/**
 * A pool of engine workers, each with its own DuckDB instance, running one job per worker.
 * Jobs report progress, can be cancelled (DuckDB interrupt first; killing the worker is the last
 * resort), and a worker that dies fails only its own job: the pool replaces it and keeps serving.
 *
 * Workers are child processes, not worker_threads: measured with @duckdb/node-api 1.5.5-r.5, terminating a
 * worker thread while a query runs aborts the whole process ("terminate called after throwing an instance
 * of 'Napi::Error'"), and a native crash in a thread takes the app down with it. A process boundary makes
 * both the last-resort kill and a DuckDB crash survivable (DESIGN.md §7). Results cross as structured clones.
 */
export class EnginePool {
  private readonly slots = new Set<WorkerSlot>();
  private readonly queue: ActiveJob[] = [];
  private nextJobId = 1;
  private disposed = false;
  private restarts = 0;

  constructor(private readonly config: EngineConfig) {}

  submit<K extends JobKind>(request: JobRequest<K>, options: SubmitOptions = {}): JobHandle<JobResult<K>> {
    if (this.disposed) throw driftwoodError('INTERNAL', 'The engine has been shut down.');
    const id = this.nextJobId++;
    let job!: ActiveJob;
    const result = new Promise<JobResult<K>>((resolve, reject) => {
      job = { id, request, options, resolve: resolve as (value: unknown) => void, reject, cancelRequested: false };
    });
    if (options.signal?.aborted) {
      job.reject(cancelledError());
      return { id, result, cancel: () => undefined };
    }
    const onAbort = () => this.cancel(id);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    void result.catch(() => undefined).finally(() => options.signal?.removeEventListener('abort', onAbort));
    this.queue.push(job);
    this.dispatch();
    return { id, result, cancel: () => this.cancel(id) };
  }

  /** Cancels a queued or running job. The job's promise rejects with JOB_CANCELLED. */
  cancel(jobId: number): void {
    const queuedIndex = this.queue.findIndex((job) => job.id === jobId);
    if (queuedIndex >= 0) {
      const [job] = this.queue.splice(queuedIndex, 1);
      job.reject(cancelledError());
      return;
    }
    const slot = [...this.slots].find((candidate) => candidate.job?.id === jobId);
    if (!slot?.job || slot.job.cancelRequested) return;
    const job = slot.job;
    job.cancelRequested = true;
    send(slot.worker, { type: 'cancel', jobId });
    // If DuckDB does not stop in time (e.g. inside a long non-interruptible step), end the worker.
    job.escalationTimer = setTimeout(() => {
      if (slot.job === job) this.endWorker(slot, 'cancel');
    }, this.config.cancelGraceMs);
  }

  /** Counts for diagnostics and tests. */
  stats(): { workers: number; busy: number; queued: number; restarts: number } {
    const slots = [...this.slots];
    return { workers: slots.length, busy: slots.filter((slot) => slot.job).length, queued: this.queue.length, restarts: this.restarts };
  }

  /** Kills the worker running a job with SIGKILL, as a crash would; the job fails with WORKER_CRASHED. For fault drills. */
  async killWorkerRunning(jobId: number): Promise<void> {
    const slot = [...this.slots].find((candidate) => candidate.job?.id === jobId);
    if (slot) await killAndWait(slot.worker);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(cancelledError());
    await Promise.all([...this.slots].map((slot) => this.endWorker(slot, 'dispose')));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const idle = [...this.slots].find((slot) => slot.ready && !slot.job);
      if (idle) {
        this.startOn(idle, this.queue.shift()!);
        continue;
      }
      const starting = [...this.slots].filter((slot) => !slot.ready).length;
      if (this.slots.size < this.config.workers && starting < this.queue.length) {
        this.spawn();
        continue;
      }
      return;
    }
  }

  private startOn(slot: WorkerSlot, job: ActiveJob): void {
    slot.job = job;
    send(slot.worker, { type: 'run', jobId: job.id, request: job.request });
  }

  private spawn(): void {
    const init: WorkerInit = {
      config: {
        memoryLimit: this.config.memoryLimit,
        tempDirectory: this.config.tempDirectory,
        threads: this.config.threads,
        allowDebugJobs: this.config.allowDebugJobs,
      },
    };
    const worker = fork(path.join(__dirname, 'worker.js'), [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      env: { ...process.env, DRIFTWOOD_WORKER_INIT: JSON.stringify(init) },
    });
    const slot: WorkerSlot = { worker, ready: false, stderrTail: '' };
    this.slots.add(slot);
    worker.stderr?.on('data', (chunk: Buffer) => {
      slot.stderrTail = (slot.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    worker.on('message', (message: WorkerToMainMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => this.onWorkerGone(slot, error.message));
    worker.on('exit', (code, signal) => this.onWorkerGone(slot, signal ? `signal ${signal}` : `exit code ${code}`));
  }

  private onMessage(slot: WorkerSlot, message: WorkerToMainMessage): void {
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        this.dispatch();
        return;
      case 'init-failed':
        this.slots.delete(slot);
        slot.worker.kill('SIGKILL');
        // Fail one queued job with the reason rather than respawning forever.
        this.queue.shift()?.reject(new DriftwoodError({
          code: 'INTERNAL', message: `The engine could not start DuckDB: ${message.error.message}`,
          action: 'Check DRIFTWOOD_MEMORY_LIMIT and DRIFTWOOD_TEMP_DIR.', cause: message.error,
        }));
        return;
      case 'progress':
        if (slot.job?.id === message.jobId) {
          slot.job.options.onProgress?.({ jobId: message.jobId, fraction: message.fraction, message: message.message });
        }
        return;
      case 'done':
      case 'failed': {
        const job = slot.job;
        if (!job || job.id !== message.jobId) return;
        this.finish(slot);
        if (message.type === 'done') job.resolve(message.result);
        else job.reject(job.cancelRequested && message.error.code !== 'JOB_CANCELLED' ? cancelledError() : new DriftwoodError(message.error));
        this.dispatch();
        return;
      }
    }
  }

  private finish(slot: WorkerSlot): void {
    if (slot.job?.escalationTimer) clearTimeout(slot.job.escalationTimer);
    slot.job = undefined;
  }

  private onWorkerGone(slot: WorkerSlot, reason: string): void {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    this.finish(slot);
    if (slot.endingBecause !== 'dispose') this.restarts++;
    if (job) {
      if (slot.endingBecause !== undefined || job.cancelRequested) job.reject(cancelledError());
      else job.reject(crashError(job.request.kind, reason, slot.stderrTail));
    }
    if (!this.disposed) this.dispatch();
  }

  private async endWorker(slot: WorkerSlot, because: 'cancel' | 'dispose'): Promise<void> {
    slot.endingBecause = because;
    await killAndWait(slot.worker);
    this.onWorkerGone(slot, because);
  }
}

function cancelledError(): DriftwoodError {
  return driftwoodError('JOB_CANCELLED', 'The job was cancelled.');
}

function crashError(kind: string, reason: string, stderrTail: string): DriftwoodError {
  const detail = stderrTail.trim().split('\n').filter((line) => /error|abort|terminate/i.test(line)).slice(-3).join(' | ');
  const cause: WorkbenchError = { code: 'INTERNAL', message: detail ? `${reason}: ${detail}` : reason };
  return new DriftwoodError({
    code: 'WORKER_CRASHED',
    message: `The engine worker running '${kind}' stopped unexpectedly (${reason}).`,
    action: 'The engine has been restarted; run the analysis again. If it keeps failing, lower DRIFTWOOD_MEMORY_LIMIT or report the input that triggers it.',
    cause,
  });
}

function send(worker: ChildProcess, message: MainToWorkerMessage): void {
  if (worker.connected) worker.send(message);
}

function killAndWait(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    worker.kill('SIGKILL');
  });
}
