import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { type MenuActions, buildMenuTemplate } from '../../../electron/shell/applicationMenu';

function recordingActions(): { actions: MenuActions; calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => () => void calls.push(name);
  return {
    calls,
    actions: { openSource: record('openSource'), openFolder: record('openFolder'), openWorkspace: record('openWorkspace'), saveWorkspace: record('saveWorkspace'), about: record('about') },
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  assert.ok(menu && Array.isArray(menu.submenu), `a ${label} menu`);
  return menu.submenu;
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('the application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    test(`File, Edit, View and Help with the usual shortcuts (${platform})`, () => {
      const { actions, calls } = recordingActions();
      const template = buildMenuTemplate({ platform, isDev: false, appName: 'Driftwood' }, actions);
      const file = submenu(template, 'File');
      const byLabel = (label: string) => file.find((item) => item.label === label);
      assert.equal(byLabel('Open…')?.accelerator, 'CmdOrCtrl+O');
      assert.equal(byLabel('Save Workspace…')?.accelerator, 'CmdOrCtrl+S');
      assert.ok(byLabel('Open Workspace…'));
      for (const label of ['Open…', 'Open Folder…', 'Open Workspace…', 'Save Workspace…']) click(byLabel(label));
      assert.deepEqual(calls, ['openSource', 'openFolder', 'openWorkspace', 'saveWorkspace']);

      const roles = items(template).map((item) => item.role).filter(Boolean);
      assert.ok(roles.includes('quit'), 'Quit');
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) {
        assert.ok(roles.includes(role as MenuItemConstructorOptions['role']), role);
      }
      if (platform === 'darwin') assert.equal(template[0].label, 'Driftwood', 'the app menu comes first on macOS');
      else assert.ok(file.some((item) => item.role === 'quit'), 'Quit is in File');

      const about = submenu(template, 'Help').find((item) => item.label === 'About Driftwood');
      click(about);
      assert.equal(calls.at(-1), 'about');
    });
  }

  test('Reload and DevTools only in development', () => {
    const { actions } = recordingActions();
    const devOnly = ['reload', 'forceReload', 'toggleDevTools'];
    const packaged = items(buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'Driftwood' }, actions)).map((item) => item.role);
    const development = items(buildMenuTemplate({ platform: 'linux', isDev: true, appName: 'Driftwood' }, actions)).map((item) => item.role);
    for (const role of devOnly) {
      assert.ok(!packaged.includes(role as MenuItemConstructorOptions['role']), `${role} in a packaged app`);
      assert.ok(development.includes(role as MenuItemConstructorOptions['role']), `${role} in development`);
    }
  });

  test('no two items share an accelerator', () => {
    const { actions } = recordingActions();
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = items(buildMenuTemplate({ platform, isDev: true, appName: 'Driftwood' }, actions)).map((item) => item.accelerator).filter(Boolean);
      assert.equal(new Set(accelerators).size, accelerators.length, accelerators.join(', '));
    }
  });
});
