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
