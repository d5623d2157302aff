/**
 * Baseline for `inspect`: one hand-written native DuckDB pass — count(*) and SUMMARIZE — over the same
 * Parquet, in one process with no worker pool. Usage: node duckdbSummarize.js FILE
 */
import { DuckDBInstance } from '@duckdb/node-api';

async function main(): Promise<void> {
  const file = process.argv[2];
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.runAndReadAll('SELECT count(*) FROM read_parquet($file)', { file });
  await connection.runAndReadAll('SUMMARIZE SELECT * FROM read_parquet($file)', { file });
  connection.closeSync();
  instance.closeSync();
}

void main();
