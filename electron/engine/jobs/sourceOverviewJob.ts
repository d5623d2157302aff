import { displayRange, displayRangeSql, histogramCountsSql, timelineSql } from '../../../shared/overview/overviewSql';
import type { JobRequest, JobResult } from '../jobProtocol';
import { toJsonValue } from '../valueConversion';
import type { JobContext } from './jobContext';

/** Counts for the Overview page: one scan for all mini-histograms, one for the timeline. */
export async function runSourceOverviewJob(request: JobRequest<'source.overview'>, context: JobContext): Promise<JobResult<'source.overview'>> {
  const histogramRows: JobResult<'source.overview'>['histogramRows'] = [];
  let columns = request.columns;
  if (columns.some((column) => column.kind === 'numeric')) {
    const ranges = (await context.session.run(displayRangeSql(request.source, columns))).getRowObjectsJS()[0] ?? {};
    columns = columns.map((column) => {
      const quantiles = ranges[column.alias] as number[] | null | undefined;
      return column.kind === 'numeric' ? displayRange(column, quantiles?.[0], quantiles?.[1]) : column;
    });
  }
  if (columns.length > 0) {
    const reader = await context.session.run(histogramCountsSql(request.source, columns), (fraction) => context.reportProgress(fraction * 0.7, 'histograms'));
    for (const [col, v, n] of reader.getRows()) histogramRows.push({ col: String(col), v: v === null ? null : String(v), n: Number(n) });
  }
  let timelineRows: JobResult<'source.overview'>['timelineRows'] = null;
  if (request.timeline) {
    const { column, temporal, unit, versionColumn } = request.timeline;
    const reader = await context.session.run(timelineSql(request.source, column, temporal, unit, versionColumn), (fraction) => context.reportProgress(0.7 + fraction * 0.3, 'timeline'));
    timelineRows = reader.getRows().map(([bucket, version, n]) => ({
      bucket: toJsonValue(bucket) as string | number, version: version === null ? null : String(version), n: Number(n),
    }));
  }
  context.reportProgress(1, 'overview ready');
  return { columns, histogramRows, timelineRows };
}
