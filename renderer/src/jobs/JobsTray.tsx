import { useEffect, useState } from 'react';
import { formatElapsed, sentenceCase } from '../format/display';
import { actionFor, messages } from '../messages';
import { ProgressBar } from '../ui/ProgressBar';
import { useJobs } from './JobsContext';
import { type JobRecord, jobDurationMs, nextRevealInMs, progressFraction, trayJobs } from './jobsModel';

/**
 * The jobs tray: every job running longer than a second, with its progress and a Cancel button;
 * recent outcomes (done, failed with what to do, cancelled) until they time out or are dismissed.
 */
export function JobsTray() {
  const { jobs, cancel, dismiss } = useJobs();
  const now = useNow(jobs);
  const shown = trayJobs(jobs, now);
  if (shown.length === 0) return null;
  return (
    <section className="tray" aria-label={messages.jobs.title} data-testid="jobs-tray">
      <header className="tray-header">{messages.jobs.title}</header>
      <ul className="tray-list">
        {shown.map((job) => <JobItem key={job.id} job={job} now={now} onCancel={() => cancel(job.id)} onDismiss={() => dismiss(job.id)} />)}
      </ul>
    </section>
  );
}

function JobItem({ job, now, onCancel, onDismiss }: { job: JobRecord; now: number; onCancel(): void; onDismiss(): void }) {
  const [cancelRequested, setCancelRequested] = useState(false);
  const status = job.status === 'running' ? (cancelRequested ? messages.jobs.cancelling : (job.progress ? sentenceCase(job.progress.message) : messages.jobs.starting)) : messages.jobs[job.status];
  const fraction = progressFraction(job);
  return (
    <li className={`tray-job tray-job-${job.status}`} data-testid="job" data-status={job.status}>
      <div className="tray-job-line">
        <span className="tray-job-title">{job.title}</span>
        <span className="tray-job-time">{formatElapsed(jobDurationMs(job, now))}</span>
      </div>
      {job.status === 'running' && <ProgressBar fraction={fraction} label={job.title} />}
      <div className="tray-job-line">
        <span className="tray-job-status" data-testid="job-status">
          {status}{job.status === 'running' && fraction !== undefined ? ` · ${Math.round(fraction * 100)}%` : ''}
        </span>
        {job.status === 'running'
          ? <button type="button" className="button button-small" disabled={cancelRequested} onClick={() => { setCancelRequested(true); onCancel(); }}>{messages.jobs.cancel}</button>
          : <button type="button" className="button button-ghost button-small" onClick={onDismiss}>{messages.jobs.dismiss}</button>}
      </div>
      {job.status === 'failed' && job.error && (
        <p className="tray-job-error">{job.error.message} <span className="muted">{actionFor(job.error)}</span></p>
      )}
    </li>
  );
}

/** The clock the tray reads: ticks while a job runs, and once more when a waiting job would appear or disappear. */
function useNow(jobs: readonly JobRecord[]): number {
  const [now, setNow] = useState(() => Date.now());
  const running = jobs.some((job) => job.status === 'running');
  useEffect(() => {
    if (running) {
      const timer = window.setInterval(() => setNow(Date.now()), 250);
      return () => window.clearInterval(timer);
    }
    const wait = nextRevealInMs(jobs, Date.now());
    if (wait === undefined) return undefined;
    const timer = window.setTimeout(() => setNow(Date.now()), wait + 20);
    return () => window.clearTimeout(timer);
  }, [jobs, running, now]);
  return now;
}
