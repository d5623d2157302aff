import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { after, describe, test } from 'node:test';
import { registerApiIpc } from '../../../electron/ipc';
import { createApiHandlers } from '../../../electron/service/apiHandlers';
import { WorkbenchService } from '../../../electron/service/workbenchService';
import { indexUrl } from '../../../electron/shell/appLayout';
import { type DriftwoodShell, type ShellCommand, apiCancelChannel, apiProgressChannel, shellChannels } from '../../../electron/shell/channels';
import { isTrustedSender } from '../../../electron/shell/requestPolicy';
import { type ShellDialogs, registerShellIpc } from '../../../electron/shell/shellIpc';
import { type CallOptions, type CallProgress, type WorkbenchApi, apiMethods, channelFor } from '../../../shared/api/workbenchApi';
import type { WorkbenchError } from '../../../shared/errors/workbenchError';
import type { InspectResult } from '../../../shared/inspect/inspectResult';
import { createTestEngine } from '../../helpers/testEngine';
import { fixturePath, makeTempDir, repoRoot } from '../../helpers/testPaths';
import { FakeIpcMain, FakeSender, builtLayout, ipcEvent } from './fakeElectron';
import { waitFor } from '../../helpers/waitFor';

const preloadFile = path.join(repoRoot(), 'dist', 'electron', 'preload.js');

interface LoadedPreload {
  /** The page's world: what `window` holds after the preload ran. */
  page: vm.Context & { driftwood?: WorkbenchApi; driftwoodShell?: DriftwoodShell };
  /** Keys passed to contextBridge.exposeInMainWorld. */
  exposed: string[];
  /** Every channel the preload invoked or sent on. */
  channels: string[];
  /** Modules the preload asked `require` for. */
  required: string[];
  /** What the preload wrote with console.warn. */
  warnings: string[];
  /** Delivers a main → page message, as webContents.send does. */
  push(channel: string, ...args: unknown[]): void;
  listenerCount(channel: string): number;
}

/**
 * Runs the compiled preload as a sandboxed preload runs: in its own context, with a `require` that knows
 * only 'electron', and a contextBridge that copies into a separate page context. executeInMainWorld
 * compiles the function from its source text in the page context, as Electron does, so a function that
 * captured anything from the preload's scope would fail here.
 */
function loadPreload(ipcMain: FakeIpcMain, options: { executeInMainWorld: boolean; pageUrl: string; sender: FakeSender }): LoadedPreload {
  const page = vm.createContext({ console }) as LoadedPreload['page'];
  const renderer = new EventEmitter();
  const loaded: LoadedPreload = {
    page, exposed: [], channels: [], required: [], warnings: [],
    push: (channel, ...args) => renderer.emit(channel, { sender: null }, ...structuredClone(args)),
    listenerCount: (channel) => renderer.listenerCount(channel),
  };
  options.sender.send = ((original) => (channel: string, ...args: unknown[]) => {
    original(channel, ...args);
    loaded.push(channel, ...args);
  })(options.sender.send.bind(options.sender));
  const event = ipcEvent(options.sender, options.pageUrl);
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => {
      loaded.channels.push(channel);
      return ipcMain.invoke(event, channel, ...args);
    },
    send: (channel: string, ...args: unknown[]) => {
      loaded.channels.push(channel);
      ipcMain.emit(event, channel, ...args);
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => renderer.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => renderer.removeListener(channel, listener),
  };
  const contextBridge: Record<string, unknown> = {
    exposeInMainWorld: (key: string, api: unknown) => {
      loaded.exposed.push(key);
      Object.defineProperty(page, key, { value: api, enumerable: true });
    },
  };
  if (options.executeInMainWorld) {
    contextBridge.executeInMainWorld = ({ func, args }: { func: (...values: unknown[]) => unknown; args: unknown[] }) =>
      (vm.runInContext(`(${func.toString()})`, page) as (...values: unknown[]) => unknown)(...args);
  }
  const webUtils = {
    getPathForFile: (file: { path?: string }) => {
      if (typeof file !== 'object' || file === null) throw new TypeError('not a File');
      return file.path ?? '';
    },
  };
  const fakeRequire = (name: string) => {
    loaded.required.push(name);
    if (name !== 'electron') throw new Error(`module not found: ${name} (a sandboxed preload can only require 'electron')`);
    return { contextBridge, ipcRenderer, webUtils };
  };
  const isolated = vm.createContext({ console: { ...console, warn: (message: string) => loaded.warnings.push(message) } });
  const wrapper = vm.runInContext(`(function (require, exports, module) {\n${fs.readFileSync(preloadFile, 'utf8')}\n})`, isolated, { filename: preloadFile }) as
    (require: unknown, exports: unknown, module: unknown) => void;
  const exportsObject = {};
  wrapper(fakeRequire, exportsObject, { exports: exportsObject });
  return loaded;
}

const isRecord = (value: unknown, code: string) =>
  typeof value === 'object' && value !== null && (value as WorkbenchError).code === code && typeof (value as WorkbenchError).message === 'string';

describe('the preload: window.driftwood and window.driftwoodShell (electron/preload.ts)', () => {
  const scratch = makeTempDir('driftwood-preload-');
  const service = new WorkbenchService(undefined, createTestEngine());
  const handlers = createApiHandlers(service, path.join(scratch.dir, 'home'));
  const layout = builtLayout();
  const pageUrl = indexUrl(layout);
  let lastDrift: CallOptions | undefined;
  const ipcMain = new FakeIpcMain();
  const dialogCalls: string[] = [];
  const dialogs: ShellDialogs = {
    openFileDialog: async () => (dialogCalls.push('openFileDialog'), '/data/log.parquet'),
    openFolderDialog: async () => (dialogCalls.push('openFolderDialog'), '/data/logs'),
    openWorkspaceDialog: async () => (dialogCalls.push('openWorkspaceDialog'), null),
    saveWorkspaceDialog: async () => (dialogCalls.push('saveWorkspaceDialog'), '/tmp/incident.driftwood.json'),
  };
  const apiIpc = registerApiIpc({
    ipcMain,
    handlers: { ...handlers, drift: (request, options) => ((lastDrift = options), handlers.drift(request, options)) },
    isTrustedSender: (frame) => isTrustedSender(frame, layout),
  });
  const shellIpc = registerShellIpc(ipcMain, dialogs, (frame) => isTrustedSender(frame, layout));
  const preload = loadPreload(ipcMain, { executeInMainWorld: true, pageUrl, sender: new FakeSender(1) });
  const api = () => preload.page.driftwood!;

  after(async () => {
    apiIpc.dispose();
    shellIpc.dispose();
    await service.dispose();
    scratch.cleanup();
  });

  test("requires nothing but 'electron' (a sandboxed preload cannot load the app's other files)", () => {
    assert.deepEqual([...new Set(preload.required)], ['electron']);
    const source = fs.readFileSync(preloadFile, 'utf8');
    assert.deepEqual([...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]), ['electron']);
  });

  test('gives the page exactly window.driftwood and window.driftwoodShell, never ipcRenderer', () => {
    assert.deepEqual(preload.exposed, ['driftwoodShell'], 'driftwood is installed in the page world, driftwoodShell bridged');
    assert.deepEqual(preload.warnings, []);
    assert.deepEqual(Object.keys(preload.page).filter((key) => key !== 'console').sort(), ['driftwood', 'driftwoodShell']);
    assert.deepEqual(Object.keys(api()).sort(), [...apiMethods].sort());
    for (const method of apiMethods) assert.equal(typeof api()[method], 'function');
    assert.deepEqual(Object.keys(preload.page.driftwoodShell!).sort(),
      ['onCommand', 'openFileDialog', 'openFolderDialog', 'openWorkspaceDialog', 'pathForFile', 'saveWorkspaceDialog']);
    const descriptor = Object.getOwnPropertyDescriptor(preload.page, 'driftwood')!;
    assert.equal(descriptor.writable, false, 'the page cannot swap the API');
    assert.equal(descriptor.configurable, false);
    assert.ok(Object.isFrozen(api()));
  });

  test('a call goes out on channelFor(method) and resolves with the result, reporting progress', async () => {
    const progress: CallProgress[] = [];
    const result = await api().openSource({ path: fixturePath('datasets', 'evidently_adults.parquet') }, { onProgress: (event) => progress.push(event) }) as InspectResult;
    assert.ok(result.rows > 30000);
    assert.equal(preload.channels.at(-1), channelFor('openSource'));
    assert.ok(progress.length > 0, 'onProgress was called');
    for (const event of progress) assert.ok(event.fraction >= 0 && event.fraction <= 1 && typeof event.message === 'string');
  });

  test('every method uses its own channel, and a malformed request rejects with an INVALID_ARGUMENT record', async () => {
    for (const method of apiMethods) {
      const call = (api()[method] as (request: unknown) => Promise<unknown>)({ notAField: true });
      await assert.rejects(call, (error: unknown) => isRecord(error, 'INVALID_ARGUMENT'), method);
      assert.equal(preload.channels.at(-1), channelFor(method));
    }
  });

  const driftRequest = {
    reference: fixturePath('datasets', 'nannyml_employment_MA_reference.pq'),
    current: fixturePath('datasets', 'nannyml_employment_MA_analysis.pq'),
  };

  test('aborting the signal rejects at once with JOB_CANCELLED and cancels the job in the main process', async () => {
    lastDrift = undefined;
    const controller = new AbortController();
    const call = api().drift(driftRequest, { signal: controller.signal });
    const mainSignal = await waitFor(() => lastDrift?.signal);
    controller.abort();
    await assert.rejects(call, (error: unknown) => isRecord(error, 'JOB_CANCELLED'));
    assert.equal(preload.channels.at(-1), apiCancelChannel);
    await waitFor(() => (mainSignal.aborted ? true : undefined));
    await waitFor(() => (service.engine.stats().busy === 0 ? true : undefined));
  });

  test('an already aborted signal rejects without calling the main process', async () => {
    const before = preload.channels.length;
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(api().recentSources({}, { signal: controller.signal }), (error: unknown) => isRecord(error, 'JOB_CANCELLED'));
    assert.equal(preload.channels.length, before);
  });

  test('progress for unknown call ids is ignored', () => {
    assert.doesNotThrow(() => preload.push(apiProgressChannel, { callId: 12345, fraction: 0.5, message: 'x' }));
    assert.doesNotThrow(() => preload.push(apiProgressChannel, null));
  });

  test('the shell dialogs use their own channels and return the chosen path or null', async () => {
    const shell = preload.page.driftwoodShell!;
    assert.equal(await shell.openFileDialog(), '/data/log.parquet');
    assert.equal(preload.channels.at(-1), shellChannels.openFileDialog);
    assert.equal(await shell.openFolderDialog(), '/data/logs');
    assert.equal(preload.channels.at(-1), shellChannels.openFolderDialog);
    assert.equal(await shell.openWorkspaceDialog(), null);
    assert.equal(preload.channels.at(-1), shellChannels.openWorkspaceDialog);
    assert.equal(await shell.saveWorkspaceDialog(), '/tmp/incident.driftwood.json');
    assert.equal(preload.channels.at(-1), shellChannels.saveWorkspaceDialog);
    assert.deepEqual(dialogCalls, ['openFileDialog', 'openFolderDialog', 'openWorkspaceDialog', 'saveWorkspaceDialog']);
  });

  test('menu commands reach a subscriber until it unsubscribes; a dropped file gives its path', () => {
    const shell = preload.page.driftwoodShell!;
    const received: ShellCommand[] = [];
    const unsubscribe = shell.onCommand((command) => received.push(command));
    preload.push(shellChannels.command, { type: 'openSource', path: '/data/log.parquet' });
    unsubscribe();
    preload.push(shellChannels.command, { type: 'openSource', path: '/data/other.parquet' });
    assert.deepEqual(received.map((command) => command.path), ['/data/log.parquet']);
    assert.equal(preload.listenerCount(shellChannels.command), 0);
    assert.equal(shell.pathForFile({ path: '/data/dropped.parquet' }), '/data/dropped.parquet');
    assert.equal(shell.pathForFile({}), null, 'a File made in the page has no path');
    assert.equal(shell.pathForFile('nope'), null);
  });

  test('the shell channels refuse arguments and foreign senders', async () => {
    await assert.rejects(ipcMain.invoke(ipcEvent(new FakeSender(1), pageUrl), shellChannels.openFileDialog, { defaultPath: '/etc' }), /takes no arguments/);
    await assert.rejects(ipcMain.invoke(ipcEvent(new FakeSender(1), 'https://example.com/'), shellChannels.openFileDialog), /not the Driftwood window/);
    await assert.rejects(ipcMain.invoke(ipcEvent(new FakeSender(1), pageUrl, {}), shellChannels.saveWorkspaceDialog), /not the Driftwood window/);
  });

  test('without executeInMainWorld the API is bridged with exposeInMainWorld and still works, minus signals', async () => {
    const fallbackIpc = new FakeIpcMain();
    const registered = registerApiIpc({ ipcMain: fallbackIpc, handlers, isTrustedSender: (frame) => isTrustedSender(frame, layout) });
    try {
      const fallback = loadPreload(fallbackIpc, { executeInMainWorld: false, pageUrl, sender: new FakeSender(3) });
      assert.deepEqual(fallback.exposed, ['driftwood', 'driftwoodShell']);
      assert.match(fallback.warnings.join('\n'), /an AbortSignal cannot cancel a call/);
      // contextBridge copies an AbortSignal as an empty object; the call must not fail because of it.
      const result = await fallback.page.driftwood!.recentSources({}, { signal: {} as AbortSignal });
      assert.ok(Array.isArray(result.paths));
    } finally {
      registered.dispose();
    }
  });

  test('a page that is not the app gets refusals, not answers', async () => {
    const strangerIpc = new FakeIpcMain();
    const registered = registerApiIpc({ ipcMain: strangerIpc, handlers, isTrustedSender: (frame) => isTrustedSender(frame, layout) });
    try {
      const stranger = loadPreload(strangerIpc, { executeInMainWorld: true, pageUrl: 'https://example.com/', sender: new FakeSender(4) });
      await assert.rejects(stranger.page.driftwood!.recentSources({}), /not the Driftwood window/);
    } finally {
      registered.dispose();
    }
  });
});

