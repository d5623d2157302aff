import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's own items do; standard items (edit, zoom, full screen, quit) use Electron roles. */
export interface MenuActions {
  openSource(): void;
  openFolder(): void;
  openWorkspace(): void;
  saveWorkspace(): void;
  about(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Running from a checkout: adds Reload and DevTools to View. */
  isDev: boolean;
  appName: string;
}

/**
 * The application menu as a template (Electron builds it with Menu.buildFromTemplate in main.ts).
 * Accelerators use CmdOrCtrl, so the same template gives ⌘O on macOS and Ctrl+O elsewhere.
 */
export function buildMenuTemplate(context: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${context.appName}`, click: () => actions.about() };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: context.appName,
      submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openSource() },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openFolder() },
        separator,
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+Alt+O', click: () => actions.openWorkspace() },
        { label: 'Save Workspace…', accelerator: 'CmdOrCtrl+S', click: () => actions.saveWorkspace() },
        separator,
        mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' }, { role: 'redo' }, separator,
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
        { role: 'delete' }, separator, { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(context.isDev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator,
        { role: 'togglefullscreen' },
      ],
    },
  );
  if (mac) template.push({ role: 'windowMenu' });
  template.push({ label: '&Help', role: 'help', submenu: [about] });
  return template;
}
