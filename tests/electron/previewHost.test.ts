// The preview host over real HTTP on 127.0.0.1: token, CSP, static files, and the same handlers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewHost } from '../../electron/preview/previewHost.ts';
import type { PreviewHost } from '../../electron/preview/previewHost.ts';
import { resolveStaticPath } from '../../electron/services/staticAssets.ts';
import { API_METHODS, CHANNELS, HTTP_TOKEN_HEADER } from '../../electron/shared/ipcContract.ts';
import { minimalPdf } from '../fixtures/documentFiles.ts';

let dir: string;
let host: PreviewHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-preview-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Crosscheck</title></head><body><script type="module" src="/assets/app.js"></script></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  host = await startPreviewHost({ dataDir: join(dir, 'data'), rendererDir });
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(`/api/${channel}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HTTP_TOKEN_HEADER]: host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** node:http lets a test send the raw Host and Origin headers that fetch would not allow. */
function rawRequest(method: string, path: string, headers: Record<string, string>, body?: string): Promise<number> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ method, host: url.hostname, port: url.port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}
const rawGet = (path: string, headers: Record<string, string>) => rawRequest('GET', path, headers);

describe('serving the page', () => {
  it('listens on 127.0.0.1 with a random port and prints an address carrying the token in its fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.openUrl).toBe(`${host.url}#token=${host.token}`);
  });

  it('serves index.html with a strict CSP and without the token (any local program may GET it)', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<title>Crosscheck</title>');
    expect(html).not.toContain(host.token);
    expect(html).not.toMatch(/crosscheck-token/i);
    for (const path of ['/index.html', '/assets/app.js', '/favicon.ico', '/assets/missing.js']) {
      expect(await (await fetch(new URL(path, host.url))).text()).not.toContain(host.token);
    }
  });

  it('serves assets with their type and never a file outside the renderer folder', async () => {
    const asset = await fetch(new URL('/assets/app.js', host.url));
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(new URL('/assets/missing.js', host.url))).status).toBe(404);
    expect(await rawGet('/../secret.txt', { Host: new URL(host.url).host })).toBe(404);
    expect(await rawGet('/%2e%2e/secret.txt', { Host: new URL(host.url).host })).toBe(404);
    expect(resolveStaticPath('/srv/app', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a%00.js')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
  });

  it('answers the browser\'s unprompted favicon request without an error status', async () => {
    expect((await fetch(new URL('/favicon.ico', host.url))).status).toBe(204);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(await rawGet('/', { Host: 'attacker.example' })).toBe(403);
    expect(await rawGet('/', { Host: `localhost:${new URL(host.url).port}` })).toBe(200);
  });

  it('serves the page and the API at http://localhost:PORT too, where the browser sends that Origin', async () => {
    const localhost = `localhost:${new URL(host.url).port}`;
    const status = await rawRequest('POST', '/api/stories.list', {
      Host: localhost, Origin: `http://${localhost}`, 'Content-Type': 'application/json', [HTTP_TOKEN_HEADER]: host.token,
    }, '{}');
    expect(status).toBe(200);
    expect(await rawRequest('POST', '/api/stories.list', {
      Host: localhost, Origin: `http://${localhost}`, 'Content-Type': 'application/json',
    }, '{}')).toBe(403);
  });
});

describe('the API door', () => {
  it('answers 403 without the token or with a wrong one, on every channel', async () => {
    const missing = await api('stories.list', {}, { [HTTP_TOKEN_HEADER]: '' });
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const method of API_METHODS) {
      expect([method, (await api(CHANNELS[method].channel, {}, { [HTTP_TOKEN_HEADER]: '' })).status]).toEqual([method, 403]);
    }
    expect((await api('stories.list', {}, { [HTTP_TOKEN_HEADER]: 'f'.repeat(64) })).status).toBe(403);
  });

  it('answers 403 to a request from another origin even with the token', async () => {
    expect((await api('stories.list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('returns an error Result for a bad payload, unknown channel, wrong method or type, and bad JSON', async () => {
    const bad = await api('stories.get', { id: 7 });
    expect(bad.status).toBe(200);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await api('stories.drop', {});
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([404, 'unknown-channel']);
    const get = await fetch(new URL('/api/stories.list', host.url), { headers: { [HTTP_TOKEN_HEADER]: host.token } });
    expect(get.status).toBe(405);
    expect((await api('stories.list', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    const malformed = await api('stories.list', '{"oops"');
    expect([malformed.status, await malformed.json()]).toEqual([400, { ok: false, error: { code: 'invalid-request', message: 'The request body is not valid JSON.' } }]);
  });
});

describe('the same handlers as the desktop app', () => {
  it('opens on the seeded sample story, saves, and refuses a stale save', async () => {
    const state = (await (await api('app.getState', {})).json()) as { ok: true; value: { lastOpenedStoryId: string } };
    const storyId = state.value.lastOpenedStoryId;
    expect(storyId).toBeTruthy();
    const story = (await (await api('stories.get', { id: storyId })).json()) as { value: { revision: number; document: unknown[]; title: string } };
    expect(story.value.title).toBe('Three killed in Ukrainian drone attack on central Russia');
    const saved = await (await api('stories.save', { id: storyId, document: story.value.document, baseRevision: story.value.revision })).json();
    expect(saved).toMatchObject({ ok: true, value: { revision: story.value.revision + 1 } });
    const stale = await (await api('stories.save', { id: storyId, document: story.value.document, baseRevision: story.value.revision })).json();
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('imports a PDF attached to the story and finds it in search', async () => {
    const state = (await (await api('app.getState', {})).json()) as { value: { lastOpenedStoryId: string } };
    const pdf = Buffer.from(minimalPdf(['Russia controls about 20% of Ukraine.'], 'Territory brief')).toString('base64');
    const imported = await (await api('sources.importFile', { fileName: 'brief.pdf', dataBase64: pdf, storyId: state.value.lastOpenedStoryId })).json();
    expect(imported).toMatchObject({ ok: true, value: { title: 'Territory brief', fileType: 'pdf' } });
    const search = (await (await api('sources.list', { query: 'controls ukraine' })).json()) as { value: { sources: { title: string }[] } };
    expect(search.value.sources.map((s) => s.title)).toEqual(['Territory brief']);
    const linked = (await (await api('storySources.list', { storyId: state.value.lastOpenedStoryId })).json()) as { value: { sources: unknown[] } };
    expect(linked.value.sources).toHaveLength(2);
  });

  it('says that links open only in the desktop app', async () => {
    expect(await (await api('app.openExternal', { url: 'https://example.com' })).json()).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
