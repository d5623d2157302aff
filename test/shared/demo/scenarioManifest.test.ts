import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INFERENCE_LOG_COLUMNS, LABEL_COLUMNS } from '../../../shared/demo/columns';
import {
  buildScenarioManifest, DEMO_SCENARIO_SCHEMA, serializeScenarioManifest,
} from '../../../shared/demo/scenarioManifest';
import { getDemoScenario } from '../../../shared/demo/scenarios';

const files = [
  { name: 'inference_log.parquet', bytes: 1000, rows: 20_000 },
  { name: 'labels.parquet', bytes: 100, rows: 17_000 },
];

test('records what, where and when of the incident with the run settings', () => {
  const manifest = buildScenarioManifest({ scenario: getDemoScenario('unit-change'), seed: 9, rows: 20_000, files });
  assert.equal(manifest.schema, DEMO_SCENARIO_SCHEMA);
  assert.equal(manifest.scenario, 'unit-change');
  assert.equal(manifest.seed, 9);
  assert.equal(manifest.rows, 20_000);
  assert.deepEqual(manifest.time_range, { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' });
  assert.equal(manifest.labels.unlabelled_from, '2026-02-26T00:00:00Z');
  assert.deepEqual(manifest.incident.segment, { region: 'eu-west' });
  assert.deepEqual(manifest.incident.columns, ['amount_usd']);
  assert.equal(manifest.incident.start, '2026-02-17T09:00:00Z');
  assert.ok(manifest.benign.some((change) => change.kind === 'seasonal'));
  assert.ok(manifest.benign.some((change) => change.kind === 'slow_drift'));
  assert.deepEqual(manifest.files, files);
});

test('lists each file\'s columns with the role inference should find', () => {
  const manifest = buildScenarioManifest({ scenario: getDemoScenario('null-spike'), seed: 1, rows: 20_000, files });
  const log = manifest.columns['inference_log.parquet'];
  assert.deepEqual(log.map((column) => column.name), INFERENCE_LOG_COLUMNS.map((column) => column.name));
  assert.deepEqual(manifest.columns['labels.parquet'].map((column) => column.role), LABEL_COLUMNS.map((column) => column.role));
  const roleOf = (name: string) => log.find((column) => column.name === name)?.role;
  assert.equal(roleOf('event_time'), 'timestamp');
  assert.equal(roleOf('request_id'), 'id');
  assert.equal(roleOf('score'), 'prediction');
  assert.equal(roleOf('user_email'), 'pii');
  assert.equal(roleOf('merchant_id'), 'feature');
  assert.equal(log.filter((column) => column.role === 'feature' && column.feature_kind === 'numeric').length, 12);
});

test('serialises deterministically, without a generation time', () => {
  const build = () => serializeScenarioManifest(buildScenarioManifest({ scenario: getDemoScenario('mix-shift'), seed: 3, rows: 5000, files }));
  assert.equal(build(), build());
  assert.ok(build().endsWith('}\n'));
  assert.ok(!/generated|created_at|now/i.test(build()));
});
