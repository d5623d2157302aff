import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildDriftRequest } from '../../../renderer/src/drift/driftRequestModel';
import { type WorkbenchState, initialWorkbench, workbenchReducer } from '../../../renderer/src/workbench/workbenchModel';

const log = '/data/log.parquet';
const timeRange = { column: 'event_time', min: '2026-02-01T00:00:00Z', max: '2026-02-28T23:59:00Z' };

function session(...actions: Parameters<typeof workbenchReducer>[1][]): WorkbenchState {
  return actions.reduce(workbenchReducer, workbenchReducer(initialWorkbench(), { type: 'sourceOpened', path: log }));
}

describe('buildDriftRequest', () => {
  test('sends time windows, the SQL and daily drift over time for a time comparison', () => {
    const state = session(
      { type: 'windowSet', window: 'reference', range: { start: '2026-02-01', end: '2026-02-15' } },
      { type: 'windowSet', window: 'current', range: { start: '2026-02-19', end: '2026-03-01' } },
    );
    assert.deepEqual(buildDriftRequest(state, { timeRange }), {
      ok: true,
      request: {
        reference: log, showSql: true, referenceWindow: '2026-02-01..2026-02-15', currentWindow: '2026-02-19..2026-03-01', overTime: 'day', overTimeStatistic: 'psi',
      },
    });
  });

  test('asks for hourly buckets when the current window is three days or less, and passes exact and role edits', () => {
    const state = session(
      { type: 'windowSet', window: 'reference', range: { start: '2026-02-01', end: '2026-02-15' } },
      { type: 'windowSet', window: 'current', range: { start: '2026-02-19 14:00', end: '2026-02-21' } },
      { type: 'driftSettingsChanged', settings: { exact: true, overTimeStatistic: 'missing' } },
      { type: 'roleChanged', column: 'user_email', role: 'ignore' },
    );
    const built = buildDriftRequest(state, { timeRange });
    assert.ok(built.ok);
    assert.equal(built.request.overTime, 'hour');
    assert.equal(built.request.overTimeStatistic, 'missing');
    assert.equal(built.request.exact, true);
    assert.deepEqual(built.request.roleOverrides, { user_email: 'ignore' });
    assert.equal(built.request.currentWindow, '2026-02-19T14:00..2026-02-21');
  });

  test('lists every problem at once instead of sending an unusable request', () => {
    const state = session({ type: 'windowEdited', window: 'reference', bound: 'start', text: 'yesterday' });
    const built = buildDriftRequest(state, {});
    assert.equal(built.ok, false);
    assert.equal(built.ok ? 0 : built.problems.length, 3, 'no time column, a bad reference bound, an empty current window');
  });

  test('compares two model versions, or the reference log with the open log, without time windows', () => {
    const versions = session({ type: 'windowModeChanged', mode: 'version' }, { type: 'versionChanged', window: 'reference', version: 'v3.1' },
      { type: 'versionChanged', window: 'current', version: 'v3.2' });
    const byVersion = buildDriftRequest(versions, { timeRange });
    assert.ok(byVersion.ok);
    assert.equal(byVersion.request.referenceVersion, 'v3.1');
    assert.equal(byVersion.request.currentVersion, 'v3.2');
    assert.equal(byVersion.request.referenceWindow, undefined);

    const sources = session({ type: 'referenceSourceChanged', path: '/data/january.parquet' });
    const bySource = buildDriftRequest(sources, {});
    assert.ok(bySource.ok);
    assert.equal(bySource.request.reference, '/data/january.parquet');
    assert.equal(bySource.request.current, log);
    assert.equal(bySource.request.overTime, undefined, 'no time column known: no over-time request');
  });

  test('refuses the same version twice and a missing reference log', () => {
    const same = session({ type: 'windowModeChanged', mode: 'version' }, { type: 'versionChanged', window: 'reference', version: 'v1' },
      { type: 'versionChanged', window: 'current', version: 'v1' });
    assert.equal(buildDriftRequest(same, { timeRange }).ok, false);
    assert.equal(buildDriftRequest(session({ type: 'windowModeChanged', mode: 'source' }), { timeRange }).ok, false);
    assert.equal(buildDriftRequest(initialWorkbench(), { timeRange }).ok, false);
  });
});
