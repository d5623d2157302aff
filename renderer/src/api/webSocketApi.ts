import type { ClientMessage, ServerMessage } from '../../../shared/api/protocol';
import { type ApiMethod, type ApiRequest, type ApiResult, type CallOptions, type WorkbenchApi, apiMethods } from '../../../shared/api/workbenchApi';
import { DriftwoodError } from '../../../shared/errors/workbenchError';

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: CallOptions['onProgress'];
}

/**
 * The WorkbenchApi over the WebSocket of `driftwood serve` (shared/api/protocol.ts). The socket is
 * same-origin, so the browser sends the HttpOnly token cookie the page load received.
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
      ws.addEventListener('message', (event) => onMessage(JSON.parse(String(event.data)) as ServerMessage));
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
    if (options.signal?.aborted) throw new DriftwoodError({ code: 'JOB_CANCELLED', message: 'The job was cancelled.' });
    const ws = await connect();
    const id = nextId++;
    return new Promise<ApiResult<M>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress });
      options.signal?.addEventListener('abort', () => send(ws, { type: 'cancel', id }), { once: true });
      send(ws, { type: 'call', id, method, request });
    });
  };

  return Object.fromEntries(apiMethods.map((method) => [method, (request: never, options?: CallOptions) => call(method, request, options)])) as unknown as WorkbenchApi;
}

function send(ws: WebSocket, message: ClientMessage): void {
  ws.send(JSON.stringify(message));
}

function defaultSocketUrl(): string {
  return `ws://${window.location.host}/api`;
}
