import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BarData, ScatterData } from 'plotly.js-dist-min';
import { plotlyDate, timelineChart } from '../../../renderer/src/charts/timelineChart';
import type { Timeline } from '../../../shared/overview/overviewResult';

const timeline: Timeline = {
  time_column: 'event_time', unit: 'hour',
  buckets: ['2026-02-01T00:00:00Z', '2026-02-01T01:00:00Z', '2026-02-01T02:00:00Z'],
  series: [{ version: 'v3.1', counts: [100, 80, 0] }, { version: 'v3.2', counts: [0, 20, 90] }],
};

describe('timelineChart', () => {
  test('stacks events per hour by model version, titled and with axis titles', () => {
    const spec = timelineChart(timeline);
    const bars = spec.data.filter((trace) => trace.type === 'bar') as Partial<BarData>[];
    assert.deepEqual(bars.map((bar) => bar.name), ['v3.1', 'v3.2']);
    assert.deepEqual(bars[1].y, [0, 20, 90]);
    assert.equal(spec.layout.barmode, 'stack');
    assert.equal((spec.layout.title as { text: string }).text, 'Events per hour, by model version');
    assert.equal((spec.layout.xaxis?.title as { text: string }).text, 'Time (UTC)');
    assert.equal((spec.layout.yaxis?.title as { text: string }).text, 'Events');
  });

  test('draws each version from its first to its last hour on a strip above', () => {
    const spec = timelineChart(timeline);
    const strip = spec.data.filter((trace) => trace.type === 'scatter') as Partial<ScatterData>[];
    assert.deepEqual(strip.map((line) => line.x), [['2026-02-01 00:00:00', '2026-02-01 01:00:00'], ['2026-02-01 01:00:00', '2026-02-01 02:00:00']]);
    assert.ok(strip.every((line) => line.yaxis === 'y2'));
  });

  test('has no strip when the log has no model_version column', () => {
    const spec = timelineChart({ ...timeline, series: [{ version: null, counts: [1, 2, 3] }] });
    assert.equal(spec.data.length, 1);
    assert.equal(spec.layout.yaxis2, undefined);
  });

  test('writes ISO buckets as Plotly dates in UTC', () => {
    assert.equal(plotlyDate('2026-02-19T14:00:00Z'), '2026-02-19 14:00:00');
    assert.equal(plotlyDate(2019), 2019);
  });
});
