import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_END_MS, DEMO_LABEL_CUTOFF_MS, DEMO_START_MS, epochMsFromIso } from '../../../shared/demo/calendar';
import { INFERENCE_LOG_COLUMNS } from '../../../shared/demo/columns';
import {
  BASE_MODEL_VERSION, DEMO_BENIGN_CHANGES, DEMO_SCENARIO_NAMES, DEMO_SCENARIOS, getDemoScenario, isDemoScenarioName,
} from '../../../shared/demo/scenarios';
import { APP_VERSIONS, DEVICES, REGIONS } from '../../../shared/demo/vocabulary';

const logColumn = (name: string) => INFERENCE_LOG_COLUMNS.find((column) => column.name === name);

test('lists every scenario once, with the four the issue asks for', () => {
  assert.deepEqual(DEMO_SCENARIOS.map((scenario) => scenario.name), [...DEMO_SCENARIO_NAMES]);
  for (const name of ['null-spike', 'unit-change', 'model-release', 'mix-shift']) assert.ok(isDemoScenarioName(name));
  assert.equal(isDemoScenarioName('baseline'), false);
});

test('each incident starts inside the labelled part of the log', () => {
  for (const { name, incident } of DEMO_SCENARIOS) {
    const start = epochMsFromIso(incident.start);
    assert.ok(start > DEMO_START_MS + 7 * 86_400_000, `${name}: a week of history before the incident`);
    assert.ok(start < DEMO_LABEL_CUTOFF_MS - 3 * 86_400_000, `${name}: labelled days after the incident`);
  }
});

test('culprit columns and segment dimensions are columns of the log', () => {
  for (const { name, incident } of DEMO_SCENARIOS) {
    for (const column of incident.columns) assert.ok(logColumn(column), `${name}: ${column}`);
    for (const dimension of Object.keys(incident.segment)) {
      assert.ok(['segment', 'model_version'].includes(logColumn(dimension)?.role ?? ''), `${name}: ${dimension} is a segment`);
    }
    assert.ok(incident.expectedSymptom.metrics.length > 0);
    assert.ok(incident.hypothesisKinds.length > 0);
  }
});

test('generator knobs act exactly where the ground truth says', () => {
  for (const { name, incident, knobs } of DEMO_SCENARIOS) {
    switch (knobs.kind) {
      case 'null_spike':
        assert.deepEqual(incident.segment, { device: knobs.device, app_version: knobs.appVersion }, name);
        assert.ok(DEVICES.some((device) => device.name === knobs.device));
        assert.ok((APP_VERSIONS as readonly string[]).includes(knobs.appVersion));
        assert.deepEqual(incident.columns, ['device_trust_score']);
        break;
      case 'unit_change':
        assert.deepEqual(incident.segment, { region: knobs.region }, name);
        assert.ok(REGIONS.some((region) => region.name === knobs.region));
        assert.deepEqual(incident.columns, ['amount_usd']);
        break;
      case 'model_release':
        assert.deepEqual(incident.segment, { model_version: knobs.version }, name);
        assert.notEqual(knobs.version, BASE_MODEL_VERSION);
        break;
      case 'mix_shift': {
        assert.deepEqual(incident.segment, { region: knobs.region }, name);
        const region = REGIONS.find((candidate) => candidate.name === knobs.region);
        assert.ok(region && knobs.targetShare > region.share * 3, 'the weak region grows several-fold');
        assert.equal(Math.max(...REGIONS.map((candidate) => candidate.noiseSd)), region.noiseSd, 'it is where the model is weakest');
        break;
      }
    }
    assert.equal(incident.kind, knobs.kind, name);
  }
});

test('benign changes name a seasonal and a slowly drifting column of the log', () => {
  assert.ok(DEMO_BENIGN_CHANGES.some((change) => change.kind === 'seasonal' && change.column === 'session_length_s'));
  assert.ok(DEMO_BENIGN_CHANGES.some((change) => change.kind === 'slow_drift' && change.column === 'account_age_days'));
  for (const change of DEMO_BENIGN_CHANGES) assert.ok(logColumn(change.column), change.column);
  for (const { incident } of DEMO_SCENARIOS) {
    for (const change of DEMO_BENIGN_CHANGES) {
      if (change.column !== 'app_version') assert.ok(!incident.columns.includes(change.column));
    }
  }
});

test('an unknown scenario name fails with the list of valid ones', () => {
  assert.throws(() => getDemoScenario('nul-spike'), /Valid scenarios: null-spike, unit-change, model-release, mix-shift/);
  assert.equal(getDemoScenario('mix-shift').incident.kind, 'mix_shift');
  assert.ok(DEMO_END_MS > DEMO_START_MS);
});
