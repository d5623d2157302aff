import { describeSql, parquetRowCountSql } from '../../../shared/sources/relationSql';
import type { JobRequest, JobResult } from '../jobProtocol';
import type { JobContext } from './jobContext';

/** Schema and, for Parquet, the row count from file footers — no data pages are read. */
export async function runSourceSchemaJob(request: JobRequest<'source.schema'>, context: JobContext): Promise<JobResult<'source.schema'>> {
  const { source } = request;
  context.reportProgress(0, 'reading schema');
  const described = await context.session.run(describeSql(source));
  const columns = described.getRowObjectsJS().map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  let rowCount: number | null = null;
  if (source.format === 'parquet') {
    const counted = await context.session.run(parquetRowCountSql(source));
    rowCount = Number(counted.getRowObjectsJS()[0].row_count);
  }
  context.reportProgress(1, 'schema read');
  return { rowCount, columns };
}
