// What Electronegativity cannot see: the options every BrowserWindow really gets (they come from
// a builder it does not follow), the CSP string, and the sender check on every channel.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/appProtocol.ts';
import { appUrlMatcher } from '../../electron/main/invocationGuard.ts';
import type { SenderFrame, SenderPolicy } from '../../electron/main/invocationGuard.ts';
import { mainWindowOptions } from '../../electron/main/windowOptions.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/services/contentSecurityPolicy.ts';
import { createHandlers } from '../../electron/services/crosscheckHandlers.ts';
import { API_METHODS, CHANNELS } from '../../electron/shared/ipcContract.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { databaseChecksum } from './databaseChecksum.ts';

type IpcHandler = (event: unknown, payload: unknown) => Promise<unknown>;
// The fake is Electron's ipcMain (the binary cannot run here), not one of our modules: the real
// router registers its handlers on it, and the test then calls them as Electron would.
const registered = vi.hoisted(() => new Map<string, IpcHandler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, handler);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));
const { registerIpcRouter } = await import('../../electron/main/ipcRouter.ts');

const ROOT = join(import.meta.dirname, '..', '..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const electronSources = sourceFiles(join(ROOT, 'electron')).map((file) => ({
  file: relative(ROOT, file).split('\\').join('/'),
  // Comments out, so a sentence that mentions `new BrowserWindow` does not count as one.
  code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1'),
}));

describe('every BrowserWindow', () => {
  const constructions = electronSources.flatMap(({ file, code }) =>
    [...code.matchAll(/new\s+BrowserWindow\s*\(\s*([A-Za-z_$][\w$]*)?/g)].map((m) => ({ file, builder: m[1] })),
  );

  it('is built from mainWindowOptions() (found by scanning electron/)', () => {
    expect(constructions.length).toBeGreaterThan(0);
    for (const construction of constructions) expect(construction).toEqual({ file: construction.file, builder: 'mainWindowOptions' });
  });

  it('has no other source of web preferences: no BrowserView, WebContentsView or <webview>', () => {
    const offenders = electronSources.filter(({ file, code }) =>
      /new\s+(BrowserView|WebContentsView)\b|webPreferences\s*:/.test(code) && file !== 'electron/main/windowOptions.ts',
    );
    expect(offenders.map((o) => o.file)).toEqual([]);
  });

  it.each([
    ['a packaged app', true],
    ['development', false],
  ])('gets the locked-down web preferences in %s', (_label, isPackaged) => {
    const options = mainWindowOptions({
      placement: { width: 1000, height: 700, maximized: false }, preloadPath: '/app/out/preload/index.cjs',
      title: 'Crosscheck', isPackaged, darkBackground: false,
    });
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !isPackaged,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.show).toBe(false);
  });

  it('turns the sandbox on for the whole app, whatever a window says', () => {
    expect(electronSources.find((s) => s.file === 'electron/main/index.ts')?.code).toMatch(/app\.enableSandbox\(\)/);
  });
});

/** Directive name → its sources, for a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name = '', ...values] = d.split(/\s+/);
      return [name.toLowerCase(), values];
    }),
  );
}

describe('the Content Security Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('runs only the app\'s own scripts: no inline, no eval, no wasm eval, no remote hosts', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|\*|https?:/);
  });

  it('denies by default and closes plugins, framing, base and form targets', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.has('frame-src')).toBe(false); // falls back to default-src 'none'
  });

  it('allows inline code nowhere but styles', () => {
    const inline = [...policy].filter(([, values]) => values.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(['style-src']);
  });

  it('is the header on every app response, next to nosniff and a closed opener', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('matches the meta-tag copy in renderer/index.html (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const fromMeta = directives(meta);
    for (const [name, values] of policy) {
      // frame-ancestors and manifest-src are header-only or irrelevant in a meta tag.
      if (name === 'frame-ancestors' || name === 'manifest-src') continue;
      expect([name, fromMeta.get(name)]).toEqual([name, values]);
    }
  });
});

describe('the sender check on every channel', () => {
  let dir: string;
  let store: CrosscheckStore;
  const appFrame: SenderFrame = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 };
  const policy: SenderPolicy = { appMainFrame: () => appFrame, isAppUrl: appUrlMatcher(APP_ENTRY_URL) };
  const untrusted: [string, unknown][] = [
    ['a subframe', { senderFrame: { ...appFrame, routingId: 7, parent: appFrame } }],
    ['a web page in the main frame', { senderFrame: { ...appFrame, url: 'https://evil.example/' } }],
    ['another window', { senderFrame: { ...appFrame, processId: 9 } }],
    ['a destroyed frame with unknown ids', { senderFrame: null, processId: 9, frameId: 9 }],
  ];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-sender-'));
    store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
    store.createStory({ title: 'Existing' });
    registerIpcRouter(createHandlers({ store }), policy, () => {});
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const channels = API_METHODS.map((method) => CHANNELS[method].channel);

  it('registers exactly the contract\'s channels with ipcMain', () => {
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it.each(channels)('%s refuses every untrusted sender before touching the payload or the library', async (channel) => {
    const handler = registered.get(channel);
    expect(handler).toBeDefined();
    const before = databaseChecksum(store.db);
    for (const [, event] of untrusted) {
      // A payload that would be valid for creation channels: refused anyway.
      const result = await handler!(event, { title: 'x', text: 'x', id: 'x', storyId: 'x', sourceId: 'x', query: 'x' });
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'This request did not come from the Crosscheck window and was refused.' } });
    }
    expect(databaseChecksum(store.db)).toBe(before);
    // The app frame itself gets past the door (any answer but forbidden).
    const trusted = (await handler!({ senderFrame: appFrame }, {})) as { ok: boolean; error?: { code: string } };
    expect(trusted.error?.code).not.toBe('forbidden');
  });
});
