/**
 * Helpers shared by the demo writer tests: a real in-memory DuckDB, temporary folders that are removed
 * after each suite, and independent queries over the written Parquet files.
 */

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export interface DuckDBFixture {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  close(): void;
}

export async function openDuckDB(options?: Record<string, string>): Promise<DuckDBFixture> {
  const instance = await DuckDBInstance.create(':memory:', options);
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A fresh temporary folder; `remove` deletes it and everything in it. */
export function makeTempFolder(prefix: string): { readonly path: string; remove(): void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `driftwood-${prefix}-`));
  return { path: folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

export type Row = Record<string, unknown>;

/** Runs a query with bound values and returns plain JavaScript rows (BIGINT as bigint). */
export async function queryRows(connection: DuckDBConnection, sql: string, values: Record<string, DuckDBValue> = {}): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql, values);
  return reader.getRowObjectsJS() as Row[];
}

export async function queryOne(connection: DuckDBConnection, sql: string, values: Record<string, DuckDBValue> = {}): Promise<Row> {
  const [row] = await queryRows(connection, sql, values);
  if (!row) throw new Error(`No row from: ${sql}`);
  return row;
}

export function sha256OfFile(filePath: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}
