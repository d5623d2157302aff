/**
 * Exports the columns of both drift windows to raw little-endian binary files that numpy reads with
 * np.fromfile, for the numpy/scipy comparison of the `drift` bench (scripts/bench/drift_numpy.py):
 *   reference/n<i>.f64, current/n<i>.f64   numeric column i as float64, NaN for NULL (TRY_CAST as the app);
 *   reference/k<i>.i32, current/k<i>.i32   categorical column i as int32 dictionary codes, −1 for NULL;
 *   manifest.json                          rows per window, column names, the dictionaries (code → text).
 * Rows stream out of DuckDB chunk by chunk (a chunk is ~2,048 rows) into small per-column buffers, so
 * nothing close to a whole column is ever held in JavaScript. Written once into a temporary folder and
 * renamed, so an interrupted export is never mistaken for a cached one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier } from '../shared/sql/sqlStatement';
import type { DriftAggregateSpec } from './baselines/duckdbDriftAggregates';

export interface NumpyExportManifest {
  file: string;
  split: string;
  rows: { reference: number; current: number };
  numeric: Array<{ name: string; alias: string }>;
  categorical: Array<{ name: string; alias: string; categories: string[] }>;
}

/** Elements buffered per column before a write (8 MB for float64). */
const FLUSH_ELEMENTS = 1 << 20;

class ColumnWriter {
  private readonly fd: number;
  private readonly buffer: Float64Array | Int32Array;
  private used = 0;

  constructor(file: string, kind: 'f64' | 'i32') {
    this.fd = fs.openSync(file, 'w');
    this.buffer = kind === 'f64' ? new Float64Array(FLUSH_ELEMENTS) : new Int32Array(FLUSH_ELEMENTS);
  }

  push(value: number): void {
    this.buffer[this.used++] = value;
    if (this.used === this.buffer.length) this.flush();
  }

  flush(): void {
    if (this.used > 0) fs.writeSync(this.fd, new Uint8Array(this.buffer.buffer, 0, this.used * this.buffer.BYTES_PER_ELEMENT));
    this.used = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** The export folder for `spec` (cached: reused when its manifest exists). */
export async function ensureNumpyExport(spec: DriftAggregateSpec, dir: string): Promise<NumpyExportManifest> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) return JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as NumpyExportManifest;
  const temporary = `${dir}.tmp`;
  fs.rmSync(temporary, { recursive: true, force: true });
  for (const window of ['reference', 'current']) fs.mkdirSync(path.join(temporary, window), { recursive: true });

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const time = quoteIdentifier(spec.timeColumn);
  const params = { file: spec.file, split: spec.split };
  const manifest: NumpyExportManifest = {
    file: spec.file,
    split: spec.split,
    rows: { reference: 0, current: 0 },
    numeric: spec.numeric.map((column, index) => ({ name: column.name, alias: `n${index}` })),
    categorical: [],
  };
  // Dictionaries: the distinct non-null texts of each categorical column over both windows, sorted; code = position.
  for (const [index, name] of spec.categorical.entries()) {
    const alias = `k${index}`;
    await connection.run(`CREATE TEMP TABLE dict_${alias} AS
SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS code
FROM (SELECT DISTINCT ${quoteIdentifier(name)}::VARCHAR AS v FROM read_parquet($file) WHERE ${time} IS NOT NULL AND ${quoteIdentifier(name)} IS NOT NULL) AS d`, { file: spec.file });
    const categories = (await connection.runAndReadAll(`SELECT v FROM dict_${alias} ORDER BY code`)).getRowObjectsJS().map((row) => String(row.v));
    manifest.categorical.push({ name, alias, categories });
  }

  const selectList = [
    ...manifest.numeric.map((column) => `coalesce(TRY_CAST(t.${quoteIdentifier(column.name)} AS DOUBLE), 'NaN'::DOUBLE) AS ${column.alias}`),
    ...manifest.categorical.map((column) => `coalesce(dict_${column.alias}.code, -1)::INTEGER AS ${column.alias}`),
  ];
  const joins = manifest.categorical.map((column) => `LEFT JOIN dict_${column.alias} ON t.${quoteIdentifier(column.name)}::VARCHAR = dict_${column.alias}.v`);
  for (const window of ['reference', 'current'] as const) {
    const condition = window === 'reference' ? `t.${time} < $split::TIMESTAMP` : `t.${time} >= $split::TIMESTAMP`;
    const writers = [
      ...manifest.numeric.map((column) => new ColumnWriter(path.join(temporary, window, `${column.alias}.f64`), 'f64')),
      ...manifest.categorical.map((column) => new ColumnWriter(path.join(temporary, window, `${column.alias}.i32`), 'i32')),
    ];
    const result = await connection.stream(`SELECT ${selectList.join(', ')} FROM read_parquet($file) AS t ${joins.join(' ')} WHERE ${condition}`, params);
    let rows = 0;
    for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      for (let column = 0; column < writers.length; column++) {
        const vector = chunk.getColumnVector(column);
        const writer = writers[column];
        for (let row = 0; row < chunk.rowCount; row++) writer.push(vector.getItem(row) as number);
      }
      rows += chunk.rowCount;
    }
    for (const writer of writers) writer.close();
    manifest.rows[window] = rows;
  }
  connection.closeSync();
  instance.closeSync();
  fs.writeFileSync(path.join(temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(temporary, dir);
  return manifest;
}
