import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { columnRows, modelVersions, overviewFacts } from '../../../renderer/src/overview/overviewModel';
import type { OverviewResult } from '../../../shared/overview/overviewResult';

const overview: OverviewResult = {
  schema: 'driftwood.overview/v1',
  inspect: {
    schema: 'driftwood.inspect/v1',
    source: { input: '/tmp/log.parquet', format: 'parquet', hive_partitioning: false, fingerprint: 'x' },
    rows: 200000,
    bytes: 7118661,
    files: [{ path: '/tmp/log.parquet', bytes: 7118661 }],
    columns: [
      { name: 'event_time', type: 'TIMESTAMP', role: 'timestamp', kind: 'temporal', role_reason: 'TIMESTAMP column', nulls: 0, null_rate: 0, distinct: 200000, min: '2026-02-01T00:00:16.598Z', max: '2026-02-28T23:59:52.263Z' },
      { name: 'device_trust_score', type: 'INTEGER', role: 'feature', kind: 'numeric', role_reason: 'numeric', nulls: 12056, null_rate: 0.06028, distinct: 83, min: 14, max: 100 },
      { name: 'model_version', type: 'VARCHAR', role: 'model_version', kind: 'categorical', role_reason: 'name', nulls: 0, null_rate: 0, distinct: 1, min: 'v3.1', max: 'v3.1' },
    ],
    distinct_method: 'exact',
    time_range: { column: 'event_time', min: '2026-02-01T00:00:16.598Z', max: '2026-02-28T23:59:52.263Z' },
    notes: [],
  },
  histograms: [{ column: 'model_version', kind: 'categorical', values: ['v3.1'], counts: [200000], other: 0 }],
  timeline: null,
};

describe('overviewFacts', () => {
  test('gives rows, columns, time range, span, size and versions with units and separators', () => {
    assert.deepEqual(overviewFacts(overview).map((fact) => [fact.label, fact.value]), [
      ['Rows', '200,000'], ['Columns', '3'], ['Time range', '2026-02-01 → 2026-02-28'], ['Span', '28 days'], ['On disk', '6.79 MB'], ['Model versions', '1'],
    ]);
  });
});

describe('columnRows', () => {
  test('shows the analyst\'s role edit over the inferred role, with counts formatted', () => {
    const rows = columnRows(overview, { device_trust_score: 'ignore' });
    assert.equal(rows[1].role, 'ignore');
    assert.equal(rows[1].edited, true);
    assert.equal(rows[1].nulls, '12,056');
    assert.equal(rows[1].range, '14 … 100');
    assert.equal(rows[0].range, '2026-02-01 00:00:16 … 2026-02-28 23:59:52');
    assert.equal(rows[2].histogram?.column, 'model_version');
  });
});

describe('modelVersions', () => {
  test('falls back to the version column\'s histogram when there is no timeline', () => {
    assert.deepEqual(modelVersions(overview), ['v3.1']);
    assert.deepEqual(modelVersions(undefined), []);
  });
});
