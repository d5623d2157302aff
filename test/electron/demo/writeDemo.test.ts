import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DemoError } from '../../../electron/demo/demoError';
import { writeDemo, type DemoResult } from '../../../electron/demo/writeDemo';
import { INFERENCE_LOG_COLUMNS } from '../../../shared/demo/columns';
import type { DemoOptions } from '../../../shared/demo/demoOptions';
import { DEMO_SCENARIO_NAMES } from '../../../shared/demo/scenarios';
import { makeTempFolder, openDuckDB, queryOne, queryRows, sha256OfFile, type DuckDBFixture } from './demoTestSupport';

const ROWS = 30_000;
const DEMO_FILES = ['inference_log.parquet', 'labels.parquet', 'scenario.json'];

describe('writeDemo', () => {
  let db: DuckDBFixture;
  let temp: ReturnType<typeof makeTempFolder>;
  let result: DemoResult;
  let logPath: string;
  let labelsPath: string;
  const progress: { fraction: number; message: string }[] = [];

  const options = (outDir: string, extra: Partial<DemoOptions> = {}): DemoOptions => ({
    outDir, rows: ROWS, scenario: 'null-spike', seed: 11, ...extra,
  });

  before(async () => {
    db = await openDuckDB();
    temp = makeTempFolder('demo');
    result = await writeDemo(db.connection, options(path.join(temp.path, 'demo')), (fraction, message) => progress.push({ fraction, message }));
    logPath = path.join(temp.path, 'demo', 'inference_log.parquet');
    labelsPath = path.join(temp.path, 'demo', 'labels.parquet');
  });

  after(() => {
    db.close();
    temp.remove();
  });

  test('writes the three files and reports their sizes and row counts', async () => {
    assert.deepEqual(result.files.map((file) => file.name), DEMO_FILES);
    assert.equal(result.outDir, path.join(temp.path, 'demo'));
    for (const file of result.files) {
      assert.equal(file.path, path.join(result.outDir, file.name));
      assert.equal(file.bytes, fs.statSync(file.path).size, file.name);
    }
    const logRows = await queryOne(db.connection, 'SELECT count(*)::INTEGER AS "n" FROM read_parquet($path)', { path: logPath });
    const labelRows = await queryOne(db.connection, 'SELECT count(*)::INTEGER AS "n" FROM read_parquet($path)', { path: labelsPath });
    assert.equal(result.files[0].rows, ROWS);
    assert.equal(logRows.n, ROWS);
    assert.equal(result.files[1].rows, labelRows.n);
    assert.equal(result.files[2].rows, undefined);
  });

  test('writes the catalogue columns with their types, and no label in the log', async () => {
    const described = await queryRows(db.connection, 'DESCRIBE SELECT * FROM read_parquet($path)', { path: logPath });
    assert.deepEqual(
      described.map((row) => [row.column_name, row.column_type]),
      INFERENCE_LOG_COLUMNS.map((column) => [column.name, column.type]),
    );
    const labels = await queryRows(db.connection, 'DESCRIBE SELECT * FROM read_parquet($path)', { path: labelsPath });
    assert.deepEqual(labels.map((row) => [row.column_name, row.column_type]), [['request_id', 'VARCHAR'], ['label', 'INTEGER']]);
  });

  test('only the documented columns hold nulls', async () => {
    for (const column of INFERENCE_LOG_COLUMNS) {
      const row = await queryOne(db.connection, `SELECT avg(("${column.name}" IS NULL)::INTEGER) AS "rate" FROM read_parquet($path)`, { path: logPath });
      if (!column.nullable) assert.equal(row.rate, 0, column.name);
      else assert.ok((row.rate as number) > 0, `${column.name} has some nulls`);
    }
    const distance = await queryOne(db.connection, 'SELECT avg(("distance_from_home_km" IS NULL)::INTEGER) AS "rate" FROM read_parquet($path)', { path: logPath });
    assert.ok((distance.rate as number) > 0.01 && (distance.rate as number) < 0.04, `distance null rate ${distance.rate}`);
  });

  test('request ids are unique and every label joins to a logged request', async () => {
    const ids = await queryOne(db.connection, 'SELECT count(DISTINCT "request_id")::INTEGER AS "distinct", min(length("request_id"))::INTEGER AS "shortest" FROM read_parquet($path)', { path: logPath });
    assert.equal(ids.distinct, ROWS);
    assert.equal(ids.shortest, 14);
    const orphans = await queryOne(db.connection, `
      SELECT count(*)::INTEGER AS "n" FROM read_parquet($labels) AS "l"
      ANTI JOIN read_parquet($log) AS "g" USING ("request_id")`, { labels: labelsPath, log: logPath });
    assert.equal(orphans.n, 0);
  });

  test('event times cover 28 days from 2026-02-01, in row order, busier in the evening than at night', async () => {
    const range = await queryOne(db.connection, `
      SELECT min("event_time")::VARCHAR AS "first", max("event_time")::VARCHAR AS "last",
        bool_and("event_time" >= "previous") AS "ordered"
      FROM (SELECT "event_time", lag("event_time", 1, TIMESTAMP '2000-01-01') OVER () AS "previous" FROM read_parquet($path))`, { path: logPath });
    assert.ok((range.first as string).startsWith('2026-02-01 00:'));
    assert.ok((range.last as string).startsWith('2026-02-28 23:'));
    assert.equal(range.ordered, true);
    const hours = await queryOne(db.connection, `
      SELECT count(*) FILTER (WHERE hour("event_time") = 20)::INTEGER AS "evening",
        count(*) FILTER (WHERE hour("event_time") = 4)::INTEGER AS "night"
      FROM read_parquet($path)`, { path: logPath });
    assert.ok((hours.evening as number) > 5 * (hours.night as number), `evening ${hours.evening} vs night ${hours.night}`);
  });

  test('labels are missing for the last three days only (delayed labels)', async () => {
    const coverage = await queryOne(db.connection, `
      SELECT count(*) FILTER (WHERE "g"."event_time" < TIMESTAMP '2026-02-26')::INTEGER AS "labelledDays",
        count("l"."label") FILTER (WHERE "g"."event_time" < TIMESTAMP '2026-02-26')::INTEGER AS "labelledDaysWithLabel",
        count("l"."label") FILTER (WHERE "g"."event_time" >= TIMESTAMP '2026-02-26')::INTEGER AS "lastDaysWithLabel",
        count(*) FILTER (WHERE "g"."event_time" >= TIMESTAMP '2026-02-26')::INTEGER AS "lastDays",
        avg("l"."label") AS "labelRate"
      FROM read_parquet($log) AS "g" LEFT JOIN read_parquet($labels) AS "l" USING ("request_id")`, { log: logPath, labels: labelsPath });
    assert.equal(coverage.labelledDaysWithLabel, coverage.labelledDays);
    assert.equal(coverage.lastDaysWithLabel, 0);
    assert.ok((coverage.lastDays as number) > 0.08 * ROWS);
    assert.ok((coverage.labelRate as number) > 0.05 && (coverage.labelRate as number) < 0.2, `label rate ${coverage.labelRate}`);
  });

  test('session length is longer on weekends (the benign seasonal column)', async () => {
    const means = await queryOne(db.connection, `
      SELECT avg("session_length_s") FILTER (WHERE dayofweek("event_time") IN (0, 6)) AS "weekend",
        avg("session_length_s") FILTER (WHERE dayofweek("event_time") NOT IN (0, 6)) AS "weekday"
      FROM read_parquet($path)`, { path: logPath });
    const ratio = (means.weekend as number) / (means.weekday as number);
    assert.ok(ratio > 1.25 && ratio < 1.6, `weekend / weekday = ${ratio}`);
  });

  test('account age drifts slowly upward (the benign slow drift)', async () => {
    const weeks = await queryRows(db.connection, `
      SELECT (datediff('day', TIMESTAMP '2026-02-01', "event_time") // 7)::INTEGER AS "week", avg("account_age_days") AS "mean"
      FROM read_parquet($path) GROUP BY 1 ORDER BY 1`, { path: logPath });
    assert.equal(weeks.length, 4);
    const ratio = (weeks[3].mean as number) / (weeks[0].mean as number);
    assert.ok(ratio > 1.12 && ratio < 1.45, `last / first week = ${ratio}`);
  });

  test('values have realistic shapes: skew, ties, a high-cardinality categorical and e-mail addresses', async () => {
    const shape = await queryOne(db.connection, `
      SELECT avg("amount_usd") / median("amount_usd") AS "skew",
        avg(("amount_usd" % 5 = 0)::INTEGER) AS "roundShare",
        approx_count_distinct("merchant_id")::INTEGER AS "merchants",
        avg(("failed_logins_24h" = 0)::INTEGER) AS "zeroLogins",
        bool_and(regexp_full_match("user_email", '[a-z]+\\.[a-z]+[0-9]+@[a-z.]+')) AS "emails",
        max("discount_ratio") AS "maxDiscount", min("discount_ratio") AS "minDiscount"
      FROM read_parquet($path)`, { path: logPath });
    assert.ok((shape.skew as number) > 1.5, `mean / median ${shape.skew}`);
    assert.ok((shape.roundShare as number) > 0.15, `share at multiples of 5: ${shape.roundShare}`);
    assert.ok((shape.merchants as number) > 5000, `distinct merchants ${shape.merchants}`);
    assert.ok((shape.zeroLogins as number) > 0.8);
    assert.equal(shape.emails, true);
    assert.ok((shape.minDiscount as number) >= 0 && (shape.maxDiscount as number) <= 1);
  });

  test('independently drawn columns are uncorrelated (random streams do not leak into each other)', async () => {
    const correlations = await queryOne(db.connection, `
      SELECT corr(ln("amount_usd"), ln("session_length_s")) AS "amountSession",
        corr(ln("amount_usd"), ln("account_age_days" + 1)) AS "amountAge",
        corr("discount_ratio", "failed_logins_24h") AS "discountLogins",
        corr(("device" = 'ios')::INTEGER, ("channel" = 'organic')::INTEGER) AS "deviceChannel"
      FROM read_parquet($path)`, { path: logPath });
    for (const [pair, value] of Object.entries(correlations)) assert.ok(Math.abs(value as number) < 0.03, `${pair}: ${value}`);
  });

  test('scores are calibrated against the labels before the incident', async () => {
    const calibration = await queryOne(db.connection, `
      SELECT avg("score") AS "meanScore", avg("label") AS "labelRate",
        bool_and("predicted_class" = ("score" >= 0.5)::INTEGER) AS "classMatches"
      FROM read_parquet($log) JOIN read_parquet($labels) USING ("request_id")
      WHERE "event_time" < TIMESTAMP '2026-02-19 14:00:00'`, { log: logPath, labels: labelsPath });
    assert.ok(Math.abs((calibration.meanScore as number) - (calibration.labelRate as number)) < 0.01, JSON.stringify(calibration));
    assert.equal(calibration.classMatches, true);
  });

  test('scenario.json records the run and the incident ground truth', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(result.outDir, 'scenario.json'), 'utf8'));
    assert.equal(manifest.schema, 'driftwood.demo-scenario/v1');
    assert.equal(manifest.scenario, 'null-spike');
    assert.equal(manifest.seed, 11);
    assert.equal(manifest.rows, ROWS);
    assert.deepEqual(manifest.incident.segment, { device: 'android', app_version: '5.4.0' });
    assert.deepEqual(manifest.files.map((file: { name: string }) => file.name), ['inference_log.parquet', 'labels.parquet']);
    assert.equal(manifest.files[0].bytes, result.files[0].bytes);
  });

  test('reports progress from 0 to 1 without going back', () => {
    assert.equal(progress[0].fraction, 0);
    assert.equal(progress[progress.length - 1].fraction, 1);
    for (let k = 1; k < progress.length; k++) assert.ok(progress[k].fraction >= progress[k - 1].fraction, progress[k].message);
  });

  test('leaves no temporary folder or scratch file behind', () => {
    assert.deepEqual(fs.readdirSync(temp.path), ['demo']);
    assert.deepEqual(fs.readdirSync(result.outDir).sort(), [...DEMO_FILES].sort());
  });

  test('the same seed gives byte-identical files, on one thread or many; another seed differs', async () => {
    const again = path.join(temp.path, 'again');
    await writeDemo(db.connection, options(again), () => {});
    const single = await openDuckDB({ threads: '1' });
    const oneThread = path.join(temp.path, 'one-thread');
    try {
      await writeDemo(single.connection, options(oneThread), () => {});
    } finally {
      single.close();
    }
    const otherSeed = path.join(temp.path, 'other-seed');
    await writeDemo(db.connection, options(otherSeed, { seed: 12 }), () => {});
    for (const name of DEMO_FILES) {
      const original = sha256OfFile(path.join(result.outDir, name));
      assert.equal(sha256OfFile(path.join(again, name)), original, `${name} differs between runs`);
      assert.equal(sha256OfFile(path.join(oneThread, name)), original, `${name} differs on one thread`);
    }
    assert.notEqual(sha256OfFile(path.join(otherSeed, 'inference_log.parquet')), sha256OfFile(logPath));
    assert.notEqual(sha256OfFile(path.join(otherSeed, 'labels.parquet')), sha256OfFile(labelsPath));
  });

  test('refuses to overwrite existing demo files unless asked, and says how', async () => {
    const outDir = path.join(temp.path, 'existing');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'labels.parquet'), 'precious');
    fs.writeFileSync(path.join(outDir, 'notes.txt'), 'keep me');
    await assert.rejects(writeDemo(db.connection, options(outDir, { rows: 2000 }), () => {}), (error: unknown) => {
      assert.ok(error instanceof DemoError);
      assert.equal(error.code, 'output_exists');
      assert.match(error.message, /labels\.parquet already exists/);
      assert.match(error.message, /--overwrite/);
      return true;
    });
    assert.equal(fs.readFileSync(path.join(outDir, 'labels.parquet'), 'utf8'), 'precious');

    const replaced = await writeDemo(db.connection, options(outDir, { rows: 2000, overwrite: true }), () => {});
    assert.equal(replaced.files[0].rows, 2000);
    assert.deepEqual(fs.readdirSync(outDir).sort(), ['inference_log.parquet', 'labels.parquet', 'notes.txt', 'scenario.json']);
    assert.equal(fs.readFileSync(path.join(outDir, 'notes.txt'), 'utf8'), 'keep me');
    assert.deepEqual(fs.readdirSync(temp.path).filter((name) => name.startsWith('.')), []);
  });

  test('refuses an output path that is a file', async () => {
    const file = path.join(temp.path, 'a-file');
    fs.writeFileSync(file, '');
    await assert.rejects(writeDemo(db.connection, options(file), () => {}), { name: 'DemoError', code: 'output_exists' });
  });

  test('rejects invalid options with every problem and the valid scenarios, before writing anything', async () => {
    const outDir = path.join(temp.path, 'invalid');
    const invalid = { outDir, rows: 10, scenario: 'bogus', seed: 1 } as unknown as DemoOptions;
    await assert.rejects(writeDemo(db.connection, invalid, () => {}), (error: unknown) => {
      assert.ok(error instanceof DemoError);
      assert.equal(error.code, 'invalid_options');
      assert.deepEqual(error.problems.map((problem) => problem.option), ['rows', 'scenario']);
      assert.match(error.message, new RegExp(DEMO_SCENARIO_NAMES.join(', ')));
      assert.match(error.message, /1000 to 200000000/);
      return true;
    });
    assert.equal(fs.existsSync(outDir), false);
  });

  test('an interrupted run removes its temporary folder and writes nothing', async () => {
    const outDir = path.join(temp.path, 'interrupted');
    let interrupted = false;
    const run = writeDemo(db.connection, options(outDir, { rows: 5_000_000 }), (fraction) => {
      if (!interrupted && fraction > 0.02) {
        interrupted = true;
        db.connection.interrupt();
      }
    });
    await assert.rejects(run, /INTERRUPT|interrupt/i);
    assert.equal(fs.existsSync(outDir), false);
    assert.deepEqual(fs.readdirSync(temp.path).filter((name) => name.startsWith('.')), []);
  });

  test('keeps the row order when the caller turned preserve_insertion_order off, and restores every setting', async () => {
    const settingsSql = `SELECT current_setting('preserve_insertion_order') AS "order", current_setting('enable_progress_bar') AS "bar",
      current_setting('enable_progress_bar_print') AS "print", current_setting('progress_bar_time') AS "time"`;
    await db.connection.run('SET preserve_insertion_order = false');
    try {
      const before = await queryOne(db.connection, settingsSql);
      const outDir = path.join(temp.path, 'unordered');
      await writeDemo(db.connection, options(outDir), () => {});
      assert.equal(sha256OfFile(path.join(outDir, 'inference_log.parquet')), sha256OfFile(logPath));
      assert.deepEqual(await queryOne(db.connection, settingsSql), before);
      assert.equal(before.order, false);
    } finally {
      await db.connection.run('SET preserve_insertion_order = true');
    }
  });
});
