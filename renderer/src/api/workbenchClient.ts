import type { WorkbenchApi } from '../../../shared/api/workbenchApi';
import { createWebSocketApi } from './webSocketApi';

/** A menu command from the Electron shell, with the path its native dialog returned. */
export interface ShellCommand {
  type: 'openSource' | 'openWorkspace' | 'saveWorkspace';
  path: string;
}

/**
 * What the Electron preload exposes besides the API (`window.driftwoodShell`; electron/shell/channels.ts
 * holds the other side, which the renderer may not import). Every member is optional here: the page also
 * runs under `driftwood serve`, where there is no shell at all, and an older preload may lack some.
 */
export interface DriftwoodShell {
  /** The native Open dialog for a data file; the absolute path, or null when dismissed. */
  openFileDialog?: () => Promise<string | null | undefined>;
  /** The native Open dialog for a folder of data files. */
  openFolderDialog?: () => Promise<string | null | undefined>;
  openWorkspaceDialog?: () => Promise<string | null | undefined>;
  saveWorkspaceDialog?: () => Promise<string | null | undefined>;
  /** The path of a file dropped on the window; null when it is not a file on disk. */
  pathForFile?: (file: unknown) => string | null;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand?: (listener: (command: ShellCommand) => void) => () => void;
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

/** The Electron shell's native dialogs and menu commands; undefined under `driftwood serve`. */
export function desktopShell(): DriftwoodShell | undefined {
  return window.driftwoodShell;
}
