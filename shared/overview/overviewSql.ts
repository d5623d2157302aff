import { sourceRelation } from '../sources/relationSql';
import type { SourceDescriptor } from '../sources/source';
import { quoteIdentifier, type SqlStatement, type SqlValue } from '../sql/sqlStatement';

/** Bins of the Overview's numeric mini-histograms (equal width between the column's min and max). */
export const OVERVIEW_NUMERIC_BINS = 20;
/** Categories shown per categorical mini-histogram; the rest are summed as "other". */
export const OVERVIEW_TOP_CATEGORIES = 8;

export interface HistogramColumn {
  name: string;
  alias: string;
  kind: 'numeric' | 'categorical';
  min?: number;
  max?: number;
  /** The range was narrowed to the bulk of the values: the end bins also hold the tails. */
  clipped?: boolean;
}

/** Rows read to find where the bulk of each numeric column lies (the first rows: enough for a picture). */
export const DISPLAY_RANGE_ROWS = 200_000;

/** p1 and p99 of each numeric column over the first rows, to keep heavy tails from flattening a histogram. */
export function displayRangeSql(source: SourceDescriptor, columns: readonly HistogramColumn[]): SqlStatement {
  const relation = sourceRelation(source);
  const numeric = columns.filter((column) => column.kind === 'numeric');
  const selections = numeric.map((column) => {
    const value = `TRY_CAST(${quoteIdentifier(column.name)} AS DOUBLE)`;
    return `quantile_cont(${value}, [0.01, 0.99]) FILTER (WHERE isfinite(${value})) AS ${column.alias}`;
  });
  return {
    sql: `SELECT ${selections.join(', ')} FROM (SELECT * FROM ${relation.sql} LIMIT ${DISPLAY_RANGE_ROWS}) AS first_rows`,
    params: relation.params,
  };
}

/**
 * The range a numeric mini-histogram spans: min..max, unless the middle 98% of the values covers less
 * than a quarter of it (a heavy tail), then p1..p99 with the tails folded into the end bins.
 */
export function displayRange(column: HistogramColumn, p1: number | undefined, p99: number | undefined): HistogramColumn {
  if (column.min === undefined || column.max === undefined || p1 === undefined || p99 === undefined || !(p99 > p1)) return column;
  const heavyTailed = p99 - p1 < (column.max - column.min) / 4;
  return heavyTailed ? { ...column, min: p1, max: p99, clipped: true } : column;
}

/**
 * One scan: per column, counts per equal-width bin (numeric: index 0..BINS−1, NaN/±Inf/NULL left out) or per
 * value (categorical), keyed as text so both kinds share one UNPIVOT.
 */
export function histogramCountsSql(source: SourceDescriptor, columns: readonly HistogramColumn[]): SqlStatement {
  const relation = sourceRelation(source);
  const params: Record<string, SqlValue> = { ...relation.params };
  const keys = columns.map((column) => {
    const id = quoteIdentifier(column.name);
    if (column.kind === 'categorical') return `${id}::VARCHAR AS ${column.alias}`;
    const min = column.min ?? 0;
    const width = ((column.max ?? min) - min) / OVERVIEW_NUMERIC_BINS;
    params[`${column.alias}_min`] = min;
    params[`${column.alias}_width`] = width > 0 ? width : 1;
    const value = `TRY_CAST(${id} AS DOUBLE)`;
    return `CASE WHEN isfinite(${value}) THEN least(${OVERVIEW_NUMERIC_BINS - 1}, greatest(0, floor((${value} - $${column.alias}_min) / $${column.alias}_width)))::BIGINT::VARCHAR END AS ${column.alias}`;
  });
  return {
    sql: `WITH keyed AS (SELECT ${keys.join(', ')} FROM ${relation.sql} AS s)
SELECT col, v, count(*) AS n FROM (UNPIVOT keyed ON ${columns.map((column) => column.alias).join(', ')} INTO NAME col VALUE v) GROUP BY col, v`,
    params,
  };
}

/** Events per time bucket and model version (or in total when there is no version column). */
export function timelineSql(source: SourceDescriptor, timeColumn: string, temporal: boolean, unit: 'hour' | 'day', versionColumn?: string): SqlStatement {
  const relation = sourceRelation(source);
  const bucket = temporal ? `date_trunc($unit, ${quoteIdentifier(timeColumn)})` : quoteIdentifier(timeColumn);
  const version = versionColumn ? `${quoteIdentifier(versionColumn)}::VARCHAR` : 'NULL::VARCHAR';
  return {
    sql: `SELECT ${bucket} AS bucket, ${version} AS version, count(*) AS n FROM ${relation.sql} AS s WHERE ${quoteIdentifier(timeColumn)} IS NOT NULL GROUP BY ALL ORDER BY bucket`,
    params: { ...relation.params, ...(temporal ? { unit } : {}) },
  };
}
