import { type ApiMethod, apiMethods, channelFor } from '../shared/api/workbenchApi';
import { driftwoodError, toWorkbenchError } from '../shared/errors/workbenchError';
import { dispatchCall } from './service/apiHandlers';
import { type ApiCallOutcome, type ApiProgressMessage, apiCancelChannel, apiProgressChannel } from './shell/channels';
import type { IpcEvent, IpcMainLike, IpcSender } from './shell/ipcTypes';
import type { SenderFrame } from './shell/requestPolicy';

type Handlers = Parameters<typeof dispatchCall>[0];

export interface ApiIpcOptions {
  ipcMain: IpcMainLike;
  handlers: Handlers;
  /** The sender check (electron/shell/requestPolicy.ts `isTrustedSender`, bound to the app's layout). */
  isTrustedSender(frame: SenderFrame | null): boolean;
}

export interface ApiIpc {
  /** Aborts every call a window started: it reloaded, navigated, crashed or closed, so nobody waits for them. */
  abortCallsFrom(senderId: number): void;
  /** Removes the handlers and aborts every running call. */
  dispose(): void;
}

interface RunningCall {
  senderId: number;
  controller: AbortController;
}

/**
 * The WorkbenchApi over Electron IPC (DESIGN.md §1, §7): one `ipcMain.handle(channelFor(method))` per
 * contract method. Each invoke carries `(callId, request)`; the sender is checked first, then the call id,
 * then `dispatchCall` validates the request against the contract. Progress goes back to the calling page
 * on `driftwood:progress` with the call id; `driftwood:cancel` with a call id aborts that call. A call
 * resolves to an `ApiCallOutcome`, so WorkbenchError codes survive the trip.
 *
 * Limits: calls are keyed by (window, call id); a window that reuses a running id gets INVALID_ARGUMENT.
 */
export function registerApiIpc(options: ApiIpcOptions): ApiIpc {
  const { ipcMain, handlers, isTrustedSender } = options;
  const calls = new Map<string, RunningCall>();
  const keyOf = (sender: IpcSender, callId: number) => `${sender.id}:${callId}`;

  const run = async (method: ApiMethod, event: IpcEvent, args: unknown[]): Promise<ApiCallOutcome> => {
    const [callId, request] = args;
    if (!isCallId(callId) || args.length > 2) {
      return failure(driftwoodError('INVALID_ARGUMENT', `Invalid call of ${method}: expected a call id (a positive integer) and one request object.`,
        'This is a bug in the preload; report it.'));
    }
    const key = keyOf(event.sender, callId);
    if (calls.has(key)) {
      return failure(driftwoodError('INVALID_ARGUMENT', `Call id ${callId} is already running.`, 'This is a bug in the preload; report it.'));
    }
    const controller = new AbortController();
    calls.set(key, { senderId: event.sender.id, controller });
    try {
      const result = await dispatchCall(handlers, method, request, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (controller.signal.aborted || event.sender.isDestroyed()) return;
          const message: ApiProgressMessage = { callId, fraction: progress.fraction, message: progress.message };
          event.sender.send(apiProgressChannel, message);
        },
      });
      return { ok: true, result };
    } catch (error) {
      return failure(error);
    } finally {
      calls.delete(key);
    }
  };

  for (const method of apiMethods) {
    ipcMain.handle(channelFor(method), (event, ...args) => {
      if (!isTrustedSender(event.senderFrame)) {
        // Not an API answer: a page that is not ours learns nothing but the refusal.
        throw new Error(`Refused ${channelFor(method)}: the sender is not the Driftwood window.`);
      }
      return run(method, event, args);
    });
  }

  const onCancel = (event: IpcEvent, ...args: unknown[]) => {
    const [callId] = args;
    if (!isTrustedSender(event.senderFrame) || !isCallId(callId)) return;
    calls.get(keyOf(event.sender, callId))?.controller.abort();
  };
  ipcMain.on(apiCancelChannel, onCancel);

  const abortWhere = (predicate: (call: RunningCall) => boolean) => {
    for (const call of calls.values()) if (predicate(call)) call.controller.abort();
  };
  return {
    abortCallsFrom: (senderId) => abortWhere((call) => call.senderId === senderId),
    dispose: () => {
      for (const method of apiMethods) ipcMain.removeHandler(channelFor(method));
      ipcMain.removeListener(apiCancelChannel, onCancel);
      abortWhere(() => true);
    },
  };
}

function isCallId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function failure(error: unknown): ApiCallOutcome {
  return { ok: false, error: toWorkbenchError(error) };
}
