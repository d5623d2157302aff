import { sourceRelation } from '../sources/relationSql';
import type { SourceDescriptor } from '../sources/source';
import { isNumericListType, isOrderedType, isStringType } from '../sql/duckdbTypes';
import { quoteIdentifier, type SqlStatement } from '../sql/sqlStatement';

export interface ColumnSchema {
  name: string;
  type: string;
}

/** Aliases of the profile query, by column position, so odd column names never reach an alias. */
export function profileAlias(index: number, measure: 'present' | 'distinct' | 'min' | 'max' | 'avg_length' | 'non_finite'): string {
  return `c${index}_${measure}`;
}

function isFloatingPoint(type: string): boolean {
  return /^(FLOAT|DOUBLE|REAL)$/i.test(type.trim());
}

/**
 * One scan over the source computing, per column: non-null count, distinct count (exact, or HyperLogLog
 * when the source is too large for exact counts in one pass),
 * min/max for ordered types (finite values only for floats), average length for strings and the count of
 * NaN/±Inf for floats.
 */
export function profileSql(source: SourceDescriptor, columns: readonly ColumnSchema[], exactDistinct: boolean, limitRows?: number): SqlStatement {
  const relation = sourceRelation(source);
  // A row limit profiles only the first rows: enough to infer roles, and cheap on any size of log.
  const from = limitRows === undefined ? relation.sql : `(SELECT * FROM ${relation.sql} LIMIT ${Math.trunc(limitRows)}) AS first_rows`;
  const selections = ['count(*) AS "__rows"'];
  columns.forEach((column, index) => {
    const id = quoteIdentifier(column.name);
    selections.push(`count(${id}) AS ${profileAlias(index, 'present')}`);
    if (!isNumericListType(column.type) && isHashable(column.type)) {
      const distinct = exactDistinct ? `count(DISTINCT ${id})` : `approx_count_distinct(${id})`;
      selections.push(`${distinct} AS ${profileAlias(index, 'distinct')}`);
    }
    if (isOrderedType(column.type)) {
      const finiteFilter = isFloatingPoint(column.type) ? ` FILTER (WHERE isfinite(${id}))` : '';
      selections.push(`min(${id})${finiteFilter} AS ${profileAlias(index, 'min')}`);
      selections.push(`max(${id})${finiteFilter} AS ${profileAlias(index, 'max')}`);
    }
    if (isFloatingPoint(column.type)) {
      selections.push(`count(*) FILTER (WHERE NOT isfinite(${id})) AS ${profileAlias(index, 'non_finite')}`);
    }
    if (isStringType(column.type) && !/^UUID$/i.test(column.type)) {
      selections.push(`avg(length(${id}::VARCHAR)) AS ${profileAlias(index, 'avg_length')}`);
    }
  });
  return { sql: `SELECT ${selections.join(',\n  ')}\nFROM ${from}`, params: relation.params };
}

function isHashable(type: string): boolean {
  return !/^(STRUCT|MAP|UNION)/i.test(type.trim());
}

/** Exact distinct counts cost a hash table per column; above this many rows inspect uses HyperLogLog. */
export const exactDistinctRowLimit = 2_000_000;
