import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { appLayout } from '../../../electron/shell/appLayout';
import { mainWindowOptions } from '../../../electron/shell/windowOptions';
import { repoRoot } from '../../helpers/testPaths';
import { builtLayout } from './fakeElectron';

describe('the main window options (DESIGN.md §7)', () => {
  const layout = builtLayout();

  for (const isDev of [false, true]) {
    test(`isolate and sandbox the page, with no Node in it (${isDev ? 'development' : 'packaged'})`, () => {
      const preferences = mainWindowOptions(layout, { isDev }).webPreferences!;
      assert.equal(preferences.contextIsolation, true);
      assert.equal(preferences.sandbox, true);
      assert.equal(preferences.nodeIntegration, false);
      assert.equal(preferences.nodeIntegrationInWorker, false);
      assert.equal(preferences.nodeIntegrationInSubFrames, false);
      assert.equal(preferences.webSecurity, true);
      assert.equal(preferences.allowRunningInsecureContent, false);
      assert.equal(preferences.webviewTag, false);
      assert.equal(preferences.experimentalFeatures, false);
      assert.equal(preferences.navigateOnDragDrop, false);
      assert.equal(preferences.devTools, isDev, 'DevTools only from a checkout');
    });
  }

  test('load the preload from the built app folder, nowhere else', () => {
    const preload = mainWindowOptions(layout, { isDev: false }).webPreferences!.preload!;
    const dist = path.join(repoRoot(), 'dist');
    assert.ok(path.isAbsolute(preload));
    assert.equal(preload, path.join(dist, 'electron', 'preload.js'));
    assert.ok(!path.relative(dist, preload).startsWith('..'), `${preload} is outside dist/`);
    assert.ok(fs.existsSync(preload), 'npm run build writes dist/electron/preload.js');
  });

  test('the layout finds the built renderer beside dist/electron', () => {
    assert.equal(layout.rendererDir, path.join(repoRoot(), 'dist', 'renderer'));
    assert.equal(layout.indexFile, path.join(repoRoot(), 'dist', 'renderer', 'index.html'));
    assert.ok(fs.existsSync(layout.indexFile), 'npm run build writes dist/renderer/index.html');
    assert.deepEqual(appLayout(`${layout.electronDir}${path.sep}`), layout, 'a trailing separator changes nothing');
  });

  test('the window opens hidden until the page paints', () => {
    const options = mainWindowOptions(layout, { isDev: false });
    assert.equal(options.show, false);
    assert.equal(options.title, 'Driftwood');
  });
});
