import { DriftwoodError, driftwoodError } from '../../shared/errors/workbenchError';
import { buildInspectResult } from '../../shared/inspect/buildInspectResult';
import { exactDistinctRowLimit } from '../../shared/inspect/profileSql';
import type { InspectResult } from '../../shared/inspect/inspectResult';
import type { SourceDescriptor } from '../../shared/sources/source';
import type { EnginePool, JobProgress } from '../engine/enginePool';
import { resolveSource } from './sourceResolver';

export interface InspectOptions {
  roleOverrides?: Record<string, string>;
  /** Read only the schema and the Parquet row count (no scan). */
  schemaOnly?: boolean;
  onProgress?: (progress: JobProgress) => void;
  signal?: AbortSignal;
}

/** A CSV column whose type changes after the sniffed sample shows up as a conversion error mid-scan. */
const csvTypeChangePattern = /Could not convert|CSV Error|Conversion Error|type mismatch/i;

/** `driftwood inspect`: schema, roles, row count, per-column statistics and time range of a source. */
export async function inspectSource(engine: EnginePool, input: string, options: InspectOptions = {}): Promise<InspectResult> {
  let source = resolveSource(input);
  try {
    return await inspectResolved(engine, source, options);
  } catch (error) {
    if (source.format === 'csv' && !source.csvFullSniff && error instanceof DriftwoodError && error.code === 'QUERY_FAILED'
      && csvTypeChangePattern.test(error.message)) {
      source = { ...source, csvFullSniff: true };
      return inspectResolved(engine, source, options).catch((retryError) => {
        throw asSourceError(source, retryError);
      });
    }
    throw asSourceError(source, error);
  }
}

async function inspectResolved(engine: EnginePool, source: SourceDescriptor, options: InspectOptions): Promise<InspectResult> {
  const schema = await engine.submit({ kind: 'source.schema', source }, { onProgress: options.onProgress, signal: options.signal }).result;
  // Row count unknown before a scan (CSV/NDJSON): judge by size, ~100 bytes a row.
  const exactDistinct = (schema.rowCount ?? source.bytes / 100) <= exactDistinctRowLimit;
  const profile = options.schemaOnly && schema.rowCount !== null
    ? null
    : (await engine.submit({ kind: 'source.profile', source, columns: schema.columns, exactDistinct },
      { onProgress: options.onProgress, signal: options.signal }).result).row;
  return buildInspectResult({
    source,
    columns: schema.columns,
    metadataRowCount: schema.rowCount,
    profile,
    roleOverrides: options.roleOverrides ?? {},
    exactDistinct,
  });
}

/** DuckDB's read errors become source errors that name the file and say what to do. */
function asSourceError(source: SourceDescriptor, error: unknown): unknown {
  if (!(error instanceof DriftwoodError) || error.code !== 'QUERY_FAILED') return error;
  const firstLine = error.message.split('\n')[0];
  if (source.format === 'parquet') {
    return driftwoodError('SOURCE_CORRUPT', `Cannot read '${source.input}' as Parquet: ${firstLine}`,
      'The file is damaged or was written by an incompatible tool; export it again.', error.toRecord());
  }
  return driftwoodError('SOURCE_UNREADABLE', `Cannot read '${source.input}' as ${source.format.toUpperCase()}: ${firstLine}`,
    source.format === 'csv' ? 'Check the delimiter and header, or convert the file to Parquet.' : 'Check that every line is one JSON object.', error.toRecord());
}
