import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { largestShareChange, readFeature } from '../../../renderer/src/drift/driftReading';
import { feature, params } from '../driftFixtures';

describe('readFeature', () => {
  test('reads a null spike as a data-quality break, with both missing rates', () => {
    const reading = readFeature(feature({
      name: 'device_trust_score', detected: true, severity: 0.75, nulls: [3, 160],
      stats: { missing: { value: 0.157, p_value: 0, p_value_adjusted: 0 }, wasserstein_norm: { value: 0.009 }, psi: { value: 0.0003 } },
    }), params);
    assert.match(reading, /^device_trust_score is missing far more often: 16% of current rows against 0\.3% in the reference/);
  });

  test('names the category whose share moved most for a categorical shift', () => {
    const reading = readFeature(feature({
      name: 'app_version', kind: 'categorical', detected: true, severity: 0.55,
      stats: { jensen_shannon: { value: 0.333 }, psi: { value: 0.668 }, chi_square: { value: 25812, p_value: 0, p_value_adjusted: 0 } },
      bins: { labels: ['5.3.0', '5.4.0', 'web'], reference: [716, 75, 209], current: [455, 379, 166] },
    }), params);
    assert.equal(reading, "app_version's mix changed: '5.4.0' went from 7.5% to 38% of rows.");
  });

  test('reads a numeric shift with the medians and the normed Wasserstein distance', () => {
    const reading = readFeature(feature({
      name: 'account_age_days', detected: true, severity: 0.39,
      stats: { wasserstein_norm: { value: 0.136 }, psi: { value: 0.05 }, ks: { value: 0.08, p_value: 0, p_value_adjusted: 0 } },
      quantiles: { p1: { reference: 5, current: 6 }, p50: { reference: 410, current: 520 }, p99: { reference: 4000, current: 4400 } },
    }), params);
    assert.equal(reading, 'account_age_days shifted: median 410 → 520; the distributions are 0.136 reference standard deviations apart on average.');
  });

  test('says when an effect passes its threshold without statistical support, and when a column is stable', () => {
    const unsupported = readFeature(feature({
      name: 'merchant_id', kind: 'categorical', stats: { jensen_shannon: { value: 0.299 }, psi: { value: 1.32 }, chi_square: { value: 9, p_value: 1, p_value_adjusted: 1 } },
    }), params);
    assert.match(unsupported, /^merchant_id looks different \(PSI 1\.32\), but the difference is not statistically supported/);
    assert.equal(readFeature(feature({ name: 'amount_usd' }), params), 'amount_usd is stable: its largest effect, Wasserstein (norm.) 0.01, is below the 0.1 threshold.');
  });
});

describe('largestShareChange', () => {
  test('finds the bin with the largest absolute change in share', () => {
    const change = largestShareChange(feature({ name: 'x', bins: { labels: ['a', 'b'], reference: [50, 50], current: [10, 90] } }));
    assert.equal(change?.label, 'a');
  });
});
