import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tableFromIPC } from 'apache-arrow';
import { DriftwoodError } from '../../../shared/errors/workbenchError';
import type { JobProgress } from '../../../electron/engine/enginePool';
import { runOracleStatements } from '../../helpers/oracleDuckDb';
import { createTestEngine } from '../../helpers/testEngine';
import { makeTempDir } from '../../helpers/testPaths';

const scratch = makeTempDir();
const longFile = path.join(scratch.dir, 'long.parquet');
/** A Parquet scan of 4M rows × 300 files: over ten seconds on 2 cores, with DuckDB scan progress. */
const longQuery = { sql: 'SELECT sum(hash(x * 31 + 7) % 7) AS s FROM read_parquet($files)', params: { files: Array<string>(300).fill(longFile) } };

before(() => runOracleStatements([`COPY (SELECT i::INTEGER AS x FROM range(4000000) t(i)) TO '${longFile}' (FORMAT parquet)`]));
after(() => scratch.cleanup());

async function expectCode(promise: Promise<unknown>, code: string): Promise<DriftwoodError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DriftwoodError, `expected a DriftwoodError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected the job to fail with ${code}`);
}

describe('EnginePool', () => {
  const engine = createTestEngine({ cancelGraceMs: 5000 });
  after(() => engine.dispose());

  test('runs SQL with bound values in a worker and returns Arrow IPC bytes', async () => {
    const { arrowIpc, rowCount } = await engine.submit({
      kind: 'sql.query',
      statements: [{ sql: 'SELECT x, x * $factor AS doubled, \'v\' || x::VARCHAR AS label FROM range(5) t(x)', params: { factor: 2 } }],
    }).result;
    assert.equal(rowCount, 5);
    const table = tableFromIPC(arrowIpc);
    assert.deepEqual(Array.from(table.getChild('doubled')?.toArray() ?? []).map(Number), [0, 2, 4, 6, 8]);
    assert.equal(table.getChild('label')?.get(3), 'v3');
  });

  test('never pastes values into SQL: a hostile string stays a value', async () => {
    const hostile = "x'); DROP TABLE t; --";
    const { arrowIpc } = await engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT $v AS v', params: { v: hostile } }] }).result;
    assert.equal(tableFromIPC(arrowIpc).getChild('v')?.get(0), hostile);
  });

  test('cancel interrupts a long query within a second and the job ends as cancelled', async () => {
    const progress: JobProgress[] = [];
    const job = engine.submit({ kind: 'sql.query', statements: [longQuery], allowedFiles: [longFile] }, { onProgress: (event) => progress.push(event) });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const cancelledAt = Date.now();
    job.cancel();
    await expectCode(job.result, 'JOB_CANCELLED');
    const elapsedMs = Date.now() - cancelledAt;
    assert.ok(elapsedMs < 1000, `cancel took ${elapsedMs} ms`);
    assert.equal(engine.stats().restarts, 0, 'an interrupt must not need a worker restart');
    assert.ok(progress.some((event) => event.fraction > 0 && event.fraction < 1), 'a long scan reports progress');
  });

  test('a worker that crashes fails only its job, with a clear error, and the pool keeps serving', async () => {
    const before = engine.stats().restarts;
    const error = await expectCode(engine.submit({ kind: 'debug.crash' }).result, 'WORKER_CRASHED');
    assert.match(error.message, /stopped unexpectedly/);
    assert.ok(error.action && /run the analysis again/.test(error.action));
    assert.equal(engine.stats().restarts, before + 1);
    const { rowCount } = await engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT 1 AS one', params: {} }] }).result;
    assert.equal(rowCount, 1);
  });

  test('a worker killed mid-query yields a clean job error and the pool keeps serving', async () => {
    const job = engine.submit({ kind: 'sql.query', statements: [longQuery], allowedFiles: [longFile] });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await engine.killWorkerRunning(job.id);
    await expectCode(job.result, 'WORKER_CRASHED');
    const again = await engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT 42 AS answer', params: {} }] }).result;
    assert.equal(Number(tableFromIPC(again.arrowIpc).getChild('answer')?.get(0)), 42);
  });

  test('runs jobs concurrently on separate workers and queues the rest', async () => {
    const jobs = [1, 2, 3, 4].map((value) => engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT $v::INTEGER AS v', params: { v: value } }] }));
    const values = await Promise.all(jobs.map(async (job) => Number(tableFromIPC((await job.result).arrowIpc).getChild('v')?.get(0))));
    assert.deepEqual(values, [1, 2, 3, 4]);
    assert.ok(engine.stats().workers <= 2);
  });

  test('cancelling a queued job rejects it without running it', async () => {
    const blockers = [engine.submit({ kind: 'sql.query', statements: [longQuery], allowedFiles: [longFile] }), engine.submit({ kind: 'sql.query', statements: [longQuery], allowedFiles: [longFile] })];
    const queued = engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT 1', params: {} }] });
    assert.ok(engine.stats().queued >= 1, 'both workers are busy, so the third job waits');
    queued.cancel();
    await expectCode(queued.result, 'JOB_CANCELLED');
    for (const blocker of blockers) blocker.cancel();
    await Promise.all(blockers.map((blocker) => expectCode(blocker.result, 'JOB_CANCELLED')));
  });

  test('a job reads only the files it was given: DuckDB external access is locked down per job', async () => {
    const error = await expectCode(engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT count(*) FROM read_parquet($f)', params: { f: longFile } }] }).result, 'QUERY_FAILED');
    assert.match(error.message, /Permission Error|Cannot access/);
    const allowed = await engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT count(*) AS n FROM read_parquet($f)', params: { f: longFile } }], allowedFiles: [longFile] }).result;
    assert.equal(allowed.rowCount, 1);
    const escape = await expectCode(engine.submit({
      kind: 'sql.query', statements: [{ sql: "SET enable_external_access = true", params: {} }], allowedFiles: [longFile],
    }).result, 'QUERY_FAILED');
    assert.match(escape.message, /Cannot (enable|change)/);
  });

  test('a failing query is a QUERY_FAILED error carrying DuckDB\'s message', async () => {
    const error = await expectCode(engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT * FROM no_such_table', params: {} }] }).result, 'QUERY_FAILED');
    assert.match(error.message, /no_such_table/);
  });
});

describe('EnginePool lifecycle', () => {
  test('dispose ends every worker and rejects queued jobs', async () => {
    const engine = createTestEngine({ workers: 1 });
    await engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT 1', params: {} }] }).result;
    const running = engine.submit({ kind: 'sql.query', statements: [longQuery], allowedFiles: [longFile] });
    const queued = engine.submit({ kind: 'sql.query', statements: [{ sql: 'SELECT 2', params: {} }] });
    const outcomes = Promise.all([expectCode(queued.result, 'JOB_CANCELLED'), expectCode(running.result, 'JOB_CANCELLED')]);
    await engine.dispose();
    await outcomes;
    assert.equal(engine.stats().workers, 0);
    assert.throws(() => engine.submit({ kind: 'sql.query', statements: [] }), /shut down/);
  });
});
