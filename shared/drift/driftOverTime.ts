import { quoteIdentifier, type SqlStatement, type SqlValue } from '../sql/sqlStatement';
import { hellinger } from '../stats/hellinger';
import { jensenShannon } from '../stats/jensenShannon';
import { psi } from '../stats/psi';
import { type WindowSpec, windowRelation } from '../windows/windowSpec';
import type { DriftAggregates } from './driftAggregates';

/**
 * Drift over time (DESIGN.md §3.1): each time bucket of the current window compared with the whole
 * reference window, per column, with one binned statistic — a column × bucket matrix for a heatmap that
 * shows *when* each column started to move. Buckets use the reference bins of the main drift run
 * (quantile edges, values or categories), so cell values are comparable with the headline statistic.
 */
export type OverTimeUnit = 'day' | 'hour';
export type OverTimeStatistic = 'psi' | 'jensen_shannon' | 'hellinger' | 'missing';
export const overTimeStatistics: readonly OverTimeStatistic[] = ['psi', 'jensen_shannon', 'hellinger', 'missing'];

export interface DriftOverTime {
  unit: OverTimeUnit;
  statistic: OverTimeStatistic;
  time_column: string;
  /** Bucket starts, ISO-8601 (or the bucket's number for integer time columns). */
  buckets: Array<string | number>;
  /** Rows of the current window per bucket. */
  rows: number[];
  /** One row of the matrix per column, null where a bucket has no non-null value. */
  columns: Array<{ name: string; values: Array<number | null> }>;
}

export interface OverTimeColumn {
  name: string;
  alias: string;
  kind: 'numeric-quantile' | 'numeric-value' | 'categorical';
  /** Inner edges for numeric-quantile columns. */
  edges?: number[];
}

/**
 * Counts per (bucket, column, key) over the current window, NULL keys included (missing values).
 * Numeric keys are the bin index (quantile bins: the count of inner edges below the value, so bins are
 * right-closed) or the value itself; categorical keys are the text value.
 */
export function overTimeCountsSql(current: WindowSpec, timeColumn: string, timeIsTemporal: boolean, unit: OverTimeUnit,
  columns: readonly OverTimeColumn[], kind: 'numeric' | 'categorical'): SqlStatement {
  const relation = windowRelation(current, 'cur');
  const params: Record<string, SqlValue> = { ...relation.params, unit };
  const selected = columns.filter((column) => (kind === 'categorical') === (column.kind === 'categorical'));
  const keys = selected.map((column) => {
    const id = quoteIdentifier(column.name);
    if (column.kind === 'categorical') return `${id}::VARCHAR AS ${column.alias}`;
    const value = `TRY_CAST(${id} AS DOUBLE)`;
    if (column.kind === 'numeric-value') return `CASE WHEN isfinite(${value}) THEN ${value} END AS ${column.alias}`;
    params[`${column.alias}_edges`] = (column.edges ?? []).map(String);
    return `CASE WHEN isfinite(${value}) THEN len(list_filter($${column.alias}_edges::DOUBLE[], e -> e < ${value}))::DOUBLE END AS ${column.alias}`;
  });
  const bucket = timeIsTemporal ? `date_trunc($unit, ${quoteIdentifier(timeColumn)})` : quoteIdentifier(timeColumn);
  return {
    sql: `WITH keyed AS (SELECT ${bucket} AS bucket, ${keys.join(', ')} FROM ${relation.sql} AS c)
SELECT bucket, col, v, count(*) AS n
FROM keyed UNPIVOT INCLUDE NULLS (v FOR col IN (${selected.map((column) => column.alias).join(', ')}))
WHERE bucket IS NOT NULL
GROUP BY ALL`,
    params,
  };
}

export interface OverTimeCountRow {
  bucket: string | number;
  col: string;
  /** The key as text (numbers via String()), or null for a missing value. */
  key: string | null;
  n: number;
}

/** Builds the matrix from the bucket counts and the reference bins of the main run. */
export function buildOverTimeMatrix(aggregates: DriftAggregates, columns: readonly OverTimeColumn[], rows: readonly OverTimeCountRow[],
  unit: OverTimeUnit, statistic: OverTimeStatistic, timeColumn: string): DriftOverTime {
  const buckets = [...new Set(rows.map((row) => row.bucket))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bucketIndex = new Map(buckets.map((bucket, index) => [bucket, index]));
  const rowsPerBucket = new Array<number>(buckets.length).fill(0);
  const firstColumn = columns[0]?.alias;
  for (const row of rows) if (row.col === firstColumn) rowsPerBucket[bucketIndex.get(row.bucket)!] += row.n;

  const referenceRows = aggregates.rows.reference;
  const matrix = columns.map((column) => {
    const reference = referenceBins(aggregates, column);
    const keyIndex = new Map(reference.keys.map((key, index) => [key, index]));
    const perBucket = buckets.map(() => ({ counts: new Array<number>(reference.keys.length).fill(0), extra: new Map<string, number>(), nulls: 0 }));
    for (const row of rows) {
      if (row.col !== column.alias) continue;
      const cell = perBucket[bucketIndex.get(row.bucket)!];
      const key = row.key === null ? null : reference.group(row.key);
      if (key === null) cell.nulls += row.n;
      else if (keyIndex.has(key)) cell.counts[keyIndex.get(key)!] += row.n;
      else cell.extra.set(key, (cell.extra.get(key) ?? 0) + row.n);
    }
    const values = perBucket.map((cell, index) => {
      if (statistic === 'missing') {
        const total = rowsPerBucket[index];
        return total > 0 ? cell.nulls / total - (referenceRows - sum(reference.counts)) / referenceRows : null;
      }
      const current = [...cell.counts, ...cell.extra.values()];
      if (sum(current) === 0 || sum(reference.counts) === 0) return null;
      const referenceCounts = [...reference.counts, ...new Array<number>(cell.extra.size).fill(0)];
      const compute = statistic === 'psi' ? psi : statistic === 'jensen_shannon' ? jensenShannon : hellinger;
      return compute(referenceCounts, current).value;
    });
    return { name: column.name, values };
  });
  return { unit, statistic, time_column: timeColumn, buckets, rows: rowsPerBucket, columns: matrix };
}

/**
 * Categories kept as their own bin over time; the rest share one "(other)" bin. Daily buckets hold far
 * fewer rows than the reference, so thousands of rare categories would make every day look drifted
 * from sampling noise alone.
 */
export const OVER_TIME_MAX_CATEGORIES = 30;
const otherKey = '\u0000other';

/** The reference window's bins for a column, keyed as the over-time query keys them. */
function referenceBins(aggregates: DriftAggregates, column: OverTimeColumn): { keys: string[]; counts: number[]; group(key: string): string } {
  const identity = (key: string) => key;
  if (column.kind === 'categorical') {
    const aggregate = aggregates.categorical.find((candidate) => candidate.alias === column.alias)!;
    // values are sorted by total count, largest first (categoryCountsSql).
    const kept = aggregate.values.slice(0, OVER_TIME_MAX_CATEGORIES);
    if (kept.length === aggregate.values.length) return { keys: aggregate.values, counts: aggregate.reference, group: identity };
    const keptSet = new Set(kept);
    const rest = aggregate.reference.slice(OVER_TIME_MAX_CATEGORIES).reduce((total, count) => total + count, 0);
    return { keys: [...kept, otherKey], counts: [...aggregate.reference.slice(0, OVER_TIME_MAX_CATEGORIES), rest], group: (key) => (keptSet.has(key) ? key : otherKey) };
  }
  const aggregate = aggregates.numeric.find((candidate) => candidate.alias === column.alias)!;
  if (aggregate.binning.method === 'quantile') {
    return { keys: aggregate.binning.reference.map((_, index) => String(index)), counts: aggregate.binning.reference, group: identity };
  }
  return { keys: aggregate.binning.values.map(String), counts: aggregate.binning.reference, group: identity };
}

/** The columns of a drift run as over-time inputs, with the bins the main run chose. */
export function overTimeColumns(aggregates: DriftAggregates): OverTimeColumn[] {
  return [
    ...aggregates.numeric.map((aggregate): OverTimeColumn => (aggregate.binning.method === 'quantile'
      ? { name: aggregate.name, alias: aggregate.alias, kind: 'numeric-quantile', edges: aggregate.binning.edges }
      : { name: aggregate.name, alias: aggregate.alias, kind: 'numeric-value' })),
    ...aggregates.categorical.map((aggregate): OverTimeColumn => ({ name: aggregate.name, alias: aggregate.alias, kind: 'categorical' })),
  ];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
