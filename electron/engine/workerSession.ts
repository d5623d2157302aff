import fs from 'node:fs';
import { DuckDBConnection, DuckDBInstance, type DuckDBResultReader, type DuckDBValue, listValue } from '@duckdb/node-api';
import { driftwoodError } from '../../shared/errors/workbenchError';
import type { SqlStatement, SqlValue } from '../../shared/sql/sqlStatement';
import type { FileAccess } from './jobFileAccess';
import type { WorkerInit } from './jobProtocol';

/** DuckDB's own message for an interrupted query. */
const interruptPattern = /INTERRUPT|Interrupted/i;

/**
 * One DuckDB instance and connection for one job in a worker process, with cancellation and progress.
 * A connection runs one query at a time, which is why the pool has one job per worker.
 */
export class WorkerSession {
  private cancelled = false;

  private constructor(private readonly instance: DuckDBInstance, readonly connection: DuckDBConnection) {}

  /**
   * A DuckDB instance for one job, locked down to the files that job needs (see jobFileAccess): external
   * access off, configuration locked. Creating one costs a few tens of milliseconds.
   */
  static async open(init: WorkerInit, access: FileAccess): Promise<WorkerSession> {
    fs.mkdirSync(init.config.tempDirectory, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:', {
      memory_limit: init.config.memoryLimit,
      temp_directory: init.config.tempDirectory,
      threads: String(init.config.threads),
      // Sources are user files: never let a query pull code or data from the network.
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
    const connection = await instance.connect();
    await connection.run('SET enable_progress_bar = true');
    await connection.run('SET enable_progress_bar_print = false');
    await connection.run("SET TimeZone = 'UTC'");
    // SET takes no bound parameters, so the paths go in as string literals through one quoting helper.
    await connection.run(`SET allowed_paths = ${listLiteral(access.readFiles)}`);
    await connection.run(`SET allowed_directories = ${listLiteral(access.directories.map((directory) => directory.endsWith('/') ? directory : `${directory}/`))}`);
    await connection.run('SET enable_external_access = false');
    if (!access.changesSettings) await connection.run('SET lock_configuration = true');
    return new WorkerSession(instance, connection);
  }

  /** Interrupts the running query; the job then ends as cancelled. */
  cancel(): void {
    this.cancelled = true;
    this.connection.interrupt();
  }

  throwIfCancelled(): void {
    if (this.cancelled) throw driftwoodError('JOB_CANCELLED', 'The job was cancelled.');
  }

  /**
   * Runs a statement and reads its whole result, reporting DuckDB's progress (0..1) every `intervalMs`
   * and re-sending a pending interrupt at the same pace.
   * An interrupt surfaces as JOB_CANCELLED; other DuckDB errors as QUERY_FAILED with DuckDB's text.
   */
  async run(statement: SqlStatement, onProgress?: (fraction: number) => void, intervalMs = 150): Promise<DuckDBResultReader> {
    this.throwIfCancelled();
    const timer = setInterval(() => {
      // An interrupt that lands before DuckDB has started the query is cleared when it starts; repeat it.
      if (this.cancelled) this.connection.interrupt();
      const percentage = this.connection.progress.percentage;
      if (onProgress && percentage >= 0) onProgress(Math.min(1, percentage / 100));
    }, intervalMs);
    try {
      return await this.connection.runAndReadAll(statement.sql, bindValues(statement.params));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (this.cancelled || interruptPattern.test(message)) throw driftwoodError('JOB_CANCELLED', 'The job was cancelled.');
      throw driftwoodError('QUERY_FAILED', message);
    } finally {
      clearInterval(timer);
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function bindValues(params: Record<string, SqlValue>): Record<string, DuckDBValue> {
  const bound: Record<string, DuckDBValue> = {};
  for (const [name, value] of Object.entries(params)) {
    bound[name] = Array.isArray(value) ? listValue(value as string[]) : (value as DuckDBValue);
  }
  return bound;
}

function listLiteral(values: readonly string[]): string {
  return `[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]::VARCHAR[]`;
}
