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
  const elapsed = formatElapsed(jobDurationMs(job, now));
  if (job.status !== 'running') {
    return (
      <li className={`tray-job tray-job-ended tray-job-${job.status}`} data-testid="job" data-status={job.status}>
        <div className="tray-job-line">
          <span className="tray-job-mark" aria-hidden="true">{job.status === 'succeeded' ? '✓' : job.status === 'failed' ? '!' : '–'}</span>
          <span className="tray-job-title">{job.title}</span>
          <span className="tray-job-status" data-testid="job-status">{messages.jobs[job.status]}</span>
          <span className="tray-job-time">{elapsed}</span>
          <button type="button" className="icon-button" onClick={onDismiss} aria-label={`${messages.jobs.dismiss}: ${job.title}`} title={messages.jobs.dismiss}>×</button>
        </div>
        {job.status === 'failed' && job.error && <p className="tray-job-error">{job.error.message} <span className="muted">{actionFor(job.error)}</span></p>}
      </li>
    );
  }
  const fraction = progressFraction(job);
  const status = cancelRequested ? messages.jobs.cancelling : job.progress ? sentenceCase(job.progress.message) : messages.jobs.starting;
  return (
    <li className="tray-job tray-job-running" data-testid="job" data-status={job.status}>
      <div className="tray-job-line">
        <span className="tray-job-title">{job.title}</span>
        <span className="tray-job-time">{elapsed}</span>
      </div>
      <ProgressBar fraction={fraction} label={job.title} />
      <div className="tray-job-line">
        <span className="tray-job-status" data-testid="job-status">{status}{fraction !== undefined ? ` · ${Math.round(fraction * 100)}%` : ''}</span>
        <button type="button" className="button button-small" disabled={cancelRequested} onClick={() => { setCancelRequested(true); onCancel(); }}>{messages.jobs.cancel}</button>
      </div>
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
