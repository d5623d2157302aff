import { type OverTimeCountRow, overTimeCountsSql } from '../../../shared/drift/driftOverTime';
import type { JobRequest, JobResult } from '../jobProtocol';
import { toJsonValue } from '../valueConversion';
import type { JobContext } from './jobContext';

/** Counts per time bucket, column and bin over the current window (see shared/drift/driftOverTime). */
export async function runDriftOverTimeJob(request: JobRequest<'drift.overTime'>, context: JobContext): Promise<JobResult<'drift.overTime'>> {
  const rows: OverTimeCountRow[] = [];
  const kinds = (['numeric', 'categorical'] as const).filter((kind) =>
    request.columns.some((column) => (kind === 'categorical') === (column.kind === 'categorical')));
  const statements = [];
  for (const [index, kind] of kinds.entries()) {
    const statement = overTimeCountsSql(request.current, request.timeColumn, request.timeIsTemporal, request.unit, request.columns, kind);
    statements.push(statement);
    const reader = await context.session.run(statement, (fraction) => context.reportProgress((index + fraction) / kinds.length, `drift per ${request.unit}`));
    for (const row of reader.getRows()) {
      const [bucket, col, value, count] = row;
      rows.push({
        bucket: toJsonValue(bucket) as string | number,
        col: String(col),
        key: value === null ? null : kind === 'categorical' ? String(value) : String(Number(value)),
        n: Number(count),
      });
    }
  }
  return { rows, statements };
}
