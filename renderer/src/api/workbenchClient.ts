import type { WorkbenchApi } from '../../../shared/api/workbenchApi';
import { createWebSocketApi } from './webSocketApi';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent under `driftwood serve`. */
    driftwood?: WorkbenchApi;
  }
}

let api: WorkbenchApi | undefined;

/** The one WorkbenchApi of the page: the preload's in Electron, the WebSocket client under `driftwood serve`. */
export function workbenchApi(): WorkbenchApi {
  api ??= window.driftwood ?? createWebSocketApi();
  return api;
}
