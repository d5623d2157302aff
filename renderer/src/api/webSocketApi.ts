import type { ClientMessage, ServerMessage } from '../../../shared/api/protocol';
import { type ApiMethod, type ApiRequest, type ApiResult, type CallOptions, type WorkbenchApi, apiMethods } from '../../../shared/api/workbenchApi';
import { DriftwoodError } from '../../../shared/errors/workbenchError';
import { cancelledError } from './cancellation';

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: CallOptions['onProgress'];
}

/**
 * The WorkbenchApi over the WebSocket of `driftwood serve` (shared/api/protocol.ts). The socket is
 * same-origin, so the browser sends the HttpOnly token cookie the page load received.
 *
 * Every call carries an id. Aborting a call's signal rejects it at once with JOB_CANCELLED (as `fetch`
 * does) and asks the Service to stop the job; whatever the Service answers later for that id is dropped.
 */
export function createWebSocketApi(url = defaultSocketUrl()): WorkbenchApi {
  const pending = new Map<number, PendingCall>();
  let nextId = 1;
  let socket: Promise<WebSocket> | undefined;

  const connect = (): Promise<WebSocket> => {
    socket ??= new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.addEventListener('open', () => resolve(ws));
      ws.addEventListener('error', () => reject(new DriftwoodError({
        code: 'INTERNAL', message: 'Cannot reach the Driftwood engine.', action: 'Check that `driftwood serve` is still running, then reload the page.',
      })));
      ws.addEventListener('close', () => {
        socket = undefined;
        for (const [id, call] of pending) {
          call.reject(new DriftwoodError({ code: 'INTERNAL', message: 'The connection to the Driftwood engine closed.', action: 'Restart `driftwood serve` and reload the page.' }));
          pending.delete(id);
        }
      });
      ws.addEventListener('message', (event) => {
        const message = parseServerMessage(event.data);
        if (message) onMessage(message);
      });
    });
    return socket;
  };

  const onMessage = (message: ServerMessage) => {
    const call = pending.get(message.id);
    if (!call) return;
    if (message.type === 'progress') {
      call.onProgress?.({ fraction: message.fraction, message: message.message });
      return;
    }
    pending.delete(message.id);
    if (message.type === 'result') call.resolve(message.result);
    else call.reject(new DriftwoodError(message.error));
  };

  const call = async <M extends ApiMethod>(method: M, request: ApiRequest<M>, options: CallOptions = {}): Promise<ApiResult<M>> => {
    const { signal } = options;
    if (signal?.aborted) throw cancelledError();
    const ws = await connect();
    if (signal?.aborted) throw cancelledError();
    const id = nextId++;
    return new Promise<ApiResult<M>>((resolve, reject) => {
      const onAbort = () => {
        if (!pending.delete(id)) return;
        send(ws, { type: 'cancel', id });
        reject(cancelledError());
      };
      const settle = <T>(finish: (value: T) => void) => (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        finish(value);
      };
      pending.set(id, { resolve: settle(resolve as (value: unknown) => void), reject: settle(reject), onProgress: options.onProgress });
      signal?.addEventListener('abort', onAbort, { once: true });
      send(ws, { type: 'call', id, method, request });
    });
  };

  return Object.fromEntries(apiMethods.map((method) => [method, (request: never, options?: CallOptions) => call(method, request, options)])) as unknown as WorkbenchApi;
}

function parseServerMessage(data: unknown): ServerMessage | undefined {
  try {
    const message = JSON.parse(String(data)) as ServerMessage;
    return typeof message === 'object' && message !== null && typeof message.id === 'number' ? message : undefined;
  } catch {
    return undefined;
  }
}

function send(ws: WebSocket, message: ClientMessage): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
}

function defaultSocketUrl(): string {
  return `ws://${window.location.host}/api`;
}
