import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { InspectColumn, InspectResult } from '../../../shared/inspect/inspectResult';
import { queryOracle, runOracleStatements } from '../../helpers/oracleDuckDb';
import { runCli, runCliJson } from '../../helpers/runCli';
import { fixturePath, makeTempDir } from '../../helpers/testPaths';

const scratch = makeTempDir();
after(() => scratch.cleanup());

/** SQL string literal for the oracle's own hand-written statements (test code, fixed paths). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Checks inspect's figures column by column against an independent DuckDB computation over the same
 * relation: row count, names, types, nulls, distinct, and min/max of numeric columns.
 */
async function assertMatchesOracle(result: InspectResult, relation: string): Promise<void> {
  const described = await queryOracle(`DESCRIBE SELECT * FROM ${relation}`);
  assert.deepEqual(result.columns.map((column) => [column.name, column.type]), described.map((row) => [row.column_name, row.column_type]));
  const [{ n }] = await queryOracle(`SELECT count(*)::BIGINT AS n FROM ${relation}`);
  assert.equal(result.rows, Number(n));
  for (const column of result.columns) {
    const id = quote(column.name);
    const isFloat = /^(DOUBLE|FLOAT)$/.test(column.type);
    const isNumeric = /INT|DOUBLE|FLOAT|DECIMAL/.test(column.type);
    const finite = isFloat ? ` FILTER (WHERE isfinite(${id}))` : '';
    const [oracle] = await queryOracle(`SELECT count(*) - count(${id}) AS nulls, count(DISTINCT ${id}) AS distinct_values,
      min(${id})${finite} AS lo, max(${id})${finite} AS hi FROM ${relation}`);
    assert.equal(column.nulls, Number(oracle.nulls), `nulls of ${column.name}`);
    assert.equal(column.distinct, Number(oracle.distinct_values), `distinct of ${column.name}`);
    if (isNumeric) {
      assert.equal(Number(column.min), Number(oracle.lo), `min of ${column.name}`);
      assert.equal(Number(column.max), Number(oracle.hi), `max of ${column.name}`);
    }
  }
}

function column(result: InspectResult, name: string): InspectColumn {
  const found = result.columns.find((candidate) => candidate.name === name);
  assert.ok(found, `column ${name} missing from ${result.columns.map((c) => c.name).join(', ')}`);
  return found;
}

describe('driftwood inspect on the real public datasets', () => {
  const parquetFixtures = ['nannyml_employment_MA_reference.pq', 'nannyml_employment_MA_analysis.pq', 'nannyml_employment_MA_analysis_target.pq', 'evidently_adults.parquet'];
  for (const name of parquetFixtures) {
    test(`${name}: every figure matches DuckDB run independently`, async () => {
      const file = fixturePath('datasets', name);
      const result = await runCliJson<InspectResult>(['inspect', file]);
      assert.equal(result.schema, 'driftwood.inspect/v1');
      assert.equal(result.source.format, 'parquet');
      assert.equal(result.bytes, fs.statSync(file).size);
      await assertMatchesOracle(result, `read_parquet(${literal(file)})`);
    });
  }

  const csvFixtures = ['nannyml_california_housing_reference.csv', 'nannyml_california_housing_analysis.csv', 'nannyml_california_housing_analysis_gt.csv', 'bike_sharing_hour.csv', 'bike_sharing_day.csv'];
  for (const name of csvFixtures) {
    test(`${name}: every figure matches DuckDB run independently`, async () => {
      const file = fixturePath('datasets', name);
      const result = await runCliJson<InspectResult>(['inspect', file]);
      assert.equal(result.source.format, 'csv');
      await assertMatchesOracle(result, `read_csv(${literal(file)})`);
    });
  }

  test('employment log: roles for id, year, prediction and predicted class; --label sets the label', async () => {
    const result = await runCliJson<InspectResult>(['inspect', fixturePath('datasets', 'nannyml_employment_MA_reference.pq'), '--label', 'employed']);
    assert.equal(column(result, 'id').role, 'id');
    assert.equal(column(result, 'year').role, 'timestamp');
    assert.equal(column(result, 'predicted_probability').role, 'prediction');
    assert.equal(column(result, 'prediction').role, 'predicted_class');
    assert.equal(column(result, 'employed').role, 'label');
    assert.equal(column(result, 'employed').role_reason, 'override');
    assert.deepEqual(result.time_range, { column: 'year', min: 2015, max: 2015 });
  });

  test('California housing: timestamp range, label, score and class are found', async () => {
    const result = await runCliJson<InspectResult>(['inspect', fixturePath('datasets', 'nannyml_california_housing_reference.csv')]);
    assert.deepEqual(result.time_range, { column: 'timestamp', min: '2020-10-01T00:00:00Z', max: '2021-05-31T23:00:00Z' });
    assert.equal(column(result, 'clf_target').role, 'label');
    assert.equal(column(result, 'y_pred_proba').role, 'prediction');
    assert.equal(column(result, 'y_pred').role, 'predicted_class');
  });

  test('adults: hyphenated names survive, nulls are counted per column', async () => {
    const result = await runCliJson<InspectResult>(['inspect', fixturePath('datasets', 'evidently_adults.parquet')]);
    assert.equal(column(result, 'education-num').kind, 'numeric');
    assert.ok(column(result, 'workclass').nulls > 0);
    assert.equal(column(result, 'class').role, 'label');
  });
});

describe('driftwood inspect on the demo log', () => {
  test('`driftwood demo` then `driftwood inspect` reports figures DuckDB confirms, and the demo roles', async () => {
    const dir = path.join(scratch.dir, 'demo');
    await runCliJson(['demo', '--out', dir, '--rows', '20000', '--scenario', 'unit-change']);
    const log = path.join(dir, 'inference_log.parquet');
    const result = await runCliJson<InspectResult>(['inspect', log]);
    await assertMatchesOracle(result, `read_parquet(${literal(log)})`);
    const roles = Object.fromEntries(result.columns.map((c) => [c.name, c.role]));
    assert.equal(roles.request_id, 'id');
    assert.equal(roles.event_time, 'timestamp');
    assert.equal(roles.score, 'prediction');
    assert.equal(roles.model_version, 'model_version');
    assert.equal(roles.user_email, 'pii');
    for (const segment of ['region', 'device', 'app_version', 'channel']) assert.equal(roles[segment], 'segment', segment);
    assert.equal(result.time_range?.column, 'event_time');
  });
});

describe('driftwood inspect on files written by other tools', () => {
  const hiveDir = path.join(scratch.dir, 'hive');
  const csvFile = path.join(scratch.dir, 'written_by_duckdb.csv');
  before(() => runOracleStatements([
    `COPY (SELECT i AS id, 'r' || (i % 3)::VARCHAR AS region, (i % 10) * 1.5 AS amount, DATE '2024-01-01' + (i % 4)::INTEGER AS day
      FROM range(1000) t(i)) TO ${literal(hiveDir)} (FORMAT parquet, PARTITION_BY (day))`,
    `COPY (SELECT i AS id, i * 0.5 AS score, CASE WHEN i % 2 = 0 THEN 'a' ELSE 'b' END AS grp FROM range(250) t(i)) TO ${literal(csvFile)} (HEADER)`,
  ]));

  test('a hive-partitioned folder written by DuckDB COPY reports the right rows and types', async () => {
    const result = await runCliJson<InspectResult>(['inspect', hiveDir]);
    assert.equal(result.source.hive_partitioning, true);
    assert.equal(result.files.length, 4);
    assert.equal(result.rows, 1000);
    assert.equal(column(result, 'id').type, 'BIGINT');
    assert.match(column(result, 'amount').type, /^DECIMAL\(/);
    assert.equal(column(result, 'day').type, 'DATE');
    assert.equal(column(result, 'day').distinct, 4);
    await assertMatchesOracle(result, `read_parquet(${literal(`${hiveDir}/**/*.parquet`)}, hive_partitioning = true)`);
  });

  test('a CSV written by DuckDB reports the right rows and types', async () => {
    const result = await runCliJson<InspectResult>(['inspect', csvFile]);
    assert.equal(result.rows, 250);
    assert.deepEqual(result.columns.map((c) => c.type), ['BIGINT', 'DOUBLE', 'VARCHAR']);
    assert.equal(column(result, 'score').max, 124.5);
  });

  test('--schema-only reads rows and types from Parquet metadata without a scan', async () => {
    const result = await runCliJson<InspectResult>(['inspect', fixturePath('datasets', 'nannyml_employment_MA_analysis.pq'), '--schema-only']);
    assert.equal(result.rows, 208892);
    assert.equal(result.distinct_method, null);
    assert.match(result.notes.join(' '), /Schema only/);
  });
});

describe('driftwood inspect on legal but awkward input', () => {
  const oddFile = path.join(scratch.dir, 'odd names.parquet');
  const wideCategorical = path.join(scratch.dir, 'million.parquet');
  const typeChange = path.join(scratch.dir, 'type_change.csv');
  before(async () => {
    await runOracleStatements([
      `COPY (SELECT i AS "my col", i % 3 AS "he said ""hi""", 'x' || (i % 5)::VARCHAR AS "ünïcödé ✓", i % 2 = 0 AS "select", NULL::VARCHAR AS "from", i * 1.0 AS "order by"
        FROM range(100) t(i)) TO ${literal(oddFile)} (FORMAT parquet)`,
      `COPY (SELECT 'merchant_' || (i % 1000000)::VARCHAR AS merchant, i AS n FROM range(2000000) t(i)) TO ${literal(wideCategorical)} (FORMAT parquet)`,
    ]);
    // 30,000 integer rows (beyond DuckDB's 20,480-row sniff sample), then text in the same column.
    const lines = ['code,value'];
    for (let i = 0; i < 30000; i++) lines.push(`${i},${i * 2}`);
    for (let i = 0; i < 10; i++) lines.push(`X-${i},${i}`);
    fs.writeFileSync(typeChange, `${lines.join('\n')}\n`);
  });

  test('column names with spaces, quotes, unicode and SQL keywords are quoted, never broken', async () => {
    const result = await runCliJson<InspectResult>(['inspect', oddFile]);
    assert.deepEqual(result.columns.map((c) => c.name), ['my col', 'he said "hi"', 'ünïcödé ✓', 'select', 'from', 'order by']);
    assert.equal(column(result, 'from').nulls, 100);
    assert.equal(column(result, 'from').role, 'ignore');
    assert.equal(column(result, 'he said "hi"').distinct, 3);
    await assertMatchesOracle(result, `read_parquet(${literal(oddFile)})`);
  });

  test('role overrides work on odd names', async () => {
    const result = await runCliJson<InspectResult>(['inspect', oddFile, '--role', 'he said "hi"=segment', '--role', 'order by=label']);
    assert.equal(column(result, 'he said "hi"').role, 'segment');
    assert.equal(column(result, 'order by').role, 'label');
  });

  test('a categorical with a million distinct values is counted exactly and is not a segment', async () => {
    const result = await runCliJson<InspectResult>(['inspect', wideCategorical]);
    assert.equal(result.rows, 2000000);
    assert.equal(column(result, 'merchant').distinct, 1000000);
    assert.equal(column(result, 'merchant').role, 'feature');
    assert.equal(column(result, 'merchant').kind, 'categorical');
  });

  test('a CSV column that changes type halfway is read as text, with a note', async () => {
    const result = await runCliJson<InspectResult>(['inspect', typeChange]);
    assert.equal(result.rows, 30010);
    assert.equal(column(result, 'code').type, 'VARCHAR');
    assert.equal(column(result, 'value').type, 'BIGINT');
    assert.match(result.notes.join(' '), /changed type/);
  });
});

describe('driftwood inspect on bad input', () => {
  const parquetBytes = fs.readFileSync(fixturePath('datasets', 'evidently_adults.parquet'));
  const cases: Array<{ name: string; make(): string; message: RegExp }> = [
    { name: 'a path that does not exist', make: () => path.join(scratch.dir, 'missing.parquet'), message: /No file or folder at .*missing\.parquet.*run `driftwood demo`/ },
    {
      name: 'a folder with no data files',
      make: () => { const dir = path.join(scratch.dir, 'nodata'); fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(path.join(dir, 'notes.txt.bak'), 'x'); return dir; },
      message: /holds no Parquet, CSV or NDJSON files/,
    },
    { name: 'a CSV named .parquet', make: () => writeFile('not.parquet', 'a,b\n1,2\n'), message: /not one .*PAR1.*rename it/ },
    { name: 'a truncated Parquet file', make: () => writeFile('cut.parquet', parquetBytes.subarray(0, 40000)), message: /truncated.*Copy the file again/ },
    { name: 'an empty CSV', make: () => writeFile('empty.csv', ''), message: /is empty \(0 bytes\)/ },
  ];
  for (const badCase of cases) {
    test(`${badCase.name}: exit 2 and one line that says what to do`, async () => {
      const run = await runCli(['inspect', badCase.make(), '--format', 'json', '--quiet']);
      assert.equal(run.code, 2, run.stderr);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0], /^driftwood: /);
      assert.match(lines[0], badCase.message);
    });
  }

  test('an unknown role or column in --role is exit 2 listing the valid choices', async () => {
    const file = fixturePath('datasets', 'evidently_adults.parquet');
    const badRole = await runCli(['inspect', file, '--role', 'age=weight', '--quiet']);
    assert.equal(badRole.code, 2);
    assert.match(badRole.stderr, /Role 'weight' .* Use one of: timestamp, id, prediction/);
    const badColumn = await runCli(['inspect', file, '--label', 'no_such_column', '--quiet']);
    assert.equal(badColumn.code, 2);
    assert.match(badColumn.stderr, /Column 'no_such_column' .* Use one of: age, workclass/);
  });

  test('an unknown option is exit 2', async () => {
    const run = await runCli(['inspect', '--no-such-flag']);
    assert.equal(run.code, 2);
  });

  function writeFile(name: string, content: string | Buffer): string {
    const file = path.join(scratch.dir, name);
    fs.writeFileSync(file, content);
    return file;
  }
});

describe('driftwood inspect output', () => {
  test('--format table prints a readable summary with thousands separators', async () => {
    const run = await runCli(['inspect', fixturePath('datasets', 'nannyml_employment_MA_analysis.pq'), '--format', 'table', '--quiet']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /rows: 208,892/);
    assert.match(run.stdout, /predicted_probability\s+DOUBLE\s+prediction/);
  });

  test('--out writes the JSON document to a file and progress goes to stderr', async () => {
    const out = path.join(scratch.dir, 'inspect.json');
    const run = await runCli(['inspect', fixturePath('datasets', 'evidently_adults.parquet'), '--format', 'json', '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /inspect: scanning/);
    assert.equal((JSON.parse(fs.readFileSync(out, 'utf8')) as InspectResult).rows, 48842);
  });
});
