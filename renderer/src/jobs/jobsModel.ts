import type { CallProgress } from '../../../shared/api/workbenchApi';
import type { WorkbenchError } from '../../../shared/errors/workbenchError';

/**
 * The jobs tray's state (pure transitions). A job is one API call that may take a while: it has a title,
 * progress events from the Service, and ends succeeded, failed (with a WorkbenchError) or cancelled.
 * DESIGN.md §6: every job over a second shows progress and can be cancelled.
 */
export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobRecord {
  id: number;
  title: string;
  startedAtMs: number;
  endedAtMs?: number;
  status: JobStatus;
  progress?: CallProgress;
  error?: WorkbenchError;
}

export type JobsAction =
  | { type: 'started'; id: number; title: string; atMs: number }
  | { type: 'progress'; id: number; progress: CallProgress }
  | { type: 'ended'; id: number; status: Exclude<JobStatus, 'running'>; atMs: number; error?: WorkbenchError }
  | { type: 'dismissed'; id: number };

/** A job joins the tray once it has run this long; shorter ones never flash by. */
export const SHOW_AFTER_MS = 1000;
/** How long a finished job stays in the tray; failures stay until dismissed. */
export const KEEP_SUCCEEDED_MS = 4000;
export const KEEP_CANCELLED_MS = 20_000;
/** Most jobs the model keeps (older finished ones are forgotten first). */
export const MAX_JOBS = 12;

export function jobsReducer(jobs: readonly JobRecord[], action: JobsAction): JobRecord[] {
  switch (action.type) {
    case 'started':
      return trim([...jobs, { id: action.id, title: action.title, startedAtMs: action.atMs, status: 'running' }]);
    case 'progress':
      return jobs.map((job) => (job.id === action.id && job.status === 'running' ? { ...job, progress: action.progress } : job));
    case 'ended':
      return jobs.map((job) => (job.id === action.id && job.status === 'running'
        ? { ...job, status: action.status, endedAtMs: action.atMs, error: action.error }
        : job));
    case 'dismissed':
      return jobs.filter((job) => job.id !== action.id);
  }
}

function trim(jobs: JobRecord[]): JobRecord[] {
  if (jobs.length <= MAX_JOBS) return jobs;
  const excess = jobs.length - MAX_JOBS;
  let dropped = 0;
  return jobs.filter((job) => {
    if (dropped < excess && job.status !== 'running') {
      dropped++;
      return false;
    }
    return true;
  });
}

/** How long a job ran (or has been running). */
export function jobDurationMs(job: JobRecord, nowMs: number): number {
  return (job.endedAtMs ?? nowMs) - job.startedAtMs;
}

/**
 * The jobs the tray lists, newest first: running jobs once they pass SHOW_AFTER_MS; long jobs that
 * succeeded, for a moment; cancelled ones a little longer; failed ones until dismissed.
 */
export function trayJobs(jobs: readonly JobRecord[], nowMs: number): JobRecord[] {
  return jobs
    .filter((job) => {
      if (jobDurationMs(job, nowMs) < SHOW_AFTER_MS) return false;
      if (job.status === 'succeeded') return nowMs - (job.endedAtMs ?? nowMs) < KEEP_SUCCEEDED_MS;
      if (job.status === 'cancelled') return nowMs - (job.endedAtMs ?? nowMs) < KEEP_CANCELLED_MS;
      return true;
    })
    .sort((a, b) => b.startedAtMs - a.startedAtMs);
}

/** When the tray next changes by itself: a running job reaching a second, or a finished one timing out. */
export function nextRevealInMs(jobs: readonly JobRecord[], nowMs: number): number | undefined {
  const waits = jobs.flatMap((job) => {
    if (job.status === 'running') {
      const wait = SHOW_AFTER_MS - (nowMs - job.startedAtMs);
      return wait > 0 ? [wait] : [];
    }
    if ((job.status === 'succeeded' || job.status === 'cancelled') && job.endedAtMs !== undefined && jobDurationMs(job, nowMs) >= SHOW_AFTER_MS) {
      const left = (job.status === 'succeeded' ? KEEP_SUCCEEDED_MS : KEEP_CANCELLED_MS) - (nowMs - job.endedAtMs);
      return left > 0 ? [left] : [];
    }
    return [];
  });
  return waits.length > 0 ? Math.min(...waits) : undefined;
}

/** The progress bar's fill in [0, 1], or undefined for an indeterminate bar. */
export function progressFraction(job: JobRecord): number | undefined {
  const fraction = job.progress?.fraction;
  return fraction !== undefined && Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : undefined;
}
