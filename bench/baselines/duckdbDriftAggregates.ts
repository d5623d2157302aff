/**
 * Baseline for `drift` (the practical limit): ONE hand-written SQL statement, in one DuckDB instance with
 * DuckDB's default settings and no worker pool, that computes in one scan of the file the aggregates the
 * drift analysis is built from:
 *   - per (numeric column, value or fine bucket, window): count — raw values for columns the app keeps
 *     exact, the app's own fine-bucket key (fineBinKeyExpression, same γ) for the columns it buckets;
 *   - per (categorical column, category, window): count.
 * Both windows come from one pass: window = (time column ≥ split), reference before, current from.
 * NULL groups are kept (they are the missingness counts). The result stays in DuckDB as a temp table,
 * like the app's dw_num/dw_cat; only its row count is read back.
 *
 * Usage: node duckdbDriftAggregates.js SPEC.json FORM — FORM is one of `driftAggregateForms`.
 * Prints one JSON line: { form, seconds, groups }.
 */
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { fineBinKeyExpression } from '../../shared/drift/driftSql';
import { quoteIdentifier } from '../../shared/sql/sqlStatement';

export interface DriftAggregateSpec {
  file: string;
  timeColumn: string;
  /** ISO timestamp: reference = time < split, current = time ≥ split. */
  split: string;
  numeric: Array<{ name: string; fine: boolean }>;
  categorical: string[];
  /** γ of the fine buckets (the app's (1 + a) / (1 − a)). */
  gamma: number;
}

/**
 * `grouping-sets`: one GROUP BY GROUPING SETS ((w, n0), (w, n1), …, (w, k0), …) over native types
 * (one hash table per set, all fed by the same scan).
 * `unpivot`: one multi-value UNPIVOT INCLUDE NULLS — each numeric column becomes (col, DOUBLE key, NULL)
 * and each categorical (col, NULL, VARCHAR) — then one GROUP BY (col, numeric key, category, w).
 * (Without INCLUDE NULLS a multi-value UNPIVOT drops every row here, since one value is always NULL.)
 */
export const driftAggregateForms = ['grouping-sets', 'unpivot'] as const;
export type DriftAggregateForm = (typeof driftAggregateForms)[number];

/** The statement of `form`, with $file, $split and $gamma to bind. */
export function driftAggregatesSql(spec: DriftAggregateSpec, form: DriftAggregateForm): string {
  const numericAlias = (index: number) => `n${index}`;
  const categoricalAlias = (index: number) => `k${index}`;
  const time = quoteIdentifier(spec.timeColumn);
  const window = `CAST(${time} >= $split::TIMESTAMP AS INTEGER) AS w`;
  const scan = `read_parquet($file)`;
  if (form === 'grouping-sets') {
    // Exact numeric columns group on their native type; fine ones on the app's key over TRY_CAST(… AS DOUBLE).
    const inner = [window,
      ...spec.numeric.map((column, index) => `${column.fine ? `TRY_CAST(${quoteIdentifier(column.name)} AS DOUBLE)` : quoteIdentifier(column.name)} AS ${numericAlias(index)}`),
      ...spec.categorical.map((name, index) => `${quoteIdentifier(name)} AS ${categoricalAlias(index)}`)];
    const keyed = ['w',
      ...spec.numeric.map((column, index) => `${column.fine ? fineBinKeyExpression(numericAlias(index)) : numericAlias(index)} AS ${numericAlias(index)}`),
      ...spec.categorical.map((_, index) => categoricalAlias(index))];
    const keys = [...spec.numeric.map((_, index) => numericAlias(index)), ...spec.categorical.map((_, index) => categoricalAlias(index))];
    return `CREATE OR REPLACE TEMP TABLE dw_agg AS
SELECT ${keys.join(', ')}, w, count(*) AS n
FROM (SELECT ${keyed.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${scan} WHERE ${time} IS NOT NULL) AS raw) AS keyed
GROUP BY GROUPING SETS (${keys.map((key) => `(w, ${key})`).join(', ')})`;
  }
  const inner = [window,
    ...spec.numeric.map((column, index) => `TRY_CAST(${quoteIdentifier(column.name)} AS DOUBLE) AS ${numericAlias(index)}`),
    ...spec.categorical.map((name, index) => `${quoteIdentifier(name)}::VARCHAR AS ${categoricalAlias(index)}`)];
  const keyed = ['w',
    ...spec.numeric.map((column, index) => `${column.fine ? fineBinKeyExpression(numericAlias(index)) : numericAlias(index)} AS ${numericAlias(index)}`),
    ...spec.categorical.map((_, index) => categoricalAlias(index)),
    'NULL::DOUBLE AS dw_no_number', 'NULL::VARCHAR AS dw_no_category'];
  const groups = [...spec.numeric.map((_, index) => `(${numericAlias(index)}, dw_no_category) AS ${numericAlias(index)}`),
    ...spec.categorical.map((_, index) => `(dw_no_number, ${categoricalAlias(index)}) AS ${categoricalAlias(index)}`)];
  return `CREATE OR REPLACE TEMP TABLE dw_agg AS
WITH keyed AS (SELECT ${keyed.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${scan} WHERE ${time} IS NOT NULL) AS raw)
SELECT col, nv, kv, w, count(*) AS n
FROM keyed UNPIVOT INCLUDE NULLS ((nv, kv) FOR col IN (${groups.join(', ')}))
GROUP BY col, nv, kv, w`;
}

async function main(): Promise<void> {
  const [specFile, form] = process.argv.slice(2);
  if (!specFile || !driftAggregateForms.includes(form as DriftAggregateForm)) {
    throw new Error(`usage: duckdbDriftAggregates.js SPEC.json ${driftAggregateForms.join('|')}`);
  }
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8')) as DriftAggregateSpec;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const started = process.hrtime.bigint();
  const params: Record<string, string> = { file: spec.file, split: spec.split };
  if (spec.numeric.some((column) => column.fine)) params.gamma = String(spec.gamma);
  await connection.run(driftAggregatesSql(spec, form as DriftAggregateForm), params);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const groups = Number((await connection.runAndReadAll('SELECT count(*) AS groups FROM dw_agg')).getRowObjectsJS()[0].groups);
  process.stdout.write(`${JSON.stringify({ form, seconds, groups })}\n`);
  connection.closeSync();
  instance.closeSync();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`duckdbDriftAggregates: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
