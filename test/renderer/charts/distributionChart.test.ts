import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BarData } from 'plotly.js-dist-min';
import { distributionChart } from '../../../renderer/src/charts/distributionChart';
import { feature } from '../driftFixtures';

function titleOf(value: unknown): string | undefined {
  return (value as { title?: { text?: string } } | undefined)?.title?.text;
}

describe('distributionChart', () => {
  test('overlays reference and current shares of each bin, with counts for the hover', () => {
    const spec = distributionChart(feature({ name: 'device_trust_score', bins: { labels: ['(-inf, 59]', '(59, +inf)'], reference: [25, 75], current: [50, 150] } }));
    const [reference, current] = spec.data as Partial<BarData>[];
    assert.equal(spec.data.length, 2);
    assert.equal(reference.name, 'Reference');
    assert.equal(current.name, 'Current');
    assert.deepEqual(reference.x, ['(-inf, 59]', '(59, +inf)']);
    assert.deepEqual(reference.y, [0.25, 0.75]);
    assert.deepEqual(current.y, [0.25, 0.75]);
    assert.deepEqual(current.customdata, [50, 150]);
    assert.match(String(current.hovertemplate), /%\{customdata:,\} rows/);
  });

  test('has a title, both axis titles and a legend', () => {
    const spec = distributionChart(feature({ name: 'amount_usd' }));
    assert.equal(titleOf(spec.layout), 'Distribution of amount_usd, reference vs current');
    assert.equal(titleOf(spec.layout.xaxis), 'Reference quantile bin (right-closed)');
    assert.equal(titleOf(spec.layout.yaxis), 'Share of non-missing values');
    assert.equal(spec.layout.showlegend, true);
  });

  test('turns horizontal for many categories so their names stay readable', () => {
    const labels = Array.from({ length: 20 }, (_, index) => `merchant_${index}`);
    const counts = labels.map(() => 5);
    const spec = distributionChart(feature({ name: 'merchant_id', kind: 'categorical', bins: { labels, reference: counts, current: counts } }));
    const [reference] = spec.data as Partial<BarData>[];
    assert.equal(reference.orientation, 'h');
    assert.deepEqual(reference.y, labels);
    assert.equal(titleOf(spec.layout.yaxis), 'Category');
  });
});
