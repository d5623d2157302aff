import { profileSql } from '../../../shared/inspect/profileSql';
import type { JobRequest, JobResult } from '../jobProtocol';
import { type JsonValue, toJsonValue } from '../valueConversion';
import type { JobContext } from './jobContext';

/** Per-column profile statistics in one scan of the source, with DuckDB's scan progress. */
export async function runSourceProfileJob(request: JobRequest<'source.profile'>, context: JobContext): Promise<JobResult<'source.profile'>> {
  context.reportProgress(0, 'scanning');
  const reader = await context.session.run(profileSql(request.source, request.columns, request.exactDistinct, request.limitRows), (fraction) => context.reportProgress(fraction, 'scanning'));
  const raw = reader.getRowObjects()[0];
  const row: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(raw)) row[key] = toJsonValue(value);
  context.reportProgress(1, 'scan complete');
  return { row };
}
