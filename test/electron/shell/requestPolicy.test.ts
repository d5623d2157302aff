import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { indexUrl } from '../../../electron/shell/appLayout';
import { isAllowedRequest, isAppPageUrl, isTrustedSender } from '../../../electron/shell/requestPolicy';
import { repoRoot } from '../../helpers/testPaths';
import { builtLayout } from './fakeElectron';

describe('what the window may load, and who may call (DESIGN.md §7)', () => {
  const layout = builtLayout();
  const fileUrl = (file: string) => pathToFileURL(file).href;
  const packaged = { allowDevTools: false };

  test('loads the built renderer files, with or without a query', () => {
    for (const name of ['index.html', 'app.js', 'app.css', 'app.js.map', 'fonts/inter.woff2']) {
      assert.ok(isAllowedRequest(fileUrl(path.join(layout.rendererDir, name)), layout, packaged), name);
    }
    assert.ok(isAllowedRequest(`${indexUrl(layout)}?source=${encodeURIComponent('/data/log.parquet')}`, layout, packaged));
  });

  test('refuses every other file on disk, however the path is spelled', () => {
    const refused = [
      fileUrl(path.join(repoRoot(), 'package.json')),
      fileUrl(path.join(layout.electronDir, 'main.js')),
      `${fileUrl(layout.rendererDir)}/../electron/main.js`,
      `${fileUrl(layout.rendererDir)}/%2e%2e/electron/main.js`,
      `${fileUrl(layout.rendererDir)}/..%2felectron/main.js`,
      fileUrl(`${layout.rendererDir}-evil/index.html`),
      fileUrl(layout.rendererDir),
      'file:///etc/passwd',
      'file://server/share/index.html',
    ];
    for (const url of refused) assert.equal(isAllowedRequest(url, layout, packaged), false, url);
  });

  test('refuses remote content of every scheme', () => {
    for (const url of [
      'https://example.com/app.js', 'http://127.0.0.1:8080/', 'http://localhost/', 'ws://127.0.0.1:1234/api', 'wss://example.com/',
      'ftp://example.com/x', 'chrome-extension://abc/page.html', 'chrome://settings', 'javascript:alert(1)', 'about:blank', 'not a url', '',
    ]) {
      assert.equal(isAllowedRequest(url, layout, { allowDevTools: true }), false, url);
    }
  });

  test('lets the page use its own data: and blob: URLs, and DevTools only in development', () => {
    assert.ok(isAllowedRequest('data:image/svg+xml,%3Csvg%3E%3C/svg%3E', layout, packaged));
    assert.ok(isAllowedRequest('blob:file:///5b7a9c7e-7d2f-4f0b-9a57-0c1f3a0e2d11', layout, packaged));
    assert.equal(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', layout, packaged), false);
    assert.ok(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', layout, { allowDevTools: true }));
  });

  test("recognises the app's page by its file, whatever query or fragment it carries", () => {
    assert.ok(isAppPageUrl(indexUrl(layout), layout));
    assert.ok(isAppPageUrl(`${indexUrl(layout)}?source=%2Fdata%2Flog.parquet#drift`, layout));
    for (const url of [
      fileUrl(path.join(layout.rendererDir, 'app.js')), fileUrl(path.join(repoRoot(), 'renderer', 'index.html')),
      'http://127.0.0.1:5173/index.html', `https://example.com${new URL(indexUrl(layout)).pathname}`, 'about:blank', '',
    ]) {
      assert.equal(isAppPageUrl(url, layout), false, url);
    }
  });

  test('trusts only the top frame of the app page as an IPC sender', () => {
    assert.ok(isTrustedSender({ url: indexUrl(layout), parent: null }, layout));
    assert.ok(isTrustedSender({ url: `${indexUrl(layout)}?source=x`, parent: null }, layout));
    assert.equal(isTrustedSender({ url: indexUrl(layout), parent: { url: indexUrl(layout) } }, layout), false, 'a sub-frame');
    assert.equal(isTrustedSender(null, layout), false, 'a frame already gone');
    assert.equal(isTrustedSender(undefined, layout), false);
    assert.equal(isTrustedSender({ url: 'https://example.com/', parent: null }, layout), false);
    assert.equal(isTrustedSender({ url: 'devtools://devtools/bundled/devtools_app.html', parent: null }, layout), false);
    assert.equal(isTrustedSender({ url: fileUrl('/tmp/evil.html'), parent: null }, layout), false);
  });
});
