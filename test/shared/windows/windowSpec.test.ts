import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DriftwoodError } from '../../../shared/errors/workbenchError';
import type { SourceDescriptor } from '../../../shared/sources/source';
import { parseTimeRange, windowRelation } from '../../../shared/windows/windowSpec';

const source: SourceDescriptor = {
  input: 'log.parquet', format: 'parquet', files: [{ path: '/data/log.parquet', bytes: 1, mtimeMs: 0 }], bytes: 1, hivePartitioning: false, fingerprint: 'x',
};

describe('parseTimeRange', () => {
  test('reads ISO dates and date-times as half-open timestamp bounds', () => {
    assert.deepEqual(parseTimeRange('2026-10-01..2026-10-15T12:00:00Z', '--w'), {
      start: { kind: 'timestamp', value: '2026-10-01' }, end: { kind: 'timestamp', value: '2026-10-15T12:00:00Z' },
    });
  });

  test('reads numbers for integer time axes such as a year, and open ends', () => {
    assert.deepEqual(parseTimeRange('2016..', '--w'), { start: { kind: 'number', value: 2016 }, end: undefined });
    assert.deepEqual(parseTimeRange('..2016', '--w'), { start: undefined, end: { kind: 'number', value: 2016 } });
  });

  test('rejects malformed, reversed and empty ranges with the flag in the message', () => {
    for (const bad of ['2026-10-01', '..', '2026-10-15..2026-10-01', 'yesterday..today', '2026-13-45..2026-12-01']) {
      assert.throws(() => parseTimeRange(bad, '--reference-window'), (error: unknown) =>
        error instanceof DriftwoodError && error.code === 'INVALID_ARGUMENT' && error.message.includes('--reference-window'), bad);
    }
  });
});

describe('windowRelation', () => {
  test('binds every value and quotes every identifier', () => {
    const relation = windowRelation({
      name: 'reference', source,
      time: { column: 'event "time"', start: { kind: 'timestamp', value: '2026-10-01' }, end: { kind: 'number', value: 5 } },
      version: { column: 'model_version', value: "v1'; DROP" },
    }, 'ref');
    assert.match(relation.sql, /"event ""time""" >= \$ref_start::TIMESTAMP AND "event ""time""" < \$ref_end/);
    assert.match(relation.sql, /"model_version"::VARCHAR = \$ref_version/);
    assert.equal(relation.params.ref_version, "v1'; DROP");
    assert.deepEqual(relation.params.ref_files, ['/data/log.parquet']);
    assert.ok(!relation.sql.includes('DROP'));
  });
});
