/**
 * The preload of the Driftwood window (DESIGN.md §7, STYLE.md §2): it gives the page `window.driftwood`,
 * the WorkbenchApi with one function per contract method, and `window.driftwoodShell`, the native dialogs
 * and menu commands. The page never sees `ipcRenderer`. The only logic here is call-id plumbing.
 *
 * Limits, and why the code looks the way it does:
 * - A sandboxed preload can `require` only 'electron' and a few Node built-ins, not other files of the app,
 *   so the method list and channel names are spelled here. `satisfies Record<ApiMethod, true>` makes the
 *   build fail when the contract gains or loses a method; test/electron/shell/preload.test.ts runs this
 *   file against the real IPC handlers and checks the channel names.
 * - An AbortSignal cannot cross contextBridge (it arrives as an empty object), so the functions that take
 *   `options.signal` must run in the page's own world. `createWorkbenchApi` is therefore installed with
 *   `contextBridge.executeInMainWorld`, which serialises it: it must not refer to anything outside its
 *   body. It reaches the main process only through the transport, whose functions contextBridge proxies.
 *   Where executeInMainWorld is unavailable, the same API is exposed with exposeInMainWorld; then calls,
 *   progress and errors work but a signal cannot cancel.
 * - Failures reject with a WorkbenchError record ({ code, message, action?, cause? }): plain data crosses
 *   the bridge intact, while an Error would lose its code. A cancelled call rejects at once with
 *   JOB_CANCELLED, as under `driftwood serve`; whatever the Service answers later is dropped.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ApiMethod, CallOptions, CallProgress, WorkbenchApi } from '../shared/api/workbenchApi';
import type { ApiCallOutcome, ApiProgressMessage, DriftwoodShell, ShellCommand } from './shell/channels';

/** What the page-world half of the API uses to reach the main process. */
interface PreloadTransport {
  methods: string[];
  /** Resolves with the result, or rejects with a WorkbenchError record. */
  invoke(method: string, callId: number, request: unknown, onProgress?: (progress: CallProgress) => void): Promise<unknown>;
  cancel(callId: number): void;
}

const methods = {
  openSource: true,
  overview: true,
  drift: true,
  createDemo: true,
  recentSources: true,
  saveWorkspace: true,
  openWorkspace: true,
} satisfies Record<ApiMethod, true>;

const progressListeners = new Map<number, (progress: CallProgress) => void>();
ipcRenderer.on('driftwood:progress', (_event, message: ApiProgressMessage) => {
  progressListeners.get(message?.callId)?.({ fraction: message.fraction, message: message.message });
});

const transport: PreloadTransport = {
  methods: Object.keys(methods),
  async invoke(method, callId, request, onProgress) {
    if (!Object.hasOwn(methods, method)) throw { code: 'INVALID_ARGUMENT', message: `'${String(method)}' is not a Driftwood API method.` };
    if (typeof onProgress === 'function') progressListeners.set(callId, onProgress);
    try {
      const outcome = (await ipcRenderer.invoke(`driftwood:${method}`, callId, request)) as ApiCallOutcome;
      if (outcome.ok) return outcome.result;
      throw outcome.error;
    } finally {
      progressListeners.delete(callId);
    }
  },
  cancel(callId) {
    ipcRenderer.send('driftwood:cancel', callId);
  },
};

/**
 * The WorkbenchApi over the transport. Runs in the page's world (see the module comment): no references
 * outside this function. With `install`, defines a frozen, non-writable `window.driftwood`; else returns the API.
 */
function createWorkbenchApi(bridge: PreloadTransport, install: boolean): WorkbenchApi | undefined {
  const cancelled = () => ({ code: 'JOB_CANCELLED', message: 'The job was cancelled.' });
  let nextCallId = 1;
  const api: Record<string, (request: unknown, options?: CallOptions) => Promise<unknown>> = {};
  for (const method of bridge.methods) {
    api[method] = (request, options) => {
      const onProgress = options?.onProgress;
      // Through exposeInMainWorld a signal arrives as a plain object: then it cannot be listened to.
      const signal = typeof options?.signal?.addEventListener === 'function' ? options.signal : undefined;
      if (signal?.aborted === true) return Promise.reject(cancelled());
      const callId = nextCallId++;
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = () => {
          settled = true;
          signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          if (settled) return;
          settle();
          bridge.cancel(callId);
          reject(cancelled());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const forwardProgress = typeof onProgress === 'function' ? (progress: CallProgress) => {
          if (!settled) onProgress({ fraction: progress.fraction, message: progress.message });
        } : undefined;
        bridge.invoke(method, callId, request, forwardProgress).then((result) => {
          if (settled) return;
          settle();
          resolve(result);
        }, (error: unknown) => {
          if (settled) return;
          settle();
          reject(error);
        });
      });
    };
  }
  const frozen = Object.freeze(api) as unknown as WorkbenchApi;
  if (!install) return frozen;
  Object.defineProperty(globalThis, 'driftwood', { value: frozen, enumerable: true, configurable: false, writable: false });
  return undefined;
}

function exposeWorkbenchApi(): void {
  try {
    contextBridge.executeInMainWorld({ func: createWorkbenchApi, args: [transport, true] });
    return;
  } catch (error) {
    console.warn(`Driftwood: the API runs in the preload world, so an AbortSignal cannot cancel a call (${String(error)}).`);
  }
  contextBridge.exposeInMainWorld('driftwood', createWorkbenchApi(transport, false));
}

const shell: DriftwoodShell = {
  openFileDialog: () => ipcRenderer.invoke('driftwood-shell:openFileDialog'),
  openFolderDialog: () => ipcRenderer.invoke('driftwood-shell:openFolderDialog'),
  openWorkspaceDialog: () => ipcRenderer.invoke('driftwood-shell:openWorkspaceDialog'),
  saveWorkspaceDialog: () => ipcRenderer.invoke('driftwood-shell:saveWorkspaceDialog'),
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]) || null;
    } catch {
      return null;
    }
  },
  onCommand(listener) {
    const forward = (_event: unknown, command: ShellCommand) => listener(command);
    ipcRenderer.on('driftwood-shell:command', forward);
    return () => {
      ipcRenderer.removeListener('driftwood-shell:command', forward);
    };
  },
};

exposeWorkbenchApi();
contextBridge.exposeInMainWorld('driftwoodShell', shell);
