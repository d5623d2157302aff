import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  binShares, describeRequestWindow, driftRows, driftSummary, formatStatisticValue, formatThreshold, headlineStatistic, missingDrivenColumns, sameDriftRequest,
  selectedFeature, severityLevel, sqlForColumn, statisticRows,
} from '../../../renderer/src/drift/driftModel';
import { driftResult, feature, params } from '../driftFixtures';

const nullSpike = feature({
  name: 'device_trust_score', severity: 0.75, detected: true, nulls: [3, 160],
  stats: {
    missing: { value: 0.157, p_value: 0, p_value_adjusted: 0 },
    ks: { value: 0.006, p_value: 0.11, p_value_adjusted: 0.43 },
    wasserstein_norm: { value: 0.0094 },
    psi: { value: 0.0003 },
  },
});
const mixShift = feature({
  name: 'app_version', kind: 'categorical', severity: 0.55, detected: true,
  stats: { jensen_shannon: { value: 0.333 }, psi: { value: 0.668 }, chi_square: { value: 25812, p_value: 0, p_value_adjusted: 0 } },
  bins: { labels: ['5.3.0', '5.4.0', 'web'], reference: [716, 75, 209], current: [455, 379, 166] },
});
const stable = feature({ name: 'amount_usd' });
const watch = feature({ name: 'score', severity: 0.26 });

describe('severityLevel', () => {
  test('colours detected columns orange, red from severity 0.6, elevated undetected ones yellow, the rest grey', () => {
    assert.equal(severityLevel(nullSpike), 'high');
    assert.equal(severityLevel(mixShift), 'medium');
    assert.equal(severityLevel(watch), 'low');
    assert.equal(severityLevel(stable), 'none');
  });
});

describe('headlineStatistic', () => {
  test('picks the effect furthest past its threshold: the missing rate for a null spike', () => {
    assert.deepEqual(headlineStatistic(nullSpike, params), { id: 'missing', value: 0.157, threshold: 0.01, ratio: 0.157 / 0.01 });
  });

  test('compares Jensen–Shannon and PSI on their own thresholds for categorical columns', () => {
    const headline = headlineStatistic(mixShift, params);
    assert.equal(headline?.id, 'psi');
    assert.ok(Math.abs((headline?.ratio ?? 0) - 3.34) < 1e-9);
  });
});

describe('driftRows and driftSummary', () => {
  const result = driftResult([stable, mixShift, watch, nullSpike], {
    unit: 'day', statistic: 'psi', time_column: 't', buckets: ['2026-02-19T00:00:00Z', '2026-02-20T00:00:00Z'], rows: [500, 500],
    columns: [{ name: 'app_version', values: [0.5, 0.7] }, { name: 'amount_usd', values: [0, null] }],
  });

  test('ranks by severity and attaches each column\'s over-time row and missing rates', () => {
    const rows = driftRows(result);
    assert.deepEqual(rows.map((row) => row.name), ['device_trust_score', 'app_version', 'score', 'amount_usd']);
    assert.deepEqual(rows.map((row) => row.rank), [1, 2, 3, 4]);
    assert.deepEqual(rows[1].overTime, [0.5, 0.7]);
    assert.equal(rows[0].overTime, undefined);
    assert.equal(rows[0].missing.current.rate, 0.16);
  });

  test('counts detected columns and names the top one', () => {
    const summary = driftSummary(result);
    assert.equal(summary.detected, 2);
    assert.equal(summary.compared, 4);
    assert.equal(summary.top, 'device_trust_score');
    assert.deepEqual(summary.byLevel, { high: 1, medium: 1, low: 1, none: 1 });
  });

  test('selects the chosen column when the run has it, else the top-ranked one', () => {
    assert.equal(selectedFeature(result, 'score')?.name, 'score');
    assert.equal(selectedFeature(result, 'gone')?.name, 'device_trust_score');
    assert.equal(selectedFeature(result, undefined)?.name, 'device_trust_score');
  });
});

describe('statisticRows', () => {
  test('lists every statistic in reading order with its threshold and significance from the result', () => {
    const rows = statisticRows(nullSpike, params);
    assert.deepEqual(rows.map((row) => row.id), ['missing', 'ks', 'wasserstein_norm', 'psi']);
    assert.equal(rows[0].reachesThreshold, true);
    assert.equal(rows[0].significant, true);
    assert.equal(rows[1].significant, false);
    assert.equal(rows[1].threshold, undefined);
    assert.equal(rows[2].reachesThreshold, false);
  });
});

describe('binShares', () => {
  test('turns bin counts into each window\'s share of non-missing values', () => {
    const shares = binShares(mixShift);
    assert.deepEqual(shares.map((share) => share.label), ['5.3.0', '5.4.0', 'web']);
    assert.ok(Math.abs(shares[1].referenceShare - 0.075) < 1e-12);
    assert.ok(Math.abs(shares[1].currentShare - 0.379) < 1e-12);
  });
});

describe('sqlForColumn', () => {
  const sql = ['SELECT count(*) FROM t', 'SELECT "device_trust_score", "amount_usd" FROM t', 'SELECT "say ""hi""" FROM t'];

  test('keeps the statements that quote the column, quotes doubled', () => {
    assert.deepEqual(sqlForColumn(sql, 'device_trust_score'), { statements: [sql[1]], all: false });
    assert.deepEqual(sqlForColumn(sql, 'say "hi"'), { statements: [sql[2]], all: false });
  });

  test('falls back to every statement when none names the column', () => {
    assert.deepEqual(sqlForColumn(sql, 'region'), { statements: sql, all: true });
    assert.deepEqual(sqlForColumn(undefined, 'region'), { statements: [], all: true });
  });
});

describe('describeRequestWindow and sameDriftRequest', () => {
  test('reads a window as its time range, version or file', () => {
    const name = (path: string) => path.split('/').pop() ?? path;
    assert.equal(describeRequestWindow({ reference: '/a.parquet', referenceWindow: '2026-02-01..2026-02-15' }, 'reference', name), '2026-02-01 → 2026-02-15');
    assert.equal(describeRequestWindow({ reference: '/a.parquet', currentWindow: '2026-02-19T14:00..' }, 'current', name), '2026-02-19 14:00 → …');
    assert.equal(describeRequestWindow({ reference: '/a.parquet', current: '/b.parquet' }, 'current', name), 'b.parquet');
    assert.equal(describeRequestWindow({ reference: '/a.parquet', referenceVersion: 'v3.1' }, 'reference', name), 'version v3.1');
  });

  test('tells a changed request from the one that produced the shown result', () => {
    assert.ok(sameDriftRequest({ reference: 'a', exact: true }, { reference: 'a', exact: true }));
    assert.ok(!sameDriftRequest({ reference: 'a' }, { reference: 'a', exact: true }));
  });
});

describe('formatStatisticValue and formatThreshold', () => {
  test('show the missing-rate change in signed points and its threshold both ways', () => {
    assert.equal(formatStatisticValue('missing', 0.157), '+15.7 pp');
    assert.equal(formatThreshold('missing', 0.01), '±1 pp');
    assert.equal(formatStatisticValue('psi', 0.66820582), '0.668');
    assert.equal(formatThreshold('ks', undefined), '');
  });
});

describe('missingDrivenColumns', () => {
  test('names the detected columns whose verdict rests on their missing rate', () => {
    assert.deepEqual(missingDrivenColumns(driftRows(driftResult([nullSpike, mixShift, stable]))), ['device_trust_score']);
  });
});
