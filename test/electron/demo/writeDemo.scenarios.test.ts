/**
 * Each scenario's incident is in the written log where scenario.json says (segment, column, start)
 * and nowhere else; the other scenarios' incidents are absent. Checked with independent DuckDB
 * queries over the Parquet files, at a size small enough to keep the suite fast.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeDemo } from '../../../electron/demo/writeDemo';
import { DEMO_SCENARIO_NAMES, getDemoScenario, type DemoScenarioName } from '../../../shared/demo/scenarios';
import { makeTempFolder, openDuckDB, queryOne, type DuckDBFixture, type Row } from './demoTestSupport';

const ROWS = 40_000;
const SEED = 5;

interface Signatures extends Row {
  /** device_trust_score null rate in android x 5.4.0 after 2026-02-19 14:00. */
  trustNullInSegmentAfter: number;
  trustNullInSegmentBefore: number;
  trustNullElsewhereAfter: number;
  /** Median amount in eu-west after 2026-02-17 09:00 over before. */
  euWestAmountRatio: number;
  otherAmountRatio: number;
  euWestScoreAfter: number;
  euWestScoreBefore: number;
  euWestLabelAfter: number;
  euWestLabelBefore: number;
  /** Share of v3.2 rows before and after 2026-02-18 10:00. */
  releaseShareBefore: number;
  releaseShareAfter: number;
  newScoreAfter: number;
  oldScoreAfter: number;
  newLabelAfter: number;
  oldLabelAfter: number;
  newLogLossAfter: number;
  oldLogLossAfter: number;
  /** Share of latam before 2026-02-16 and from 2026-02-18 (after the 48-hour ramp). */
  latamShareBefore: number;
  latamShareAfterRamp: number;
  logLossBeforeMix: number;
  logLossAfterMix: number;
  latamLabelBefore: number;
  latamLabelAfter: number;
}

const SIGNATURES_SQL = `
WITH "j" AS (
  SELECT "g".*, "l"."label" FROM read_parquet($log) AS "g" LEFT JOIN read_parquet($labels) AS "l" USING ("request_id")
),
"flags" AS (
  SELECT *,
    ("device" = 'android' AND "app_version" = '5.4.0') AS "inNullSegment",
    "event_time" >= TIMESTAMP '2026-02-19 14:00:00' AS "afterNull",
    "event_time" >= TIMESTAMP '2026-02-17 09:00:00' AS "afterUnit",
    "event_time" >= TIMESTAMP '2026-02-18 10:00:00' AS "afterRelease",
    "event_time" >= TIMESTAMP '2026-02-16 00:00:00' AS "afterMix",
    "event_time" >= TIMESTAMP '2026-02-18 00:00:00' AS "afterMixRamp",
    -("label" * ln("score") + (1 - "label") * ln(1 - "score")) AS "logLoss"
  FROM "j"
)
SELECT
  avg(("device_trust_score" IS NULL)::INTEGER) FILTER (WHERE "inNullSegment" AND "afterNull") AS "trustNullInSegmentAfter",
  avg(("device_trust_score" IS NULL)::INTEGER) FILTER (WHERE "inNullSegment" AND NOT "afterNull") AS "trustNullInSegmentBefore",
  avg(("device_trust_score" IS NULL)::INTEGER) FILTER (WHERE NOT "inNullSegment" AND "afterNull") AS "trustNullElsewhereAfter",
  median("amount_usd") FILTER (WHERE "region" = 'eu-west' AND "afterUnit")
    / median("amount_usd") FILTER (WHERE "region" = 'eu-west' AND NOT "afterUnit") AS "euWestAmountRatio",
  median("amount_usd") FILTER (WHERE "region" <> 'eu-west' AND "afterUnit")
    / median("amount_usd") FILTER (WHERE "region" <> 'eu-west' AND NOT "afterUnit") AS "otherAmountRatio",
  avg("score") FILTER (WHERE "region" = 'eu-west' AND "afterUnit") AS "euWestScoreAfter",
  avg("score") FILTER (WHERE "region" = 'eu-west' AND NOT "afterUnit") AS "euWestScoreBefore",
  avg("label") FILTER (WHERE "region" = 'eu-west' AND "afterUnit") AS "euWestLabelAfter",
  avg("label") FILTER (WHERE "region" = 'eu-west' AND NOT "afterUnit") AS "euWestLabelBefore",
  avg(("model_version" = 'v3.2')::INTEGER) FILTER (WHERE NOT "afterRelease") AS "releaseShareBefore",
  avg(("model_version" = 'v3.2')::INTEGER) FILTER (WHERE "afterRelease") AS "releaseShareAfter",
  avg("score") FILTER (WHERE "model_version" = 'v3.2' AND "afterRelease") AS "newScoreAfter",
  avg("score") FILTER (WHERE "model_version" = 'v3.1' AND "afterRelease") AS "oldScoreAfter",
  avg("label") FILTER (WHERE "model_version" = 'v3.2' AND "afterRelease") AS "newLabelAfter",
  avg("label") FILTER (WHERE "model_version" = 'v3.1' AND "afterRelease") AS "oldLabelAfter",
  avg("logLoss") FILTER (WHERE "model_version" = 'v3.2' AND "afterRelease") AS "newLogLossAfter",
  avg("logLoss") FILTER (WHERE "model_version" = 'v3.1' AND "afterRelease") AS "oldLogLossAfter",
  avg(("region" = 'latam')::INTEGER) FILTER (WHERE NOT "afterMix") AS "latamShareBefore",
  avg(("region" = 'latam')::INTEGER) FILTER (WHERE "afterMixRamp") AS "latamShareAfterRamp",
  avg("logLoss") FILTER (WHERE NOT "afterMix") AS "logLossBeforeMix",
  avg("logLoss") FILTER (WHERE "afterMix") AS "logLossAfterMix",
  avg("label") FILTER (WHERE "region" = 'latam' AND NOT "afterMix") AS "latamLabelBefore",
  avg("label") FILTER (WHERE "region" = 'latam' AND "afterMix") AS "latamLabelAfter"
FROM "flags"`;

describe('writeDemo scenarios', () => {
  let db: DuckDBFixture;
  let temp: ReturnType<typeof makeTempFolder>;
  const signatures = new Map<DemoScenarioName, Signatures>();

  before(async () => {
    db = await openDuckDB();
    temp = makeTempFolder('demo-scenarios');
    for (const scenario of DEMO_SCENARIO_NAMES) {
      const outDir = path.join(temp.path, scenario);
      await writeDemo(db.connection, { outDir, rows: ROWS, scenario, seed: SEED }, () => {});
      const row = await queryOne(db.connection, SIGNATURES_SQL, {
        log: path.join(outDir, 'inference_log.parquet'),
        labels: path.join(outDir, 'labels.parquet'),
      });
      signatures.set(scenario, row as Signatures);
    }
  });

  after(() => {
    db.close();
    temp.remove();
  });

  const of = (scenario: DemoScenarioName): Signatures => {
    const found = signatures.get(scenario);
    if (!found) throw new Error(`no signatures for ${scenario}`);
    return found;
  };

  test('scenario.json carries each scenario\'s own ground truth', () => {
    for (const scenario of DEMO_SCENARIO_NAMES) {
      const manifest = JSON.parse(fs.readFileSync(path.join(temp.path, scenario, 'scenario.json'), 'utf8'));
      const { incident } = getDemoScenario(scenario);
      assert.equal(manifest.incident.kind, incident.kind);
      assert.deepEqual(manifest.incident.segment, incident.segment);
      assert.deepEqual(manifest.incident.columns, incident.columns);
      assert.equal(manifest.incident.start, incident.start);
    }
  });

  test('null-spike: device_trust_score goes null in android 5.4.0 after the start, and only there', () => {
    const s = of('null-spike');
    assert.ok(s.trustNullInSegmentAfter > 0.8, `in segment after: ${s.trustNullInSegmentAfter}`);
    assert.ok(s.trustNullInSegmentBefore < 0.02, `in segment before: ${s.trustNullInSegmentBefore}`);
    assert.ok(s.trustNullElsewhereAfter < 0.02, `elsewhere after: ${s.trustNullElsewhereAfter}`);
  });

  test('unit-change: amounts jump 100x in eu-west after the start, scores follow, labels do not', () => {
    const s = of('unit-change');
    assert.ok(s.euWestAmountRatio > 50, `eu-west median ratio ${s.euWestAmountRatio}`);
    assert.ok(s.otherAmountRatio > 0.8 && s.otherAmountRatio < 1.25, `other regions ratio ${s.otherAmountRatio}`);
    assert.ok(s.euWestScoreAfter > 2.5 * s.euWestScoreBefore, `scores ${s.euWestScoreBefore} -> ${s.euWestScoreAfter}`);
    assert.ok(Math.abs(s.euWestLabelAfter - s.euWestLabelBefore) < 0.04, `labels ${s.euWestLabelBefore} -> ${s.euWestLabelAfter}`);
  });

  test('model-release: v3.2 appears at the start on about 35% of traffic with inflated scores and worse log loss', () => {
    const s = of('model-release');
    assert.equal(s.releaseShareBefore, 0);
    assert.ok(s.releaseShareAfter > 0.3 && s.releaseShareAfter < 0.4, `share ${s.releaseShareAfter}`);
    assert.ok(s.newScoreAfter > 1.5 * s.oldScoreAfter, `scores v3.1 ${s.oldScoreAfter} vs v3.2 ${s.newScoreAfter}`);
    assert.ok(Math.abs(s.newLabelAfter - s.oldLabelAfter) < 0.03, 'same true fraud rate on both versions');
    assert.ok(s.newLogLossAfter > s.oldLogLossAfter + 0.02, `log loss v3.1 ${s.oldLogLossAfter} vs v3.2 ${s.newLogLossAfter}`);
  });

  test('mix-shift: latam grows from ~7% to over 28% of traffic and aggregate log loss worsens, latam itself unchanged', () => {
    const s = of('mix-shift');
    assert.ok(s.latamShareBefore > 0.05 && s.latamShareBefore < 0.09, `before ${s.latamShareBefore}`);
    assert.ok(s.latamShareAfterRamp > 0.28, `after ramp ${s.latamShareAfterRamp}`);
    assert.ok(s.logLossAfterMix > s.logLossBeforeMix + 0.015, `log loss ${s.logLossBeforeMix} -> ${s.logLossAfterMix}`);
    assert.ok(Math.abs(s.latamLabelAfter - s.latamLabelBefore) < 0.04, `latam label rate ${s.latamLabelBefore} -> ${s.latamLabelAfter}`);
  });

  test('every other scenario\'s incident is absent from each log', () => {
    for (const scenario of DEMO_SCENARIO_NAMES) {
      const s = of(scenario);
      if (scenario !== 'null-spike') assert.ok(s.trustNullInSegmentAfter < 0.02, `${scenario}: no null spike`);
      if (scenario !== 'unit-change') assert.ok(s.euWestAmountRatio > 0.7 && s.euWestAmountRatio < 1.4, `${scenario}: no unit change`);
      if (scenario !== 'model-release') assert.equal(s.releaseShareAfter, 0, `${scenario}: no v3.2`);
      if (scenario !== 'mix-shift') assert.ok(s.latamShareAfterRamp < 0.1, `${scenario}: no mix shift`);
    }
  });
});
