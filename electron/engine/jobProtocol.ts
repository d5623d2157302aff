import type { WorkbenchError } from '../../shared/errors/workbenchError';
import type { DriftAggregates } from '../../shared/drift/driftAggregates';
import type { DriftQueryPlan } from '../../shared/drift/driftSql';
import type { OverTimeColumn, OverTimeCountRow, OverTimeUnit } from '../../shared/drift/driftOverTime';
import type { WindowSpec } from '../../shared/windows/windowSpec';
import type { ColumnSchema } from '../../shared/inspect/profileSql';
import type { HistogramColumn } from '../../shared/overview/overviewSql';
import type { DomainClassifierResult } from '../../shared/multivariate/types';
import type { SourceDescriptor } from '../../shared/sources/source';
import type { SqlStatement } from '../../shared/sql/sqlStatement';
import type { EngineConfig } from './engineConfig';
import type { JsonValue } from './valueConversion';

/**
 * The messages between the pool and its worker processes. Every job kind is listed here with its
 * request and result, so both ends are type-checked against one contract.
 */
export interface JobKinds {
  /** Column names and types; row count from Parquet footers (null for CSV/NDJSON, which need a scan). */
  'source.schema': {
    request: { source: SourceDescriptor };
    result: { rowCount: number | null; columns: ColumnSchema[] };
  };
  /** One scan computing per-column profile statistics (see shared/inspect/profileSql). */
  'source.profile': {
    request: { source: SourceDescriptor; columns: ColumnSchema[]; exactDistinct: boolean; limitRows?: number };
    result: { row: Record<string, JsonValue> };
  };
  /** Mini-histogram counts and the event timeline of a source (shared/overview). */
  'source.overview': {
    request: {
      source: SourceDescriptor;
      columns: HistogramColumn[];
      timeline?: { column: string; temporal: boolean; unit: 'hour' | 'day'; versionColumn?: string };
    };
    result: {
      /** The histogram columns with the ranges actually binned (narrowed for heavy tails). */
      columns: HistogramColumn[];
      histogramRows: Array<{ col: string; v: string | null; n: number }>;
      timelineRows: Array<{ bucket: string | number; version: string | null; n: number }> | null;
    };
  };
  /** Runs statements in order; the last one's result comes back as Arrow IPC bytes. */
  'sql.query': {
    request: { statements: SqlStatement[]; progressLabel?: string; /** Files the statements may read. */ allowedFiles?: string[] };
    result: { arrowIpc: Uint8Array; rowCount: number };
  };
  /** Drift aggregates for a reference and a current window (shared/drift/driftSql). */
  'drift.aggregate': {
    request: { plan: DriftQueryPlan; bins: number; exact: boolean; exactRowLimit: number };
    result: DriftAggregates;
  };
  /** Per time bucket of the current window: counts per column and reference bin. */
  'drift.overTime': {
    request: { current: WindowSpec; timeColumn: string; timeIsTemporal: boolean; unit: OverTimeUnit; columns: OverTimeColumn[] };
    result: { rows: OverTimeCountRow[]; statements: SqlStatement[] };
  };
  /** Domain classifier (reference vs current) on a bounded sample of each window. */
  'drift.domainClassifier': {
    request: { plan: DriftQueryPlan; rowsPerWindow: number; seed: number };
    result: { result: DomainClassifierResult; statements: SqlStatement[] };
  };
  /** Validates a user filter expression with DuckDB's parser, then checks that it binds on the source. */
  'filter.check': {
    request: { expression: string; flag: string; source: SourceDescriptor };
    result: { ok: true };
  };
  /** Writes the demo inference log. */
  'demo.write': {
    request: { outDir: string; rows: number; scenario: string; seed: number; overwrite?: boolean };
    result: JsonValue;
  };
  /** Test only: throws outside any promise, which kills the worker thread. */
  'debug.crash': {
    request: { reason?: string };
    result: never;
  };
}

export type JobKind = keyof JobKinds;
export type JobRequest<K extends JobKind = JobKind> = { kind: K } & JobKinds[K]['request'];
export type JobResult<K extends JobKind> = JobKinds[K]['result'];
/** Any job request, as a union discriminated by `kind`. */
export type AnyJobRequest = { [K in JobKind]: JobRequest<K> }[JobKind];

export interface WorkerInit {
  config: Pick<EngineConfig, 'memoryLimit' | 'tempDirectory' | 'threads' | 'allowDebugJobs'>;
}

export type MainToWorkerMessage =
  | { type: 'run'; jobId: number; request: JobRequest }
  | { type: 'cancel'; jobId: number };

export type WorkerToMainMessage =
  | { type: 'ready' }
  | { type: 'init-failed'; error: WorkbenchError }
  | { type: 'progress'; jobId: number; fraction: number; message: string }
  | { type: 'done'; jobId: number; result: unknown }
  | { type: 'failed'; jobId: number; error: WorkbenchError };
