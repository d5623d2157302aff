import type { SourceDescriptor } from './source';
import type { SqlStatement, SqlValue } from '../sql/sqlStatement';

/**
 * The table expression that reads a source, with the file list bound as a parameter.
 * Parameter names get a prefix so several sources can appear in one statement.
 */
export function sourceRelation(source: SourceDescriptor, prefix = 'src'): SqlStatement {
  const files = source.files.map((file) => file.path);
  const params: Record<string, SqlValue> = { [`${prefix}_files`]: files };
  switch (source.format) {
    case 'parquet':
      params[`${prefix}_hive`] = source.hivePartitioning;
      return {
        sql: `read_parquet($${prefix}_files, hive_partitioning = $${prefix}_hive, union_by_name = true)`,
        params,
      };
    case 'csv':
      params[`${prefix}_sample`] = source.csvFullSniff ? -1 : 20480;
      return { sql: `read_csv($${prefix}_files, union_by_name = true, sample_size = $${prefix}_sample)`, params };
    case 'ndjson':
      return { sql: `read_json($${prefix}_files, format = 'newline_delimited', union_by_name = true)`, params };
  }
}

/** Row count from Parquet footers only: no scan, instant on 100M rows. */
export function parquetRowCountSql(source: SourceDescriptor): SqlStatement {
  return {
    sql: 'SELECT coalesce(sum(num_rows), 0)::BIGINT AS row_count FROM parquet_file_metadata($files)',
    params: { files: source.files.map((file) => file.path) },
  };
}

/** Column names and DuckDB types of a source (Parquet: read from footers; CSV/NDJSON: sniffed). */
export function describeSql(source: SourceDescriptor): SqlStatement {
  const relation = sourceRelation(source);
  return { sql: `DESCRIBE SELECT * FROM ${relation.sql}`, params: relation.params };
}
