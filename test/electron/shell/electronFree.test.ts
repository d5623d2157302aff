import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../../helpers/testPaths';

/**
 * In plain Node `require('electron')` does not give Electron: it runs the npm package's installer, which
 * downloads the binary. So everything tests load must stay free of runtime Electron imports; only main.ts
 * and preload.ts, which run inside Electron, may have them (type-only imports vanish when compiled).
 */
describe('the testable shell modules load without Electron', () => {
  const electronDir = path.join(repoRoot(), 'dist', 'electron');
  const requiresElectron = (file: string) => /require\(["']electron["']\)/.test(fs.readFileSync(file, 'utf8'));

  test('electron/shell/*.js and electron/ipc.js do not require electron', () => {
    const files = [path.join(electronDir, 'ipc.js'), ...fs.readdirSync(path.join(electronDir, 'shell')).filter((name) => name.endsWith('.js')).map((name) => path.join(electronDir, 'shell', name))];
    assert.ok(files.length >= 10);
    for (const file of files) assert.equal(requiresElectron(file), false, path.relative(repoRoot(), file));
  });

  test('main.js and preload.js are the only compiled files that do', () => {
    const compiled = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? compiled(path.join(dir, entry.name)) : entry.name.endsWith('.js') ? [path.join(dir, entry.name)] : []);
    const withElectron = compiled(electronDir).filter(requiresElectron).map((file) => path.relative(electronDir, file)).sort();
    assert.deepEqual(withElectron, ['main.js', 'preload.js']);
  });
});
