import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { type ApiIpc, registerApiIpc } from '../../../electron/ipc';
import { createApiHandlers } from '../../../electron/service/apiHandlers';
import { WorkbenchService } from '../../../electron/service/workbenchService';
import { indexUrl } from '../../../electron/shell/appLayout';
import { type ApiCallOutcome, type ApiProgressMessage, apiCancelChannel, apiProgressChannel } from '../../../electron/shell/channels';
import { isTrustedSender } from '../../../electron/shell/requestPolicy';
import { type ApiMethod, type CallOptions, apiMethods, channelFor } from '../../../shared/api/workbenchApi';
import type { InspectResult } from '../../../shared/inspect/inspectResult';
import { createTestEngine } from '../../helpers/testEngine';
import { fixturePath, makeTempDir } from '../../helpers/testPaths';
import { FakeIpcMain, FakeSender, builtLayout, ipcEvent } from './fakeElectron';
import { waitFor } from '../../helpers/waitFor';

/** Malformed requests for every contract method: wrong types, missing or extra fields, out-of-range values. */
const malformedRequests: { [M in ApiMethod]: unknown[] } = {
  openSource: [{}, { path: 42 }, { path: '' }, { path: 'x', extra: true }, { path: 'x', roleOverrides: { a: 7 } }, 'x', [], null],
  overview: [{}, { path: ['x'] }, { path: 'x'.repeat(5000) }, { path: 'x', roleOverrides: 'feature' }],
  drift: [{}, { reference: 'x', bins: 1 }, { reference: 'x', bins: 2.5 }, { reference: 'x', overTime: 'week' }, { reference: 'x', columns: 'a,b' }, { reference: 'x', exact: 'yes' }],
  createDemo: [{ rows: 5 }, { scenario: 'meltdown' }, { rows: '1000' }, { out: '/tmp' }],
  recentSources: [{ limit: 5 }, 'all', 42],
  saveWorkspace: [{}, { path: 'x' }, { path: 'x', workspace: {} }, { path: 'x', workspace: { schema: 'nope' } }],
  openWorkspace: [{}, { path: 7 }, { path: '/x', extra: 1 }],
};

describe('the WorkbenchApi over Electron IPC (electron/ipc.ts)', () => {
  const scratch = makeTempDir('driftwood-ipc-');
  const service = new WorkbenchService(undefined, createTestEngine());
  const handlers = createApiHandlers(service, path.join(scratch.dir, 'home'));
  const layout = builtLayout();
  const pageUrl = `${indexUrl(layout)}?source=${encodeURIComponent('/data/log.parquet')}`;
  /** The options of the last drift call, so a test can watch its signal. */
  let lastDrift: CallOptions | undefined;
  const ipcMain = new FakeIpcMain();
  const ipc: ApiIpc = registerApiIpc({
    ipcMain,
    handlers: { ...handlers, drift: (request, options) => ((lastDrift = options), handlers.drift(request, options)) },
    isTrustedSender: (frame) => isTrustedSender(frame, layout),
  });
  const window = new FakeSender(1);
  const fromWindow = ipcEvent(window, pageUrl);
  let nextCallId = 1;
  const call = (method: string, request: unknown, callId = nextCallId++) =>
    ipcMain.invoke(fromWindow, channelFor(method as ApiMethod), callId, request) as Promise<ApiCallOutcome>;

  after(async () => {
    ipc.dispose();
    await service.dispose();
    scratch.cleanup();
  });

  const assertInvalid = (outcome: ApiCallOutcome, what: string) => {
    assert.equal(outcome.ok, false, `${what} was accepted`);
    assert.equal(!outcome.ok && outcome.error.code, 'INVALID_ARGUMENT', `${what}: ${JSON.stringify(outcome)}`);
  };

  test('registers one handler per contract method, on its channel, and the cancel listener', () => {
    assert.deepEqual([...ipcMain.handlers.keys()].sort(), apiMethods.map(channelFor).sort());
    assert.equal(ipcMain.listeners.get(apiCancelChannel)?.size, 1);
  });

  test('every handler rejects malformed requests with INVALID_ARGUMENT', async () => {
    for (const method of apiMethods) {
      for (const request of malformedRequests[method]) assertInvalid(await call(method, request), `${method} ${JSON.stringify(request)}`);
    }
  });

  test('every handler rejects a call without a valid call id, or with extra arguments', async () => {
    for (const method of apiMethods) {
      const channel = channelFor(method);
      for (const args of [[], [{}], [0, {}], [-1, {}], [1.5, {}], ['1', {}], [Number.MAX_SAFE_INTEGER + 1, {}], [null, {}], [9, {}, 'extra']]) {
        assertInvalid(await ipcMain.invoke(fromWindow, channel, ...args) as ApiCallOutcome, `${method} ${JSON.stringify(args)}`);
      }
    }
  });

  test('every handler refuses a sender that is not the top frame of the app page', async () => {
    const strangers = [
      ipcEvent(window, 'https://example.com/'),
      ipcEvent(window, 'file:///tmp/evil.html'),
      ipcEvent(window, 'devtools://devtools/bundled/devtools_app.html'),
      ipcEvent(window, pageUrl, { url: pageUrl }),
      { sender: window, senderFrame: null },
    ];
    for (const method of apiMethods) {
      for (const event of strangers) {
        await assert.rejects(ipcMain.invoke(event, channelFor(method), 99, {}), /not the Driftwood window/, `${method} from ${event.senderFrame?.url}`);
      }
    }
  });

  test('a real call succeeds, and its progress reaches the calling window with its call id', async () => {
    window.sent.length = 0;
    const outcome = await call('openSource', { path: fixturePath('datasets', 'evidently_adults.parquet') }, 41);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const result = outcome.result as InspectResult;
    assert.ok(result.rows > 30000);
    assert.ok(result.columns.some((column) => column.name === 'education'));
    const progress = window.sent.filter((message) => message.channel === apiProgressChannel).map((message) => message.args[0] as ApiProgressMessage);
    assert.ok(progress.length > 0, 'progress events');
    for (const event of progress) {
      assert.equal(event.callId, 41);
      assert.ok(event.fraction >= 0 && event.fraction <= 1 && typeof event.message === 'string');
    }
    assert.equal(window.sent.length, progress.length, 'nothing but progress is pushed');
  });

  test('a Service failure arrives as a WorkbenchError record, with its code and action', async () => {
    const outcome = await call('openSource', { path: path.join(scratch.dir, 'missing.parquet') });
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.error.code, 'SOURCE_NOT_FOUND');
    assert.ok(!outcome.ok && typeof outcome.error.action === 'string');
  });

  const driftRequest = {
    reference: fixturePath('datasets', 'nannyml_employment_MA_reference.pq'),
    current: fixturePath('datasets', 'nannyml_employment_MA_analysis.pq'),
  };

  test('a cancel for the call id ends the call with JOB_CANCELLED; cancels from elsewhere are ignored', async () => {
    lastDrift = undefined;
    const running = call('drift', driftRequest, 500);
    const signal = await waitFor(() => lastDrift?.signal);
    ipcMain.emit(ipcEvent(new FakeSender(2), pageUrl), apiCancelChannel, 500);
    ipcMain.emit(ipcEvent(window, 'https://example.com/'), apiCancelChannel, 500);
    ipcMain.emit(fromWindow, apiCancelChannel, '500');
    ipcMain.emit(fromWindow, apiCancelChannel, 501);
    assert.equal(signal.aborted, false, 'only the calling window may cancel, by the right id');
    ipcMain.emit(fromWindow, apiCancelChannel, 500);
    assert.equal(signal.aborted, true);
    const outcome = await running;
    assert.equal(!outcome.ok && outcome.error.code, 'JOB_CANCELLED');
  });

  test('a call id cannot be reused while its call runs', async () => {
    lastDrift = undefined;
    const running = call('drift', driftRequest, 600);
    await waitFor(() => lastDrift?.signal);
    assertInvalid(await call('recentSources', {}, 600), 'a reused call id');
    ipcMain.emit(fromWindow, apiCancelChannel, 600);
    await running;
    assert.ok((await call('recentSources', {}, 600)).ok, 'the id is free again once the call ended');
  });

  test("a window's calls are aborted when its page goes away", async () => {
    lastDrift = undefined;
    const running = call('drift', driftRequest, 700);
    const signal = await waitFor(() => lastDrift?.signal);
    ipc.abortCallsFrom(2);
    assert.equal(signal.aborted, false, 'another window going away changes nothing');
    ipc.abortCallsFrom(window.id);
    const outcome = await running;
    assert.equal(!outcome.ok && outcome.error.code, 'JOB_CANCELLED');
  });

  test('dispose removes every handler and listener', () => {
    const other = new FakeIpcMain();
    const registered = registerApiIpc({ ipcMain: other, handlers, isTrustedSender: () => true });
    registered.dispose();
    assert.equal(other.handlers.size, 0);
    assert.equal(other.listeners.get(apiCancelChannel)?.size, 0);
  });
});

