import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { after, describe, test } from 'node:test';
import type { DriftResult } from '../../../shared/drift/driftResult';
import { runCliJson } from '../../helpers/runCli';
import { makeTempDir } from '../../helpers/testPaths';

interface ScenarioManifest {
  time_range: { start: string; end: string };
  incident: { columns: string[]; start: string };
  benign: Array<{ column: string; kind: 'seasonal' | 'slow_drift' }>;
}

const scratch = makeTempDir();
after(() => scratch.cleanup());

/**
 * Each demo scenario injects one incident at a known time (scenario.json). Drift between the first two
 * weeks and the time after the incident must flag the culprit, and must not rank the benign seasonal
 * column as high as the culprit.
 */
describe('drift finds the injected culprit of every demo scenario', () => {
  for (const scenario of ['null-spike', 'unit-change', 'model-release', 'mix-shift']) {
    test(scenario, async () => {
      const dir = path.join(scratch.dir, scenario);
      await runCliJson(['demo', '--out', dir, '--rows', '120000', '--scenario', scenario]);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'scenario.json'), 'utf8')) as ScenarioManifest;
      const result = await runCliJson<DriftResult>([
        'drift', '--reference', path.join(dir, 'inference_log.parquet'),
        '--reference-window', `${manifest.time_range.start}..2026-02-15`,
        '--current-window', `${manifest.incident.start}..${manifest.time_range.end}`,
      ]);
      const byName = new Map(result.features.map((feature) => [feature.name, feature]));
      const culprits = manifest.incident.columns.map((name) => byName.get(name)).filter((feature) => feature !== undefined);
      assert.ok(culprits.length > 0, `culprit columns ${manifest.incident.columns.join(', ')} were compared`);
      for (const culprit of culprits) {
        assert.equal(culprit.drift.detected, true, `${culprit.name}: ${culprit.drift.reason}`);
      }
      assert.ok(result.multivariate && result.multivariate.auc > 0.55, `the domain classifier separates the windows (AUC ${result.multivariate?.auc})`);
      const topCulpritSeverity = Math.max(...culprits.map((feature) => feature.drift.severity));
      const rankOfCulprit = Math.min(...culprits.map((feature) => result.features.indexOf(feature)));
      assert.ok(rankOfCulprit <= 3, `a culprit is among the top 4 columns (rank ${rankOfCulprit})`);
      for (const benign of manifest.benign.filter((entry) => entry.kind === 'seasonal')) {
        const feature = byName.get(benign.column);
        if (!feature) continue;
        assert.equal(feature.drift.detected, false, `seasonal ${benign.column}: ${feature.drift.reason}`);
        assert.ok(feature.drift.severity < topCulpritSeverity, `seasonal ${benign.column} severity ${feature.drift.severity} < culprit ${topCulpritSeverity}`);
      }
    });
  }
});

describe('drift over time shows when a column started to move', () => {
  test('null-spike: the missingness of the culprit jumps on the incident day and not before', async () => {
    const dir = path.join(scratch.dir, 'over-time');
    await runCliJson(['demo', '--out', dir, '--rows', '100000', '--scenario', 'null-spike']);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'scenario.json'), 'utf8')) as ScenarioManifest;
    const result = await runCliJson<DriftResult>([
      'drift', '--reference', path.join(dir, 'inference_log.parquet'), '--reference-window', '..2026-02-10', '--current-window', '2026-02-10..',
      '--over-time', 'day', '--over-time-statistic', 'missing', '--columns', `${manifest.incident.columns[0]},session_length_s`,
    ]);
    const matrix = result.over_time!;
    assert.equal(matrix.unit, 'day');
    const culprit = matrix.columns.find((column) => column.name === manifest.incident.columns[0])!;
    const incidentDay = `${manifest.incident.start.slice(0, 10)}T00:00:00Z`;
    const firstMoved = matrix.buckets[culprit.values.findIndex((value) => value !== null && value > 0.02)];
    assert.equal(firstMoved, incidentDay);
    assert.equal(matrix.rows.reduce((a, b) => a + b, 0), result.current.rows);
  });
});

describe('drift between two samples of the same distribution', () => {
  test('flags nothing, and the domain classifier cannot tell the windows apart', async () => {
    const dir = path.join(scratch.dir, 'null-drift');
    await runCliJson(['demo', '--out', dir, '--rows', '100000', '--scenario', 'null-spike']);
    // Alternate hours of the same four days: same weekdays, same hours of the day, no incident yet.
    const result = await runCliJson<DriftResult>([
      'drift', '--reference', path.join(dir, 'inference_log.parquet'),
      '--where-reference', "event_time < TIMESTAMP '2026-02-05' AND hour(event_time) % 2 = 0",
      '--where-current', "event_time < TIMESTAMP '2026-02-05' AND hour(event_time) % 2 = 1",
      '--columns', 'amount_usd,device_trust_score,merchant_category,payment_method,region,device',
    ]);
    assert.deepEqual(result.features.filter((feature) => feature.drift.detected).map((feature) => feature.name), []);
    assert.ok(result.multivariate!.auc < 0.56, `AUC ${result.multivariate!.auc}`);
  });
});

describe('drift by model version', () => {
  test('model-release: v3.1 vs v3.2 rows over the same days flag the miscalibrated score', async () => {
    const dir = path.join(scratch.dir, 'versions');
    await runCliJson(['demo', '--out', dir, '--rows', '100000', '--scenario', 'model-release']);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'scenario.json'), 'utf8')) as ScenarioManifest;
    const result = await runCliJson<DriftResult>([
      'drift', '--reference', path.join(dir, 'inference_log.parquet'), '--reference-version', 'v3.1', '--current-version', 'v3.2',
      '--where-reference', `event_time >= TIMESTAMP '${manifest.incident.start.replace('T', ' ').replace('Z', '')}'`,
    ]);
    assert.match(result.reference.window, /model_version = v3\.1/);
    assert.ok(result.features.every((feature) => feature.name !== 'model_version'), 'the version column defines the windows, so it is not compared');
    const score = result.features.find((feature) => feature.name === 'score')!;
    assert.equal(score.drift.detected, true, score.drift.reason);
    assert.equal(result.features[0].name, 'score');
  });
});
