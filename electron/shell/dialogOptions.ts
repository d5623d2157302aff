import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

/** The data files Driftwood opens (Parquet is also detected by content, whatever the extension). */
export const dataFileExtensions = ['parquet', 'pq', 'csv', 'tsv', 'txt', 'ndjson', 'jsonl', 'json'] as const;

/**
 * The native Open dialog for a source file. On macOS one dialog can pick a file or a folder; Windows and
 * Linux show a folder-only dialog when both are asked for, so there folders have their own menu item.
 */
export function openSourceFileDialogOptions(platform: NodeJS.Platform): OpenDialogOptions {
  return {
    title: 'Open a source',
    buttonLabel: 'Open',
    properties: platform === 'darwin' ? ['openFile', 'openDirectory', 'treatPackageAsDirectory'] : ['openFile'],
    filters: [
      { name: 'Data files (Parquet, CSV, NDJSON)', extensions: [...dataFileExtensions] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

export function openSourceFolderDialogOptions(): OpenDialogOptions {
  return { title: 'Open a folder of data files', buttonLabel: 'Open folder', properties: ['openDirectory'] };
}

export function openWorkspaceDialogOptions(): OpenDialogOptions {
  return {
    title: 'Open a workspace',
    buttonLabel: 'Open',
    properties: ['openFile'],
    filters: [{ name: 'Driftwood workspace', extensions: ['json'] }, { name: 'All files', extensions: ['*'] }],
  };
}

export function saveWorkspaceDialogOptions(defaultDirectory?: string): SaveDialogOptions {
  return {
    title: 'Save the workspace',
    buttonLabel: 'Save',
    defaultPath: defaultDirectory ? path.join(defaultDirectory, 'incident.driftwood.json') : 'incident.driftwood.json',
    filters: [{ name: 'Driftwood workspace', extensions: ['json'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The one path a dialog returned, or null when it was dismissed. */
export function chosenPath(outcome: { canceled: boolean; filePaths?: string[]; filePath?: string }): string | null {
  if (outcome.canceled) return null;
  return outcome.filePaths?.[0] ?? (outcome.filePath ? outcome.filePath : null);
}
