import type { CallProgress } from '../../shared/api/workbenchApi';
import type { WorkbenchError } from '../../shared/errors/workbenchError';

/**
 * The IPC channels of the Electron window besides the per-method ones (`channelFor` in shared/api) and what
 * travels on them. The preload spells these strings itself (a sandboxed preload cannot load other files of
 * the app); test/electron/shell/preload.test.ts checks that both sides agree.
 */

/** Main → window: progress of a running call, keyed by the call id the preload chose. */
export const apiProgressChannel = 'driftwood:progress';
/** Window → main: cancel the call with this id. */
export const apiCancelChannel = 'driftwood:cancel';

export interface ApiProgressMessage extends CallProgress {
  callId: number;
}

/**
 * What an API call resolves to over IPC. Failures travel as data, not as a rejected invoke: Electron turns
 * a rejection into an Error whose message is prefixed and whose code is lost.
 */
export type ApiCallOutcome = { ok: true; result: unknown } | { ok: false; error: WorkbenchError };

/** The small native-shell API (`window.driftwoodShell`): dialogs and menu commands, outside the WorkbenchApi. */
export const shellChannels = {
  openFileDialog: 'driftwood-shell:openFileDialog',
  openFolderDialog: 'driftwood-shell:openFolderDialog',
  openWorkspaceDialog: 'driftwood-shell:openWorkspaceDialog',
  saveWorkspaceDialog: 'driftwood-shell:saveWorkspaceDialog',
  /** Main → window: a menu command, with the path its dialog returned. */
  command: 'driftwood-shell:command',
} as const;

export type ShellDialog = Exclude<keyof typeof shellChannels, 'command'>;

/** A menu command for the page: open a source or a workspace, or save the workspace to a path. */
export interface ShellCommand {
  type: 'openSource' | 'openWorkspace' | 'saveWorkspace';
  path: string;
}

/** `window.driftwoodShell` as the preload exposes it (the renderer declares its own copy: it may not import electron/). */
export interface DriftwoodShell {
  /** The native Open dialog for a Parquet, CSV or NDJSON file; the absolute path, or null when dismissed. */
  openFileDialog(): Promise<string | null>;
  /** The native Open dialog for a folder of data files (hive partitions become columns). */
  openFolderDialog(): Promise<string | null>;
  openWorkspaceDialog(): Promise<string | null>;
  saveWorkspaceDialog(): Promise<string | null>;
  /** The path of a file dropped on the window (sandboxed pages do not see it); null when it is not a file on disk. */
  pathForFile(file: unknown): string | null;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
}
