// Serving the built renderer (out/renderer) to the Electron protocol handler and the preview
// host alike: only files under the root, never a path that escapes it, always with the
// security headers, and never a directory listing.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from './contentSecurityPolicy.ts';

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path names inside `rootDir`, or null if it would leave the root. */
export function resolveStaticPath(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(rootDir);
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = resolve(root, `.${relative.startsWith('/') ? '' : '/'}${relative}`);
  return file.startsWith(root + sep) ? file : null;
}

export async function readStaticAsset(
  rootDir: string,
  urlPathname: string,
): Promise<StaticResponse> {
  const notFound = (): StaticResponse => ({
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from('Not found'),
  });
  const file = resolveStaticPath(rootDir, urlPathname);
  if (!file) return notFound();
  try {
    if (!(await stat(file)).isFile()) return notFound();
    const body = await readFile(file);
    const type = contentTypeFor(file);
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' },
      body,
    };
  } catch {
    return notFound();
  }
}
