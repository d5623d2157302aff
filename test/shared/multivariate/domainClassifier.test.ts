import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOMAIN_CLASSIFIER_SETTINGS, domainClassifier } from '../../../shared/multivariate/domainClassifier';
import { DomainSampleError } from '../../../shared/multivariate/domainSampleError';
import { mulberry32 } from '../../../shared/multivariate/seededRandom';
import type { DomainClassifierResult } from '../../../shared/multivariate/types';
import { buildDomainSample, noiseColumns, standardNormal } from './domainSampleBuilder';

const rows5k = { reference: 5000, current: 5000 };

function topDriver(result: DomainClassifierResult): string {
  return result.drivers[0].column;
}

function importanceSum(result: DomainClassifierResult): number {
  return result.drivers.reduce((sum, driver) => sum + driver.importance, 0);
}

describe('domainClassifier', () => {
  test('identical distributions give an AUC near 0.5', () => {
    const sample = buildDomainSample({
      rows: rows5k,
      seed: 1,
      numeric: noiseColumns(5),
      categorical: [{ name: 'region', reference: { eu: 5, us: 3, apac: 2 }, current: { eu: 5, us: 3, apac: 2 } }],
    });
    const result = domainClassifier(sample, { seed: 7 });
    assert.ok(Math.abs(result.auc - 0.5) < 0.05, `AUC ${result.auc}`);
    assert.deepEqual(result.rows, { reference: 5000, current: 5000 });
  });

  test('a numeric column shifted by 1 SD is detected and is the top driver', () => {
    const sample = buildDomainSample({ rows: rows5k, seed: 2, numeric: [...noiseColumns(4), { name: 'amount', shift: 1 }] });
    const result = domainClassifier(sample, { seed: 7 });
    // Two unit-variance normals 1 SD apart are separable with AUC Φ(1/√2) ≈ 0.760.
    assert.ok(result.auc > 0.72, `AUC ${result.auc}`);
    assert.equal(topDriver(result), 'amount');
    assert.ok(result.drivers[0].importance > 0.5, `importance ${result.drivers[0].importance}`);
    assert.ok((result.drivers[0].auc_alone ?? 0) > 0.72, `auc_alone ${result.drivers[0].auc_alone}`);
    for (const noise of result.drivers.slice(1)) assert.ok(Math.abs((noise.auc_alone ?? 0) - 0.5) < 0.05, `${noise.column} alone ${noise.auc_alone}`);
  });

  test('a categorical column whose mix changes is detected and is the top driver', () => {
    const sample = buildDomainSample({
      rows: rows5k,
      seed: 3,
      numeric: noiseColumns(4),
      categorical: [
        { name: 'device', reference: { ios: 1, android: 1 }, current: { ios: 1, android: 1 } },
        { name: 'region', reference: { eu: 5, us: 3, apac: 2 }, current: { eu: 2, us: 3, apac: 5 } },
      ],
    });
    const result = domainClassifier(sample, { seed: 7 });
    assert.ok(result.auc > 0.6, `AUC ${result.auc}`);
    assert.equal(topDriver(result), 'region');
  });

  test('finds one shifted column among 20 noise columns', () => {
    const sample = buildDomainSample({ rows: rows5k, seed: 4, numeric: [...noiseColumns(10), { name: 'latency', shift: 0.5 }, ...noiseColumns(20).slice(10)] });
    const result = domainClassifier(sample, { seed: 7 });
    assert.ok(result.auc > 0.6, `AUC ${result.auc}`);
    assert.equal(topDriver(result), 'latency');
    assert.equal(result.drivers.length, 21);
    assert.equal(result.drivers.filter((driver) => driver.auc_alone !== null).length, DOMAIN_CLASSIFIER_SETTINGS.aucAloneColumns);
    assert.ok(Math.abs(importanceSum(result) - 1) < 1e-12);
    for (let i = 1; i < result.drivers.length; i++) assert.ok(result.drivers[i - 1].importance >= result.drivers[i].importance);
  });

  test('a rise in the missing share alone is detected', () => {
    const sample = buildDomainSample({
      rows: rows5k,
      seed: 5,
      numeric: [...noiseColumns(4), { name: 'income', missingShare: { reference: 0.05, current: 0.3 } }],
      categorical: [{ name: 'region', reference: { eu: 1, us: 1 }, current: { eu: 1, us: 1 } }],
    });
    const result = domainClassifier(sample, { seed: 7 });
    // Only the NaN share differs: 5% vs 30% gives an AUC of about 0.5 + (0.30 − 0.05)/2 = 0.625.
    assert.ok(result.auc > 0.58, `AUC ${result.auc}`);
    assert.equal(topDriver(result), 'income');
  });

  test('a change in how two columns relate, with unchanged marginals, is detected', () => {
    const sample = buildDomainSample({ rows: rows5k, seed: 6, numeric: noiseColumns(4) });
    const random = mulberry32(60);
    const x = new Float64Array(10_000);
    const y = new Float64Array(10_000);
    for (let row = 0; row < 10_000; row++) {
      x[row] = standardNormal(random);
      const correlation = sample.isCurrent[row] === 1 ? 0.8 : 0;
      y[row] = correlation * x[row] + Math.sqrt(1 - correlation * correlation) * standardNormal(random);
    }
    sample.numeric.push({ name: 'x', values: x }, { name: 'y', values: y });
    const result = domainClassifier(sample, { seed: 7 });
    assert.ok(result.auc > 0.62, `AUC ${result.auc}`);
    assert.deepEqual(result.drivers.slice(0, 2).map((driver) => driver.column).sort(), ['x', 'y']);
    for (const driver of result.drivers.slice(0, 2)) assert.ok(Math.abs((driver.auc_alone ?? 0) - 0.5) < 0.05, `${driver.column} alone ${driver.auc_alone}`);
  });

  test('a monotone transform of a column does not change the result', () => {
    const spec = { rows: { reference: 1500, current: 1500 }, seed: 8, numeric: [{ name: 'amount', shift: 0.5 }, ...noiseColumns(2)] };
    const plain = domainClassifier(buildDomainSample(spec), { seed: 3 });
    const logged = domainClassifier(buildDomainSample({ ...spec, numeric: [{ name: 'amount', shift: 0.5, transform: Math.exp }, ...noiseColumns(2)] }), { seed: 3 });
    assert.deepEqual(logged, plain);
  });

  test('the same seed gives the same result; another seed other folds but the same top driver', () => {
    const spec = { rows: { reference: 3000, current: 2000 }, seed: 9, numeric: [...noiseColumns(5), { name: 'amount', shift: 0.7 }] };
    const first = domainClassifier(buildDomainSample(spec), { seed: 11 });
    const again = domainClassifier(buildDomainSample(spec), { seed: 11 });
    assert.deepEqual(again, first);
    const other = domainClassifier(buildDomainSample(spec), { seed: 12 });
    assert.notDeepEqual(other.auc_folds, first.auc_folds);
    assert.ok(Math.abs(other.auc - first.auc) < 0.03, `${other.auc} vs ${first.auc}`);
    assert.equal(topDriver(other), topDriver(first));
  });

  test('records the parameters and the model it used, and survives a JSON round trip', () => {
    const sample = buildDomainSample({ rows: { reference: 400, current: 300 }, seed: 10, numeric: noiseColumns(2), categorical: [{ name: 'c', reference: { a: 1 }, current: { a: 1 } }] });
    const result = domainClassifier(sample, { seed: 5, folds: 4 });
    assert.deepEqual(result.params, { folds: 4, seed: 5, maxCategoriesPerColumn: 20, resolvedFolds: 4 });
    assert.equal(result.auc_folds.length, 4);
    assert.deepEqual(result.settings, { ...DOMAIN_CLASSIFIER_SETTINGS });
    assert.match(result.model, /^gradient-boosted depth-2 trees, 40 rounds, lr 0.35/);
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  });

  test('constant columns give AUC 0.5 and all-zero importances', () => {
    const isCurrent = new Uint8Array(200);
    isCurrent.fill(1, 100);
    const result = domainClassifier(
      { isCurrent, numeric: [{ name: 'flat', values: new Float64Array(200).fill(3) }], categorical: [{ name: 'same', values: new Array<string | null>(200).fill('x') }] },
      { seed: 1 },
    );
    assert.equal(result.auc, 0.5);
    assert.deepEqual(result.drivers.map((driver) => driver.importance), [0, 0]);
    assert.deepEqual(result.drivers.map((driver) => driver.auc_alone), [0.5, 0.5]);
  });

  test('rejects a window smaller than the number of folds, saying which', () => {
    const sample = buildDomainSample({ rows: { reference: 500, current: 4 }, seed: 11, numeric: noiseColumns(1) });
    assert.throws(() => domainClassifier(sample, { seed: 1 }), (error: unknown) => {
      assert.ok(error instanceof DomainSampleError);
      assert.equal(error.code, 'INVALID_ARGUMENT');
      assert.match(error.message, /the current window has 4 sampled rows, but 5-fold cross-validation needs at least 5/);
      assert.deepEqual(error.problems.map((problem) => problem.window), ['current']);
      return true;
    });
    assert.throws(() => domainClassifier(buildDomainSample({ rows: { reference: 0, current: 50 }, seed: 1, numeric: noiseColumns(1) }), { seed: 1 }), /reference window has 0 sampled rows/);
  });

  test('rejects columns whose length differs from isCurrent', () => {
    const sample = buildDomainSample({ rows: { reference: 50, current: 50 }, seed: 12, numeric: noiseColumns(1) });
    sample.categorical.push({ name: 'region', values: ['eu', 'us'] });
    assert.throws(() => domainClassifier(sample, { seed: 1 }), /column 'region' has 2 values but isCurrent has 100 rows/);
  });

  test('runs on 50k rows × 30 columns (time printed, not asserted)', (context) => {
    const categories = { a: 4, b: 3, c: 2, d: 1, e: 1, f: 1, g: 1 };
    const sample = buildDomainSample({
      rows: { reference: 25_000, current: 25_000 },
      seed: 13,
      numeric: [...noiseColumns(24), { name: 'shifted', shift: 0.3 }],
      categorical: Array.from({ length: 5 }, (_, index) => ({ name: `category_${index}`, reference: categories, current: categories, missingShare: { reference: 0.05, current: 0.05 } })),
    });
    const started = performance.now();
    const result = domainClassifier(sample, { seed: 1 });
    const elapsedMs = performance.now() - started;
    context.diagnostic(`domainClassifier on 50,000 rows × 30 columns: ${elapsedMs.toFixed(0)} ms (AUC ${result.auc.toFixed(4)})`);
    assert.equal(topDriver(result), 'shifted');
  });
});
