import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createApiHandlers, dispatchCall } from '../../../electron/service/apiHandlers';
import { WorkbenchService } from '../../../electron/service/workbenchService';
import { DriftwoodError } from '../../../shared/errors/workbenchError';
import { workspaceSchemaId } from '../../../shared/formats/workspace';
import type { OverviewResult } from '../../../shared/overview/overviewResult';
import { apiMethods } from '../../../shared/api/workbenchApi';
import { createTestEngine } from '../../helpers/testEngine';
import { fixturePath, makeTempDir } from '../../helpers/testPaths';

describe('WorkbenchApi handlers (the Service behind every door)', () => {
  const scratch = makeTempDir();
  const service = new WorkbenchService(undefined, createTestEngine());
  const handlers = createApiHandlers(service, scratch.dir);
  after(async () => {
    await service.dispose();
    scratch.cleanup();
  });

  test('every contract method has a handler', () => {
    assert.deepEqual(Object.keys(handlers).sort(), [...apiMethods].sort());
  });

  test('rejects malformed payloads and unknown methods with INVALID_ARGUMENT', async () => {
    for (const [method, request] of [['openSource', {}], ['openSource', { path: 42 }], ['drift', { reference: 'x', bins: 1 }], ['drift', { reference: 'x', extra: true }], ['deleteEverything', {}]] as const) {
      await assert.rejects(dispatchCall(handlers, method, request), (error: unknown) =>
        error instanceof DriftwoodError && error.code === 'INVALID_ARGUMENT', `${method} ${JSON.stringify(request)}`);
    }
  });

  test('overview: inspect plus mini-histograms and the timeline by model version, on a demo log', async () => {
    const demo = await dispatchCall(handlers, 'createDemo', { rows: 20000, scenario: 'model-release' }) as { path: string };
    assert.ok(fs.existsSync(demo.path));
    const progress: number[] = [];
    const overview = await dispatchCall(handlers, 'overview', { path: demo.path }, { onProgress: (event) => progress.push(event.fraction) }) as OverviewResult;
    assert.equal(overview.inspect.rows, 20000);
    const amount = overview.histograms.find((histogram) => histogram.column === 'amount_usd');
    assert.ok(amount && amount.kind === 'numeric');
    assert.equal(amount.clipped, true, 'lognormal amounts: the bulk is drawn, the tail folded into the last bin');
    assert.equal(amount.counts.reduce((a, b) => a + b, 0), 20000 - overview.inspect.columns.find((c) => c.name === 'amount_usd')!.nulls);
    const timeline = overview.timeline!;
    assert.equal(timeline.unit, 'hour');
    assert.deepEqual(timeline.series.map((series) => series.version), ['v3.1', 'v3.2']);
    assert.equal(timeline.series.flatMap((series) => series.counts).reduce((a, b) => a + b, 0), 20000);
    assert.ok(progress.length > 0);
    const recent = await dispatchCall(handlers, 'recentSources', {}) as { paths: string[] };
    assert.equal(recent.paths[0], demo.path);
  });

  test('a call can be cancelled through its AbortSignal', async () => {
    const controller = new AbortController();
    const call = dispatchCall(handlers, 'openSource', { path: fixturePath('datasets', 'nannyml_employment_MA_analysis.pq') }, { signal: controller.signal });
    controller.abort();
    await assert.rejects(call, (error: unknown) => error instanceof DriftwoodError && error.code === 'JOB_CANCELLED');
  });

  test('a workspace round-trips, and a tampered one is refused', async () => {
    const workspace = {
      schema: workspaceSchemaId, sources: { current: '/data/log.parquet' }, roles: { amount: 'feature' },
      windows: { mode: 'time', reference: { start: '2026-02-01', end: '2026-02-15' }, current: { start: '2026-02-15' } },
      notes: 'null spike on android', view: { page: 'drift', selectedColumn: 'amount' },
    };
    const saved = await dispatchCall(handlers, 'saveWorkspace', { path: path.join(scratch.dir, 'incident'), workspace }) as { path: string };
    assert.ok(saved.path.endsWith('incident.driftwood.json'));
    assert.deepEqual(await dispatchCall(handlers, 'openWorkspace', { path: saved.path }), workspace);
    const tampered = path.join(scratch.dir, 'tampered.driftwood.json');
    fs.writeFileSync(tampered, JSON.stringify({ ...workspace, view: { page: 'drift', script: 'alert(1)' } }));
    await assert.rejects(dispatchCall(handlers, 'openWorkspace', { path: tampered }), /not a Driftwood workspace/);
  });
});
