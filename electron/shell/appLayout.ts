import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the built app's pieces are, from the folder of the compiled main process (dist/electron). */
export interface AppLayout {
  /** dist/electron: main.js, preload.js, the engine worker. */
  electronDir: string;
  /** dist/renderer: index.html, app.js, app.css, built by scripts/build-renderer.js. */
  rendererDir: string;
  indexFile: string;
  preloadFile: string;
}

export function appLayout(electronDir: string): AppLayout {
  const rendererDir = path.resolve(electronDir, '..', 'renderer');
  return {
    electronDir: path.resolve(electronDir),
    rendererDir,
    indexFile: path.join(rendererDir, 'index.html'),
    preloadFile: path.resolve(electronDir, 'preload.js'),
  };
}

/** The page's file URL, as `senderFrame.url` reports it (without the query the window may add). */
export function indexUrl(layout: AppLayout): string {
  return pathToFileURL(layout.indexFile).href;
}
