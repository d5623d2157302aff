import { driftwoodError, DriftwoodError } from '../../../shared/errors/workbenchError';
import { sourceRelation } from '../../../shared/sources/relationSql';
import { assertSingleFilterExpression, filterParseStatement } from '../../../shared/windows/filterExpression';
import type { JobRequest, JobResult } from '../jobProtocol';
import type { JobContext } from './jobContext';

/**
 * A filter is accepted only if DuckDB's parser sees exactly one row-level expression (see
 * shared/windows/filterExpression) and it binds against the source's columns as a boolean.
 */
export async function runFilterCheckJob(request: JobRequest<'filter.check'>, context: JobContext): Promise<JobResult<'filter.check'>> {
  const parsed = await context.session.run(filterParseStatement(request.expression));
  assertSingleFilterExpression(String(parsed.getRowObjectsJS()[0].parsed), request.expression, request.flag);
  const relation = sourceRelation(request.source, 'src');
  try {
    // LIMIT 0: binds names and types without reading data.
    await context.session.run({ sql: `SELECT count(*) FROM (SELECT * FROM ${relation.sql} LIMIT 0) AS t WHERE (${request.expression})`, params: relation.params });
  } catch (error) {
    if (error instanceof DriftwoodError && error.code === 'QUERY_FAILED') {
      throw driftwoodError('INVALID_ARGUMENT', `${request.flag} '${request.expression}' does not work on ${request.source.input}: ${error.message.split('\n')[0]}`,
        'Check the column names (quote odd ones with double quotes) and compare values of the right type.');
    }
    throw error;
  }
  return { ok: true };
}
