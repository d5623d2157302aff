import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type JobRecord, jobsReducer, nextRevealInMs, progressFraction, trayJobs } from '../../../renderer/src/jobs/jobsModel';

function jobs(...actions: Parameters<typeof jobsReducer>[1][]): JobRecord[] {
  return actions.reduce(jobsReducer, [] as JobRecord[]);
}

describe('jobsReducer', () => {
  test('records progress while running and the outcome once, ignoring events after the end', () => {
    const state = jobs(
      { type: 'started', id: 1, title: 'Drift analysis', atMs: 0 },
      { type: 'progress', id: 1, progress: { fraction: 0.4, message: 'scanning' } },
      { type: 'ended', id: 1, status: 'cancelled', atMs: 2000 },
      { type: 'ended', id: 1, status: 'failed', atMs: 2100, error: { code: 'INTERNAL', message: 'late' } },
      { type: 'progress', id: 1, progress: { fraction: 0.9, message: 'late' } },
    );
    assert.equal(state.length, 1);
    assert.equal(state[0].status, 'cancelled');
    assert.equal(state[0].endedAtMs, 2000);
    assert.equal(state[0].error, undefined);
    assert.deepEqual(state[0].progress, { fraction: 0.4, message: 'scanning' });
  });

  test('forgets the oldest finished jobs first when it holds too many, never a running one', () => {
    const actions: Parameters<typeof jobsReducer>[1][] = [{ type: 'started', id: 0, title: 'long', atMs: 0 }];
    for (let id = 1; id <= 20; id++) actions.push({ type: 'started', id, title: `quick ${id}`, atMs: id }, { type: 'ended', id, status: 'succeeded', atMs: id + 1 });
    const state = jobs(...actions);
    assert.equal(state.length, 12);
    assert.equal(state[0].id, 0);
  });
});

describe('trayJobs', () => {
  const state = jobs(
    { type: 'started', id: 1, title: 'quick', atMs: 0 },
    { type: 'ended', id: 1, status: 'succeeded', atMs: 300 },
    { type: 'started', id: 2, title: 'long done', atMs: 0 },
    { type: 'ended', id: 2, status: 'succeeded', atMs: 1500 },
    { type: 'started', id: 3, title: 'long cancelled', atMs: 100 },
    { type: 'ended', id: 3, status: 'cancelled', atMs: 1400 },
    { type: 'started', id: 4, title: 'running', atMs: 200 },
    { type: 'started', id: 5, title: 'just started', atMs: 1800 },
  );

  test('shows jobs that ran over a second, newest first; quick ones never', () => {
    assert.deepEqual(trayJobs(state, 2000).map((job) => job.id), [4, 3, 2]);
  });

  test('lets a succeeded job go after a few seconds but keeps a cancelled one', () => {
    assert.deepEqual(trayJobs(state, 9000).map((job) => job.id), [5, 4, 3]);
  });

  test('lets a cancelled job go after twenty seconds; a failed one stays until dismissed', () => {
    const failed = jobsReducer(state, { type: 'ended', id: 4, status: 'failed', atMs: 3000, error: { code: 'QUERY_FAILED', message: 'boom' } });
    assert.deepEqual(trayJobs(failed, 30_000).map((job) => job.id), [5, 4], 'job 5 still runs; job 3 (cancelled) and job 2 (done) are gone');
  });

  test('tells the tray when the next job will appear', () => {
    assert.equal(nextRevealInMs(state, 2000), 800);
  });
});

describe('progressFraction', () => {
  test('clamps the fraction and leaves it undefined without progress', () => {
    const [job] = jobs({ type: 'started', id: 1, title: 'x', atMs: 0 }, { type: 'progress', id: 1, progress: { fraction: 1.2, message: '' } });
    assert.equal(progressFraction(job), 1);
    assert.equal(progressFraction({ ...job, progress: undefined }), undefined);
  });
});
