import type { BrowserWindowConstructorOptions } from 'electron';
import type { AppLayout } from './appLayout';

/**
 * The main window (DESIGN.md §7, Electron's security checklist): context isolation and the Chromium
 * sandbox on, no Node in the page or its workers and frames, web security on, no <webview>, and the
 * preload from the built app folder only. DevTools only when running from a checkout.
 */
export function mainWindowOptions(layout: AppLayout, options: { isDev: boolean; title?: string }): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: options.title ?? 'Driftwood',
    // Shown on 'ready-to-show', so the window does not flash white before the dark UI paints.
    show: false,
    backgroundColor: '#0d1016',
    webPreferences: {
      preload: layout.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.isDev,
    },
  };
}
