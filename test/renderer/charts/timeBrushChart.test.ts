import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { timeBrushChart } from '../../../renderer/src/charts/timeBrushChart';
import type { Timeline } from '../../../shared/overview/overviewResult';

const timeline: Timeline = {
  time_column: 'event_time', unit: 'hour',
  buckets: ['2026-02-01T00:00:00Z', '2026-02-01T01:00:00Z', '2026-02-28T23:00:00Z'],
  series: [{ version: 'a', counts: [1, 2, 3] }, { version: 'b', counts: [1, 0, 1] }],
};

describe('timeBrushChart', () => {
  test('sums the versions and shades both windows, open ends reaching the data\'s edge', () => {
    const spec = timeBrushChart(timeline, { reference: { start: '', end: '2026-02-15' }, current: { start: '2026-02-19 14:00', end: '2026-03-01' } }, 'current');
    assert.deepEqual((spec.data[0] as { y: number[] }).y, [2, 2, 4]);
    const shapes = spec.layout.shapes ?? [];
    assert.equal(shapes.length, 2);
    assert.deepEqual([shapes[0].x0, shapes[0].x1], ['2026-02-01 00:00:00', '2026-02-15 00:00:00']);
    assert.deepEqual([shapes[1].x0, shapes[1].x1], ['2026-02-19 14:00:00', '2026-03-01 00:00:00']);
    assert.equal(spec.layout.dragmode, 'select');
    assert.equal(spec.layout.selectdirection, 'h');
    assert.match((spec.layout.title as { text: string }).text, /current window$/);
  });

  test('leaves out a window that is empty or unreadable', () => {
    const spec = timeBrushChart(timeline, { reference: { start: '', end: '' }, current: { start: 'soon', end: '2026-03-01' } }, 'reference');
    assert.equal((spec.layout.shapes ?? []).length, 0);
  });
});
