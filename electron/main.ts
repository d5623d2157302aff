/**
 * The Electron main process (DESIGN.md §1, §7): one window on the built renderer, the WorkbenchApi over
 * IPC, native dialogs and the menu. The decisions live in electron/shell/ (pure, tested without the
 * Electron binary); this file only wires them to Electron. The engine runs in worker processes that
 * `child_process.fork` starts with this Electron binary in Node mode (ELECTRON_RUN_AS_NODE).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, type OpenDialogOptions, session } from 'electron';
import { defaultEngineConfig } from './engine/engineConfig';
import { registerApiIpc } from './ipc';
import { createApiHandlers } from './service/apiHandlers';
import { WorkbenchService } from './service/workbenchService';
import { buildMenuTemplate } from './shell/applicationMenu';
import { appLayout } from './shell/appLayout';
import { type ShellCommand, shellChannels } from './shell/channels';
import {
  chosenPath, openSourceFileDialogOptions, openSourceFolderDialogOptions, openWorkspaceDialogOptions, saveWorkspaceDialogOptions,
} from './shell/dialogOptions';
import { sourceArgument } from './shell/launchArguments';
import { isTrustedSender } from './shell/requestPolicy';
import { type ShellDialogs, registerShellIpc } from './shell/shellIpc';
import { hardenSession, lockDownWebContents } from './shell/webContentsPolicy';
import { mainWindowOptions } from './shell/windowOptions';

const isDev = !app.isPackaged;
const layout = appLayout(__dirname);

// Every renderer sandboxed, whatever a window asks for.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const service = new WorkbenchService(defaultEngineConfig());
  const trusted = (frame: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(frame, layout);
  const apiIpc = registerApiIpc({ ipcMain, handlers: createApiHandlers(service), isTrustedSender: trusted });
  let window: BrowserWindow | undefined;

  const ask = async (run: (parent: BrowserWindow | undefined) => Promise<{ canceled: boolean; filePaths?: string[]; filePath?: string }>) =>
    chosenPath(await run(window));
  const dialogs: ShellDialogs = {
    openFileDialog: () => ask((parent) => showOpen(parent, openSourceFileDialogOptions(process.platform))),
    openFolderDialog: () => ask((parent) => showOpen(parent, openSourceFolderDialogOptions())),
    openWorkspaceDialog: () => ask((parent) => showOpen(parent, openWorkspaceDialogOptions())),
    saveWorkspaceDialog: () => ask((parent) => (parent ? dialog.showSaveDialog(parent, saveWorkspaceDialogOptions()) : dialog.showSaveDialog(saveWorkspaceDialogOptions()))),
  };
  const shellIpc = registerShellIpc(ipcMain, dialogs, trusted);

  // A menu command shows its dialog here, then hands the chosen path to the page, which owns the state.
  const command = (type: ShellCommand['type'], choose: () => Promise<string | null>) => async () => {
    const path = await choose();
    if (path && window && !window.isDestroyed()) window.webContents.send(shellChannels.command, { type, path } satisfies ShellCommand);
  };
  const menuActions = {
    openSource: command('openSource', dialogs.openFileDialog),
    openFolder: command('openSource', dialogs.openFolderDialog),
    openWorkspace: command('openWorkspace', dialogs.openWorkspaceDialog),
    saveWorkspace: command('saveWorkspace', dialogs.saveWorkspaceDialog),
    about: () => app.showAboutPanel(),
  };

  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, (id) => apiIpc.abortCallsFrom(id)));

  // `driftwood-app --source X` while the app runs: open X in the running window.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const source = sourceArgument(argv, workingDirectory);
    if (source) window.webContents.send(shellChannels.command, { type: 'openSource', path: source } satisfies ShellCommand);
  });

  const openWindow = () => {
    window = createWindow(sourceArgument(process.argv));
    window.on('closed', () => (window = undefined));
  };

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, layout, { allowDevTools: isDev });
    app.setAboutPanelOptions({ applicationName: 'Driftwood', applicationVersion: app.getVersion(), copyright: 'Apache-2.0' });
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDev, appName: 'Driftwood' }, menuActions)));
    openWindow();
    app.on('activate', () => {
      if (!window) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Stop the engine workers before the process ends; a quit waits for them once.
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    shellIpc.dispose();
    apiIpc.dispose();
    void service.dispose().finally(() => {
      disposed = true;
      app.quit();
    });
  });
}

function showOpen(parent: BrowserWindow | undefined, options: OpenDialogOptions) {
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}

function createWindow(source: string | undefined): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(layout, { isDev }));
  window.once('ready-to-show', () => window.show());
  // The renderer reads ?source= the same way under `driftwood serve`.
  void window.loadFile(layout.indexFile, source ? { query: { source } } : undefined);
  return window;
}
