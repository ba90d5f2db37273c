// Electron's security checklist, applied to every web contents and the session: no new windows,
// no navigation away from the app, no webviews, no permissions, no network. The decisions are
// plain functions (tested in Node); the wiring below only connects them to Electron's events.
import type { Session, WebContents } from 'electron';
import { isSafeExternalUrl } from '../services/safeExternalUrl.ts';

export type NavigationDecision = 'allow' | 'open-external' | 'block';

/** In-app navigation stays in the app; a web link goes to the browser; anything else is dropped. */
export function decideNavigation(url: string, isAppUrl: (url: string) => boolean): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-external' : 'block';
}

/** Where Chromium fetches Hunspell dictionaries for native spellcheck on Linux and Windows
 *  (Electron's default download URL and the Google CDN hosts it redirects to). */
const DICTIONARY_PATH = '/edgedl/chrome/dict/';
function isDictionaryDownload(url: URL): boolean {
  return url.protocol === 'https:' && (url.hostname === 'redirector.gvt1.com' || url.hostname.endsWith('.gvt1.com')) &&
    url.pathname.startsWith(DICTIONARY_PATH);
}

/** Requests the app may make: its own scheme, inline data, (in development) the Vite dev server,
 *  and — from the browser process only, never a page — spellcheck dictionary downloads.
 *  Everything else, any http(s) fetch, image, font or socket from a page, is cancelled. */
export function isAllowedRequest(
  url: string,
  isAppUrl: (url: string) => boolean,
  devOrigin?: string,
  fromPage = true,
): boolean {
  if (isAppUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!fromPage && isDictionaryDownload(parsed)) return true;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  if (devOrigin) {
    const dev = new URL(devOrigin);
    const wsOrigin = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
    if (parsed.origin === dev.origin || `${parsed.protocol}//${parsed.host}` === wsOrigin) return true;
  }
  return false;
}

export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, isAppUrl) === 'open-external') openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, isAppUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternal(url);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownSession(session: Session, isAppUrl: (url: string) => boolean, devOrigin?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, isAppUrl, devOrigin, details.webContentsId !== undefined) });
  });
}
