import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DriftResult } from '../../../shared/drift/driftResult';
import { runOracleStatements } from '../../helpers/oracleDuckDb';
import { runCliJson } from '../../helpers/runCli';
import { makeTempDir } from '../../helpers/testPaths';

describe('drift on a tiny window and a TIMESTAMPTZ time column', () => {
  const scratch = makeTempDir();
  const file = path.join(scratch.dir, 'tz.parquet');
  before(() => runOracleStatements([
    `COPY (SELECT TIMESTAMPTZ '2026-01-01 10:00:00+02' + INTERVAL (i) HOUR AS ts, i * 1.5 AS v, (i % 3)::VARCHAR AS g FROM range(100) t(i))
      TO '${file}' (FORMAT parquet)`,
  ]));
  after(() => scratch.cleanup());

  test('windows are read in UTC, and a window too small for the domain classifier still gets per-column drift', async () => {
    // 10:00+02 is 08:00 UTC: [08:00, 11:00) UTC holds exactly 3 rows.
    const result = await runCliJson<DriftResult>(['drift', '--reference', file, '--reference-window', '2026-01-01..2026-01-01T11:00', '--current-window', '2026-01-03..']);
    assert.equal(result.reference.rows, 3);
    assert.equal(result.current.rows, 100 - 40, 'from 2026-01-03T00:00Z = 40 hours after 08:00Z');
    assert.equal(result.multivariate, undefined);
    assert.match(result.notes.join(' '), /multivariate signal was not computed: .*reference window has 3 sampled rows/);
    assert.equal(result.features.find((feature) => feature.name === 'v')?.drift.detected, true);
  });
});
