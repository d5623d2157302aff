import type { Session, WebContents } from 'electron';
import type { AppLayout } from './appLayout';
import { withContentSecurityPolicy } from './contentSecurityPolicy';
import { isPermissionAllowed } from './permissionPolicy';
import { isAllowedRequest } from './requestPolicy';

/**
 * The session of the window (DESIGN.md §7): every request outside the built renderer refused (no remote
 * content), the app's CSP on every response, every permission denied but clipboard writes.
 */
export function hardenSession(
  target: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  layout: AppLayout,
  options: { allowDevTools: boolean },
): void {
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, layout, options) });
  });
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  target.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

/**
 * Every web contents the app creates (the window, DevTools): no navigation away from the page it was given
 * (reloads are not navigations and still work), no new windows, no <webview>. When its page goes away
 * (navigation, crash, close), `onPageGone` aborts the calls it started, so no job runs for nobody.
 */
export function lockDownWebContents(contents: Pick<WebContents, 'id' | 'setWindowOpenHandler' | 'on'>, onPageGone: (contentsId: number) => void): void {
  const id = contents.id;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) onPageGone(id);
  });
  contents.on('render-process-gone', () => onPageGone(id));
  contents.on('destroyed', () => onPageGone(id));
}
