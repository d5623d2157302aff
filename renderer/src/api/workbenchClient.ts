import type { WorkbenchApi } from '../../../shared/api/workbenchApi';
import { createWebSocketApi } from './webSocketApi';

/** What the Electron preload may expose besides the API: native dialogs. Absent under `driftwood serve`. */
export interface DriftwoodShell {
  /** Shows the native open-file dialog; resolves to the chosen absolute path, or null when dismissed. */
  openFileDialog?: () => Promise<string | null | undefined>;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent under `driftwood serve`. */
    driftwood?: WorkbenchApi;
    driftwoodShell?: DriftwoodShell;
  }
}

let api: WorkbenchApi | undefined;

/** The one WorkbenchApi of the page: the preload's in Electron, the WebSocket client under `driftwood serve`. */
export function workbenchApi(): WorkbenchApi {
  api ??= window.driftwood ?? createWebSocketApi();
  return api;
}

/** The native file dialog when the Electron preload offers one. */
export function nativeOpenFileDialog(): (() => Promise<string | null | undefined>) | undefined {
  return window.driftwoodShell?.openFileDialog;
}
