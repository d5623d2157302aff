import { VALUE_BINNING_MAX_DISTINCT, dedupeEdges, interpolateQuantile, quantileEdgeLevels } from '../../../shared/drift/binEdges';
import type { CategoricalAggregate, DriftAggregates, NumericAggregate } from '../../../shared/drift/driftAggregates';
import { correlationRatio } from '../../../shared/drift/columnImportance';
import {
  type DriftQueryPlan, associationCategoricalSql, cumulativeTableSql, associationNumericSql, categoricalGroupsSql, categoryCountsSql, dropDriftTablesSql,
  fineBinErrorSql, numericGroupsSql, numericNonFiniteSql, numericSummarySql, quantileBinCountsSql, quantilesSql, valueBinCountsSql,
  windowRowCountsSql,
} from '../../../shared/drift/driftSql';
import { DriftwoodError, driftwoodError } from '../../../shared/errors/workbenchError';
import type { SqlStatement } from '../../../shared/sql/sqlStatement';
import { describeWindow } from '../../../shared/windows/windowSpec';
import type { JobRequest, JobResult } from '../jobProtocol';
import type { JobContext } from './jobContext';

/** Relative accuracy of approximate mode's fine buckets: γ = (1 + a) / (1 − a). */
export const FINE_BIN_RELATIVE_ACCURACY = 1e-3;
/** Report-only quantile levels (DESIGN.md §3.1: p1, p50, p99 shifts). */
export const REPORTED_QUANTILE_LEVELS = [0.01, 0.5, 0.99];
/** Reference rows used to estimate each column's association with the prediction. */
export const ASSOCIATION_SAMPLE_ROWS = 200_000;

/**
 * Runs the drift plan in DuckDB and returns aggregates (see shared/drift/driftSql for the plan).
 * Progress: the two grouping scans are the expensive steps; everything after reads small tables.
 */
export async function runDriftJob(request: JobRequest<'drift.aggregate'>, context: JobContext): Promise<JobResult<'drift.aggregate'>> {
  const statements: SqlStatement[] = [];
  const run = async (statement: SqlStatement, from: number, to: number, message: string) => {
    statements.push(statement);
    return context.session.run(statement, (fraction) => context.reportProgress(from + fraction * (to - from), message));
  };
  const rows = async (statement: SqlStatement, from: number, to: number, message: string) =>
    (await run(statement, from, to, message)).getRowObjectsJS() as Array<Record<string, unknown>>;

  const counted = await rows(windowRowCountsSql(request.plan), 0, 0.1, 'counting rows');
  const referenceRows = Number(counted.find((row) => Number(row.w) === 0)?.n ?? 0);
  const currentRows = Number(counted.find((row) => Number(row.w) === 1)?.n ?? 0);
  for (const [name, count, window] of [['reference', referenceRows, request.plan.reference], ['current', currentRows, request.plan.current]] as const) {
    if (count === 0) {
      throw driftwoodError('INVALID_ARGUMENT', `The ${name} window has no rows (${describeWindow(window)}).`,
        'Widen the window or check its filter; `driftwood inspect` shows the time range of the log.');
    }
  }
  // Above the exact-mode limit, columns with many distinct values are grouped by fine buckets; the
  // plan marks the candidates, and columns with few distinct values stay exact at any size.
  const large = !request.exact && Math.max(referenceRows, currentRows) > request.exactRowLimit;
  const plan: DriftQueryPlan = { ...request.plan, numeric: request.plan.numeric.map((column) => ({ ...column, fine: large && Boolean(column.fine) })) };
  const approximate = plan.numeric.some((column) => column.fine);
  const gamma = (1 + FINE_BIN_RELATIVE_ACCURACY) / (1 - FINE_BIN_RELATIVE_ACCURACY);

  const numeric: NumericAggregate[] = [];
  if (plan.numeric.length > 0) {
    await run(numericGroupsSql(plan, gamma), 0.1, plan.categorical.length > 0 ? 0.6 : 0.9, 'grouping numeric columns');
    numeric.push(...await summariseNumeric(plan, request.bins, approximate, gamma, rows));
  }
  const categorical: CategoricalAggregate[] = [];
  if (plan.categorical.length > 0) {
    await run(categoricalGroupsSql(plan), plan.numeric.length > 0 ? 0.6 : 0.1, 0.93, 'grouping categorical columns');
    categorical.push(...categoricalAggregates(plan, await rows(categoryCountsSql(), 0.93, 0.94, 'reading categories')));
  }
  let associationSampleRows: number | undefined;
  if (plan.prediction) {
    try {
      associationSampleRows = await estimateAssociations(plan, numeric, categorical, rows);
    } catch (error) {
      // Importance is an estimate that only weighs severity: when DuckDB cannot compute it (e.g. values so
      // extreme that the variance overflows), the drift result stands without it rather than failing.
      if (!(error instanceof DriftwoodError) || error.code !== 'QUERY_FAILED') throw error;
      associationSampleRows = undefined;
    }
  }
  for (const statement of dropDriftTablesSql()) await context.session.run(statement);
  context.reportProgress(1, 'drift aggregates ready');
  return {
    rows: { reference: referenceRows, current: currentRows },
    numeric,
    categorical,
    approximate,
    gamma: approximate ? gamma : undefined,
    associationSampleRows,
    statements,
  } satisfies DriftAggregates;
}

/** Each column's association with the prediction on the reference sample (importance estimate); returns the sample size. */
async function estimateAssociations(plan: DriftQueryPlan, numeric: NumericAggregate[], categorical: CategoricalAggregate[], rows: RowReader): Promise<number> {
  const numericAssociation = (await rows(associationNumericSql(plan, ASSOCIATION_SAMPLE_ROWS), 0.94, 0.97, 'estimating importance'))[0];
  for (const aggregate of numeric) {
    const r = numericAssociation[aggregate.alias];
    aggregate.association = r === null || r === undefined || !Number.isFinite(Number(r)) ? 0 : Math.min(1, Math.abs(Number(r)));
  }
  if (plan.categorical.length > 0) {
    const groups = await rows(associationCategoricalSql(plan, ASSOCIATION_SAMPLE_ROWS), 0.97, 0.99, 'estimating importance');
    for (const aggregate of categorical) {
      const own = groups.filter((row) => row.col === aggregate.alias);
      aggregate.association = correlationRatio(own.map((row) => Number(row.n)), own.map((row) => Number(row.s ?? 0)), own.map((row) => Number(row.ss ?? 0)));
    }
  }
  return Number(numericAssociation.sample_rows);
}

type RowReader = (statement: SqlStatement, from: number, to: number, message: string) => Promise<Array<Record<string, unknown>>>;

async function summariseNumeric(plan: DriftQueryPlan, bins: number, approximate: boolean, gamma: number, rows: RowReader): Promise<NumericAggregate[]> {
  await rows(cumulativeTableSql(), 0.88, 0.9, 'cumulative counts');
  const summary = new Map((await rows(numericSummarySql(), 0.9, 0.92, 'summarising')).map((row) => [String(row.col), row]));
  const nonFinite = new Map((await rows(numericNonFiniteSql(), 0.92, 0.93, 'summarising')).map((row) => [String(row.col), row]));
  const errors = approximate
    ? new Map((await rows(fineBinErrorSql(gamma, plan.numeric.filter((column) => column.fine).map((column) => column.alias)), 0.93, 0.94, 'bounding errors'))
      .map((row) => [String(row.col), Number(row.wasserstein_error)]))
    : new Map<string, number>();

  const edgeLevels = quantileEdgeLevels(bins);
  const requests = [
    ...edgeLevels.map((level) => ({ window: 'ref' as const, level })),
    ...REPORTED_QUANTILE_LEVELS.flatMap((level) => [{ window: 'ref' as const, level }, { window: 'cur' as const, level }]),
  ];
  const quantiles = new Map<string, { reference: Record<string, number>; current: Record<string, number> }>();
  for (const row of await rows(quantilesSql(requests), 0.94, 0.95, 'quantiles')) {
    const entry = quantiles.get(String(row.col)) ?? { reference: {}, current: {} };
    const value = interpolateQuantile(Number(row.h), Number(row.v_lo), Number(row.v_hi));
    (row.win === 'ref' ? entry.reference : entry.current)[String(Number(row.level))] = value;
    quantiles.set(String(row.col), entry);
  }

  const byValue: string[] = [];
  const byQuantile: Array<{ col: string; edges: number[] }> = [];
  for (const column of plan.numeric) {
    const stats = summary.get(column.alias);
    if (!stats) continue;
    if (Number(stats.distinct_ref) <= VALUE_BINNING_MAX_DISTINCT) byValue.push(column.alias);
    else byQuantile.push({ col: column.alias, edges: dedupeEdges(edgeLevels.map((level) => quantiles.get(column.alias)?.reference[String(level)] ?? NaN)) });
  }
  const valueCounts = byValue.length > 0 ? await rows(valueBinCountsSql(byValue), 0.95, 0.96, 'binning') : [];
  const quantileCounts = byQuantile.length > 0 ? await rows(quantileBinCountsSql(byQuantile), 0.96, 0.97, 'binning') : [];

  return plan.numeric.map((column): NumericAggregate => {
    const stats = summary.get(column.alias) ?? {};
    const number = (key: string) => Number(stats[key] ?? 0);
    const quantileEdges = byQuantile.find((entry) => entry.col === column.alias);
    let binning: NumericAggregate['binning'];
    if (quantileEdges) {
      const reference = new Array<number>(quantileEdges.edges.length + 1).fill(0);
      const current = new Array<number>(quantileEdges.edges.length + 1).fill(0);
      for (const row of quantileCounts.filter((candidate) => candidate.col === column.alias)) {
        const bin = row.bin === null ? quantileEdges.edges.length : Number(row.bin);
        reference[bin] += Number(row.n_ref);
        current[bin] += Number(row.n_cur);
      }
      binning = { method: 'quantile', edges: quantileEdges.edges, reference, current };
    } else {
      const own = valueCounts.filter((candidate) => candidate.col === column.alias);
      binning = { method: 'value', values: own.map((row) => Number(row.v)), reference: own.map((row) => Number(row.n_ref)), current: own.map((row) => Number(row.n_cur)) };
    }
    return {
      name: column.name,
      alias: column.alias,
      finiteReference: number('tot_ref'),
      finiteCurrent: number('tot_cur'),
      nonFiniteReference: Number(nonFinite.get(column.alias)?.non_finite_ref ?? 0),
      nonFiniteCurrent: Number(nonFinite.get(column.alias)?.non_finite_cur ?? 0),
      ksDistance: number('ks_d'),
      wasserstein: number('wasserstein'),
      stdReference: number('std_ref'),
      distinctReference: number('distinct_ref'),
      distinctCurrent: number('distinct_cur'),
      maxMassReference: number('max_mass_ref'),
      maxMassCurrent: number('max_mass_cur'),
      approximate: Boolean(column.fine),
      wassersteinErrorBound: column.fine ? (errors.get(column.alias) ?? 0) : undefined,
      quantiles: quantiles.get(column.alias) ?? { reference: {}, current: {} },
      binning,
    };
  });
}

function categoricalAggregates(plan: DriftQueryPlan, categoryRows: Array<Record<string, unknown>>): CategoricalAggregate[] {
  const byAlias = new Map<string, CategoricalAggregate>();
  for (const column of plan.categorical) {
    byAlias.set(column.alias, {
      name: column.name, alias: column.alias, values: [], reference: [], current: [],
    });
  }
  for (const row of categoryRows) {
    const aggregate = byAlias.get(String(row.col));
    if (!aggregate) continue;
    aggregate.values.push(String(row.v));
    aggregate.reference.push(Number(row.n_ref));
    aggregate.current.push(Number(row.n_cur));
  }
  return [...byAlias.values()];
}
