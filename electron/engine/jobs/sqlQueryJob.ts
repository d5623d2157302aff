import { encodeResultAsArrowIpc } from '../arrowEncoder';
import type { JobRequest, JobResult } from '../jobProtocol';
import type { JobContext } from './jobContext';

/** Runs statements built in shared/ in order and returns the last result as Arrow IPC bytes. */
export async function runSqlQueryJob(request: JobRequest<'sql.query'>, context: JobContext): Promise<JobResult<'sql.query'>> {
  const label = request.progressLabel ?? 'querying';
  const count = request.statements.length;
  let lastReader;
  for (const [index, statement] of request.statements.entries()) {
    lastReader = await context.session.run(statement, (fraction) => context.reportProgress((index + fraction) / count, label));
  }
  if (!lastReader) throw new Error('sql.query needs at least one statement.');
  context.reportProgress(1, label);
  return { arrowIpc: encodeResultAsArrowIpc(lastReader), rowCount: lastReader.currentRowCount };
}
