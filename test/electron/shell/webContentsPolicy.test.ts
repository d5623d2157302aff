import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Session, WebContents } from 'electron';
import { indexUrl } from '../../../electron/shell/appLayout';
import { appContentSecurityPolicy } from '../../../electron/shell/contentSecurityPolicy';
import { hardenSession, lockDownWebContents } from '../../../electron/shell/webContentsPolicy';
import { builtLayout } from './fakeElectron';

type Handler = (...args: never[]) => unknown;

/** A web contents: an event emitter that records its window-open handler. */
class FakeContents extends EventEmitter {
  readonly id = 7;
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function preventable(): { preventDefault(): void; prevented: boolean } {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('navigation, new windows and requests are blocked (DESIGN.md §7)', () => {
  const layout = builtLayout();

  const lockedDown = () => {
    const contents = new FakeContents();
    const gone: number[] = [];
    lockDownWebContents(contents as unknown as WebContents, (id) => gone.push(id));
    return { contents, gone };
  };

  test('window.open is denied for every URL', () => {
    const { contents } = lockedDown();
    for (const url of ['https://example.com/', indexUrl(layout), 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)']) {
      assert.deepEqual(contents.windowOpenHandler!({ url }), { action: 'deny' }, url);
    }
  });

  test('every navigation the page starts is prevented, even to the app page itself', () => {
    const { contents } = lockedDown();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://example.com/', `${indexUrl(layout)}?source=x`, 'file:///etc/passwd', 'data:text/html,<h1>x</h1>']) {
        const event = preventable();
        contents.emit(name, event, url);
        assert.equal(event.prevented, true, `${name} ${url}`);
      }
    }
  });

  test("the page's calls are aborted when it navigates, crashes or closes, not on in-page history changes", () => {
    const { contents, gone } = lockedDown();
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    assert.deepEqual(gone, []);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    contents.emit('destroyed');
    assert.deepEqual(gone, [7, 7, 7]);
  });

  const hardened = () => {
    const handlers = new Map<string, Handler>();
    const fakeSession = {
      webRequest: {
        onBeforeRequest: (listener: Handler) => handlers.set('onBeforeRequest', listener),
        onHeadersReceived: (listener: Handler) => handlers.set('onHeadersReceived', listener),
      },
      setPermissionRequestHandler: (listener: Handler) => handlers.set('permissionRequest', listener),
      setPermissionCheckHandler: (listener: Handler) => handlers.set('permissionCheck', listener),
    };
    hardenSession(fakeSession as unknown as Session, layout, { allowDevTools: false });
    return handlers as unknown as Map<string, (...args: unknown[]) => unknown>;
  };

  test('the session cancels every request that is not a built renderer file', () => {
    const onBeforeRequest = hardened().get('onBeforeRequest')!;
    const verdict = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      onBeforeRequest({ url }, (answer: { cancel?: boolean }) => (response = answer));
      return response?.cancel;
    };
    assert.equal(verdict(indexUrl(layout)), false);
    assert.equal(verdict(`file://${path.join(layout.rendererDir, 'app.js')}`), false);
    for (const url of ['https://cdn.example.com/plotly.js', 'http://127.0.0.1:9000/', 'ws://localhost:1/api', 'file:///etc/hosts', 'devtools://devtools/x']) {
      assert.equal(verdict(url), true, url);
    }
  });

  test("the session puts the app's CSP on responses", () => {
    const onHeadersReceived = hardened().get('onHeadersReceived')!;
    let headers: Record<string, string[]> | undefined;
    onHeadersReceived({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      (answer: { responseHeaders: Record<string, string[]> }) => (headers = answer.responseHeaders));
    assert.deepEqual(headers, { 'Content-Security-Policy': [appContentSecurityPolicy] });
  });

  test('permission requests and checks are denied, except writing text to the clipboard', () => {
    const handlers = hardened();
    const request = (permission: string) => {
      let granted: boolean | undefined;
      handlers.get('permissionRequest')!({}, permission, (answer: boolean) => (granted = answer), {});
      return granted;
    };
    const check = (permission: string) => handlers.get('permissionCheck')!({}, permission, 'file:///', {});
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'midi', 'hid', 'serial', 'usb', 'unknown']) {
      assert.equal(request(permission), false, permission);
      assert.equal(check(permission), false, permission);
    }
    assert.equal(request('clipboard-sanitized-write'), true);
    assert.equal(check('clipboard-sanitized-write'), true);
  });
});
