import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoGeneratorInput } from '../../../shared/demo/generatorParams';
import { buildBlocksCopy, buildDemoRowsQuery, buildInferenceLogCopy, buildLabelsCopy } from '../../../shared/demo/generatorSql';
import { DEMO_SCENARIOS, getDemoScenario } from '../../../shared/demo/scenarios';

const input = (name: string): DemoGeneratorInput => ({
  scenario: getDemoScenario(name), rows: 50_000, seed: 1234, blocksPath: "/tmp/it's here/blocks.parquet",
});
const awkwardPath = "/tmp/o'brien \"demo\"/inference_log.parquet";

test('file paths and user values are bound, never spliced into the SQL', () => {
  const statements = [
    buildInferenceLogCopy(input('null-spike'), awkwardPath),
    buildLabelsCopy(input('null-spike'), awkwardPath),
    buildBlocksCopy(50_000, awkwardPath),
  ];
  for (const statement of statements) {
    assert.ok(!statement.sql.includes("o'brien"), 'output path not in SQL');
    assert.ok(!statement.sql.includes('it\'s here'), 'blocks path not in SQL');
    assert.ok(!/\b50000\b|\b1234\b/.test(statement.sql), 'rows and seed not in SQL');
    assert.deepEqual(statement.params.out_path, { type: 'VARCHAR', value: awkwardPath });
    assert.match(statement.sql, /TO \$out_path \(FORMAT parquet, COMPRESSION zstd|TO \$out_path \(FORMAT parquet, ROW_GROUP_SIZE/);
  }
  assert.deepEqual(statements[0].params.rows, { type: 'BIGINT', value: 50_000 });
  assert.deepEqual(statements[0].params.seed, { type: 'BIGINT', value: 1234 });
});

test('every $parameter in the SQL has a value and every value is used', () => {
  for (const statement of [buildInferenceLogCopy(input('mix-shift'), 'x'), buildLabelsCopy(input('unit-change'), 'x'), buildBlocksCopy(1000, 'x')]) {
    const used = new Set([...statement.sql.matchAll(/\$([a-z_]+)/g)].map((match) => match[1]));
    assert.deepEqual([...used].sort(), Object.keys(statement.params).sort());
  }
});

test('scenarios share one SQL text and differ only in bound values', () => {
  const texts = new Set(DEMO_SCENARIOS.map((scenario) => buildDemoRowsQuery(input(scenario.name)).sql));
  assert.equal(texts.size, 1);
  const nullSpike = buildDemoRowsQuery(input('null-spike')).params;
  const mixShift = buildDemoRowsQuery(input('mix-shift')).params;
  assert.equal(nullSpike.null_rate.value, 0.9);
  assert.equal(mixShift.null_rate.value, 0);
  assert.notEqual(mixShift.weak_share_target.value, nullSpike.weak_share_target.value);
});

test('the log COPY writes the catalogue columns and the labels COPY only request_id and label', () => {
  const log = buildInferenceLogCopy(input('null-spike'), 'x').sql;
  assert.match(log, /SELECT "request_id", "event_time", .*"score", "predicted_class" FROM "rows"\) TO/);
  assert.ok(!/"predicted_class", "label" FROM "rows"/.test(log));
  const labels = buildLabelsCopy(input('null-spike'), 'x');
  assert.match(labels.sql, /WHERE "elapsed_ms" < \$label_cutoff_ms\n/);
  assert.match(labels.sql, /SELECT "request_id", "label" FROM "rows"\) TO/);
  assert.equal(labels.params.label_cutoff_ms.value, 25 * 86_400_000);
});

test('generator SQL avoids random(), which is not reproducible across threads', () => {
  assert.ok(!/random\(|setseed|uuid\(/i.test(buildDemoRowsQuery(input('model-release')).sql));
});
