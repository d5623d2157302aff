import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppLayout } from './appLayout';

/**
 * What the window may load (DESIGN.md §7: no remote content). Every request goes through this predicate
 * in `session.webRequest.onBeforeRequest`; the CSP is the second line behind it.
 *
 * Allowed: files under the built renderer folder; `data:` and `blob:` URLs, which the page makes itself
 * (inline icons, chart images) and which reach no network; DevTools' own pages when DevTools are enabled.
 * Everything else is refused: http(s), ws(s), ftp, other files on disk, chrome-extension:, and so on.
 */
export function isAllowedRequest(url: string, layout: AppLayout, options: { allowDevTools: boolean }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'file:':
      return isInside(filePath(parsed), layout.rendererDir);
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return options.allowDevTools;
    default:
      return false;
  }
}

/** Whether a URL is the app's own page: the built index.html from disk, whatever query or fragment it carries. */
export function isAppPageUrl(url: string, layout: AppLayout): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:') return false;
  const file = filePath(parsed);
  return file !== undefined && path.resolve(file) === path.resolve(layout.indexFile);
}

/** The frame an IPC message came from, as Electron's `event.senderFrame` describes it (null once it is gone). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * The IPC sender check (Electron's security checklist, item 17): only the top frame of the app's own page
 * may call the Service or open dialogs. A sub-frame, another page, or a frame already gone is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, layout: AppLayout): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppPageUrl(frame.url, layout);
}

function filePath(url: URL): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    // A file URL with a host (file://server/share) on POSIX, or an encoded separator: not one of ours.
    return undefined;
  }
}

function isInside(file: string | undefined, folder: string): boolean {
  if (file === undefined) return false;
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
