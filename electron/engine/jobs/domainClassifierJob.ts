import { windowSampleSql } from '../../../shared/drift/driftSql';
import { domainClassifier } from '../../../shared/multivariate/domainClassifier';
import type { DomainSample } from '../../../shared/multivariate/types';
import type { JobRequest, JobResult } from '../jobProtocol';
import type { JobContext } from './jobContext';

/**
 * The multivariate drift signal (DESIGN.md §3.1): a deterministic bounded sample of each window, then the
 * domain classifier — in the worker, because training takes up to a second of CPU.
 */
export async function runDomainClassifierJob(request: JobRequest<'drift.domainClassifier'>, context: JobContext): Promise<JobResult<'drift.domainClassifier'>> {
  const { plan, rowsPerWindow, seed } = request;
  const columns = [...plan.numeric, ...plan.categorical];
  const kinds = new Map<string, 'numeric' | 'categorical'>([
    ...plan.numeric.map((column) => [column.name, 'numeric'] as const),
    ...plan.categorical.map((column) => [column.name, 'categorical'] as const),
  ]);
  const statements = [windowSampleSql(plan.reference, 'ref', columns, kinds, rowsPerWindow), windowSampleSql(plan.current, 'cur', columns, kinds, rowsPerWindow)];
  const samples = [];
  for (const [index, statement] of statements.entries()) {
    samples.push((await context.session.run(statement, (fraction) => context.reportProgress(index * 0.4 + fraction * 0.4, 'sampling windows'))).getColumns());
  }
  const [reference, current] = samples;
  const referenceRows = reference[0]?.length ?? 0;
  const currentRows = current[0]?.length ?? 0;
  const isCurrent = new Uint8Array(referenceRows + currentRows);
  isCurrent.fill(1, referenceRows);
  const sample: DomainSample = { isCurrent, numeric: [], categorical: [] };
  columns.forEach((column, index) => {
    const values = [...reference[index], ...current[index]];
    if (kinds.get(column.name) === 'numeric') {
      sample.numeric.push({ name: column.name, values: Float64Array.from(values, (value) => (value === null ? Number.NaN : Number(value))) });
    } else {
      sample.categorical.push({ name: column.name, values: values.map((value) => (value === null ? null : String(value))) });
    }
  });
  context.reportProgress(0.8, 'training the domain classifier');
  const result = domainClassifier(sample, { seed });
  context.reportProgress(1, 'domain classifier done');
  return { result, statements };
}
