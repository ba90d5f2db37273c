// The renderer is served from a privileged custom scheme (crosscheck://app/…) rather than file://,
// as Electron's security checklist advises: file:// pages can read any local file and share one
// origin, while this scheme serves only the built renderer, with the CSP on every response.
import type { Protocol } from 'electron';
import { readStaticAsset } from '../services/staticAssets.ts';

export const APP_SCHEME = 'crosscheck';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before `app.whenReady()`. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

export function serveAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const asset = await readStaticAsset(rendererDir, url.pathname);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
}
