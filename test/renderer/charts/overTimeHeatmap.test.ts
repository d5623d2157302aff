import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { HeatmapData } from 'plotly.js-dist-min';
import { overTimeHeatmap, overTimeScale } from '../../../renderer/src/charts/overTimeHeatmap';
import type { DriftOverTime } from '../../../shared/drift/driftOverTime';
import { params } from '../driftFixtures';

const overTime: DriftOverTime = {
  unit: 'day', statistic: 'psi', time_column: 'event_time',
  buckets: ['2026-02-19T00:00:00Z', '2026-02-20T00:00:00Z'], rows: [6945, 7500],
  columns: [{ name: 'amount_usd', values: [0.002, 0.001] }, { name: 'app_version', values: [0.4, null] }],
};

describe('overTimeHeatmap', () => {
  test('puts columns in ranking order, days on x, and the rows per day in the hover', () => {
    const spec = overTimeHeatmap(overTime, ['app_version', 'not_compared', 'amount_usd'], params);
    const [trace] = spec.data as Partial<HeatmapData>[];
    assert.deepEqual(trace.y, ['app_version', 'amount_usd']);
    assert.deepEqual(trace.x, ['2026-02-19 00:00:00', '2026-02-20 00:00:00']);
    assert.deepEqual(trace.z, [[0.4, null], [0.002, 0.001]]);
    assert.deepEqual(trace.customdata, [[6945, 7500], [6945, 7500]]);
    assert.equal(spec.layout.yaxis?.autorange, 'reversed', 'the top-ranked column is on top');
    assert.equal((spec.layout.title as { text: string }).text, 'PSI per day against the reference window');
    assert.equal((spec.layout.xaxis?.title as { text: string }).text, 'Day of the current window (UTC)');
  });

  test('centres the colour scale on the threshold the run used; the missing-rate change is diverging', () => {
    assert.deepEqual([overTimeScale('psi', params).zmin, overTimeScale('psi', params).zmax, overTimeScale('psi', params).threshold], [0, 0.4, 0.2]);
    const missing = overTimeScale('missing', params);
    assert.deepEqual([missing.zmin, missing.zmax], [-0.02, 0.02]);
    assert.equal(overTimeScale('hellinger', params).threshold, 0.1);
  });
});
