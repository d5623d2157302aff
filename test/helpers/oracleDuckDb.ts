import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';

/**
 * An independent DuckDB instance in the test process, used as the oracle that the engine's figures are
 * checked against (hand-written SQL, not the app's SQL builders).
 */
export async function queryOracle(sql: string, params: Record<string, DuckDBValue> = {}): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Runs statements (e.g. COPY … TO fixture files) in a throwaway DuckDB instance. */
export async function runOracleStatements(statements: readonly string[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const statement of statements) await connection.run(statement);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
