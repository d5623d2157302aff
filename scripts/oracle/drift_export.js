#!/usr/bin/env node
/*
 * Exports the inputs of the drift oracle (scripts/oracle/drift_fixtures.py) to CSV, because the oracle's
 * Python has numpy and scipy only (no Parquet reader).
 *
 *   1. The synthetic pair: runs test/fixtures/oracle/drift_synthetic/synthetic.sql (deterministic SQL, no
 *      random()) and writes reference/current as Parquet (read by the test) and CSV (read by the oracle)
 *      into test/fixtures/oracle/drift_synthetic/. These files are committed.
 *   2. The NannyML employment log (test/fixtures/datasets/nannyml_employment_MA_*.pq) as CSV into a cache
 *      folder (not committed; default: <os tmp>/driftwood-drift-oracle, or --cache DIR).
 *
 * Every CSV is read back with the source's column types and compared row for row with its source
 * (EXCEPT ALL both ways), so the oracle provably sees the same values as the app, doubles bit for bit.
 * CSV conventions: header row, NULL written as \N, NaN/±Inf as nan/inf/-inf, booleans as true/false.
 *
 * Plain Node, uses @duckdb/node-api from node_modules. Run from the repository root:
 *   node scripts/oracle/drift_export.js [--cache DIR]
 * (drift_fixtures.py runs it for you.)
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { DuckDBInstance } = require('@duckdb/node-api');

const root = path.resolve(__dirname, '..', '..');
const syntheticDir = path.join(root, 'test', 'fixtures', 'oracle', 'drift_synthetic');
const datasetsDir = path.join(root, 'test', 'fixtures', 'datasets');
const NULL_TEXT = '\\N';

/** The statements of synthetic.sql (each ends with ';' at the end of a line). */
function syntheticStatements() {
  const text = fs.readFileSync(path.join(syntheticDir, 'synthetic.sql'), 'utf8');
  return text
    .split(/;[ \t]*$/m)
    .map((statement) => statement.split('\n').filter((line) => !/^\s*--/.test(line)).join('\n').trim())
    .filter((statement) => statement.length > 0);
}

function literal(text) {
  return `'${text.replace(/'/g, "''")}'`;
}

function quote(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

async function rows(connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS();
}

/** Writes `relation` to csvFile and checks that reading it back gives exactly the same rows. */
async function exportCsv(connection, relation, csvFile) {
  const described = await rows(connection, `DESCRIBE SELECT * FROM ${relation}`);
  await connection.run(`COPY (SELECT * FROM ${relation}) TO ${literal(csvFile)} (FORMAT csv, HEADER true, NULLSTR ${literal(NULL_TEXT)})`);
  const types = described.map((column) => `${literal(column.column_name)}: ${literal(column.column_type)}`).join(', ');
  const readBack = `read_csv(${literal(csvFile)}, header = true, nullstr = ${literal(NULL_TEXT)}, auto_detect = false, columns = {${types}})`;
  const columns = described.map((column) => quote(column.column_name)).join(', ');
  for (const [left, right] of [[relation, readBack], [readBack, relation]]) {
    const [{ n }] = await rows(connection, `SELECT count(*)::BIGINT AS n FROM (SELECT ${columns} FROM ${left} EXCEPT ALL SELECT ${columns} FROM ${right})`);
    if (Number(n) !== 0) throw new Error(`${csvFile}: ${n} rows differ from ${relation} after the CSV round trip`);
  }
  const [{ n }] = await rows(connection, `SELECT count(*)::BIGINT AS n FROM ${relation}`);
  const shown = csvFile.startsWith(root + path.sep) ? path.relative(root, csvFile) : csvFile;
  console.log(`wrote ${shown} (${n} rows, ${described.length} columns, round trip exact)`);
  return described.map((column) => ({ name: column.column_name, type: column.column_type }));
}

async function main() {
  const cacheFlag = process.argv.indexOf('--cache');
  const cacheDir = cacheFlag >= 0 ? path.resolve(process.argv[cacheFlag + 1]) : path.join(os.tmpdir(), 'driftwood-drift-oracle');
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.mkdirSync(syntheticDir, { recursive: true });

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    // 1. The synthetic pair.
    for (const statement of syntheticStatements()) await connection.run(statement);
    const schemas = {};
    for (const window of ['reference', 'current']) {
      const parquet = path.join(syntheticDir, `${window}.parquet`);
      await connection.run(`COPY (SELECT * FROM synthetic_${window}) TO ${literal(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
      schemas[window] = await exportCsv(connection, `read_parquet(${literal(parquet)})`, path.join(syntheticDir, `${window}.csv`));
    }
    // 2. The employment log (the oracle reads the CSVs from the cache folder).
    for (const [window, file] of [['reference', 'nannyml_employment_MA_reference.pq'], ['current', 'nannyml_employment_MA_analysis.pq']]) {
      schemas[`employment_${window}`] = await exportCsv(connection, `read_parquet(${literal(path.join(datasetsDir, file))})`,
        path.join(cacheDir, `employment_${window}.csv`));
    }
    fs.writeFileSync(path.join(cacheDir, 'schemas.json'), `${JSON.stringify(schemas, null, 2)}\n`);
    console.log(`cache: ${cacheDir}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`drift_export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

module.exports = { syntheticStatements };
