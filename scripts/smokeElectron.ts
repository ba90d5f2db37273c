// `npm run smoke:electron`: the built desktop app's wiring, run for real under Node.
//
// The unit tests check the security decisions as plain functions; nothing there notices if the
// wiring around them is lost — a will-navigate listener removed, a permission handler that says
// yes, the protocol's host check dropped, a generic `invoke` added to the preload, or a preload
// path that names a file the build does not emit. The Electron binary cannot run on CI, so this
// loads the built bundles (out/main/index.js as ESM, out/preload/index.cjs as a sandboxed
// script) with `electron` resolved to scripts/fakeElectronModule.ts, lets the main process start
// on a scratch library, and then fires Electron's events at whatever the app registered.
//
//   node scripts/smokeElectron.ts [--out DIR] [--no-build]
//
// --out DIR   build into (or read) DIR instead of out/ (the vitest wrapper uses a scratch folder)
// --no-build  use the bundles already in DIR
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from '../electron/main/appProtocol.ts';
import { CONTENT_SECURITY_POLICY } from '../electron/services/contentSecurityPolicy.ts';
import { API_METHODS, CHANNELS, CROSSCHECK_API_KEY, MENU_COMMAND_CHANNEL, MENU_COMMANDS } from '../electron/shared/ipcContract.ts';
import { createFakeElectronModule } from './fakeElectronModule.ts';
import type { FakeElectron, FakeFrame, FakeWebContents, MenuTemplateItem } from './fakeElectronModule.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FAKE_ELECTRON_KEY = Symbol.for('crosscheck.smoke.fakeElectron');
const FAKE_ELECTRON_URL = 'crosscheck-smoke:electron';
/** The only property besides the contract's methods that the preload may expose. */
const PRELOAD_EXTRAS = ['onMenuCommand'];

type Fail = (message: string) => void;
interface Section {
  name: string;
  run: (fail: Fail) => void | Promise<void>;
}

/** Routes `import … from 'electron'` in the main bundle to the fake. Its export list is the
 *  fake's own keys, so a bundle that needs an Electron API the fake lacks fails to link, loudly. */
function resolveElectronToFake(fake: FakeElectron): void {
  (globalThis as Record<symbol, unknown>)[FAKE_ELECTRON_KEY] = fake.module;
  const names = Object.keys(fake.module);
  nodeModule.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron') return { url: FAKE_ELECTRON_URL, format: 'module', shortCircuit: true };
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (url !== FAKE_ELECTRON_URL) return nextLoad(url, context);
      const source = `const electron = globalThis[Symbol.for(${JSON.stringify(FAKE_ELECTRON_KEY.description)})];\n` +
        `export const { ${names.join(', ')} } = electron;\nexport default electron;\n`;
      return { format: 'module', source, shortCircuit: true };
    },
  });
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolveWait) => setTimeout(resolveWait, 10));
  }
  return true;
}

/** Runs the preload the way a sandboxed renderer does: its own global scope, and a `require`
 *  that knows only `electron` (a sandboxed preload cannot load packages or Node modules). */
function runPreload(preloadPath: string, fake: FakeElectron): void {
  const code = readFileSync(preloadPath, 'utf8');
  const context = vm.createContext({ console });
  const run = vm.compileFunction(code, ['require', 'module', 'exports'], { parsingContext: context, filename: preloadPath });
  const module = { exports: {} };
  const sandboxedRequire = (name: string) => {
    if (name === 'electron') return fake.module;
    throw new Error(`a sandboxed preload cannot require '${name}'`);
  };
  run(sandboxedRequire, module, module.exports);
}

function menuClickables(items: MenuTemplateItem[] | undefined): MenuTemplateItem[] {
  return (items ?? []).flatMap((item) => [...(item.click ? [item] : []), ...menuClickables(item.submenu)]);
}

function sections(fake: FakeElectron, outDir: string): Section[] {
  const window = () => fake.windows[0];
  const contents = (): FakeWebContents => {
    const w = window();
    if (!w) throw new Error('the main process created no BrowserWindow');
    return w.webContents;
  };
  const invokeAs = async (frame: FakeFrame | null, channel: string, payload: unknown) => {
    const handler = fake.ipcMainHandlers.get(channel);
    if (!handler) throw new Error(`no ipcMain handler for '${channel}'`);
    return (await handler({ senderFrame: frame, processId: frame?.processId, frameId: frame?.routingId }, payload)) as
      { ok: boolean; error?: { code: string } };
  };
  const contractChannels: string[] = API_METHODS.map((method) => CHANNELS[method].channel);
  const getStateChannel = CHANNELS.getAppState.channel;

  return [
    {
      name: 'the main process starts',
      run(fail) {
        if (fake.app.exitCode !== undefined) fail(`app.exit(${fake.app.exitCode}) was called: ${fake.errorBoxes.join(' | ') || 'no error box shown'}`);
        if (fake.windows.length !== 1) fail(`expected one BrowserWindow, found ${fake.windows.length}`);
        if (!fake.app.sandboxEnabled) fail('app.enableSandbox() was not called: renderers would run unsandboxed unless each window asks');
        const scheme = fake.privilegedSchemes.find((s) => s.scheme === APP_SCHEME);
        if (!scheme?.privileges?.['standard'] || !scheme.privileges['secure']) fail(`the ${APP_SCHEME}: scheme is not registered as standard and secure`);
      },
    },
    {
      name: 'the window',
      run(fail) {
        const prefs = window()?.options.webPreferences ?? {};
        const preload = prefs['preload'];
        if (typeof preload !== 'string' || !isAbsolute(preload)) fail(`webPreferences.preload is not an absolute path: ${String(preload)}`);
        else if (!existsSync(preload)) {
          fail(`webPreferences.preload names ${preload}, which does not exist: the app would start with no window.${CROSSCHECK_API_KEY} API`);
        } else if (resolve(preload) !== resolve(outDir, 'preload', 'index.cjs')) {
          fail(`webPreferences.preload is ${preload}, not the preload this build emitted`);
        }
        for (const [key, value] of [['contextIsolation', true], ['sandbox', true], ['nodeIntegration', false], ['webviewTag', false]] as const) {
          if (prefs[key] !== value) fail(`webPreferences.${key} is ${String(prefs[key])}, expected ${String(value)}`);
        }
        if (contents().mainFrame.url !== APP_ENTRY_URL) fail(`the window loaded ${contents().mainFrame.url}, not ${APP_ENTRY_URL}`);
      },
    },
    {
      name: `the ${APP_SCHEME}:// protocol`,
      async run(fail) {
        const handler = fake.protocolHandlers.get(APP_SCHEME);
        if (!handler) {
          fail(`no protocol.handle('${APP_SCHEME}') was registered`);
          return;
        }
        const page = await handler(new Request(APP_ENTRY_URL));
        if (page.status !== 200) fail(`${APP_ENTRY_URL} answered ${page.status}`);
        if (page.headers.get('Content-Security-Policy') !== CONTENT_SECURITY_POLICY) {
          fail(`${APP_ENTRY_URL} lacks the app's Content-Security-Policy header (got ${JSON.stringify(page.headers.get('Content-Security-Policy'))})`);
        }
        if (!(await page.text()).includes('<script type="module"')) fail(`${APP_ENTRY_URL} is not the built renderer page`);
        // Each would reach out/main/index.js or package.json if the handler let a path escape.
        for (const path of ['/..%2fmain%2findex.js', '/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5cmain%5cindex.js', '/assets/..%2f..%2f..%2fpackage.json']) {
          const response = await handler(new Request(`${APP_ORIGIN}${path}`));
          if (response.status === 200) fail(`${APP_ORIGIN}${path} was served (status 200): a path outside the renderer folder escaped the protocol handler`);
        }
        for (const url of [`${APP_SCHEME}://evil.example/index.html`, `${APP_SCHEME}://app.evil/index.html`, `${APP_SCHEME}://localhost/index.html`]) {
          const response = await handler(new Request(url));
          if (response.status !== 404) fail(`${url} answered ${response.status}, not 404: the protocol handler serves the app to a foreign host`);
        }
        const post = await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
        if (post.status === 200) fail(`POST ${APP_ENTRY_URL} was served`);
      },
    },
    {
      name: 'the IPC router',
      async run(fail) {
        const registered = [...fake.ipcMainHandlers.keys()];
        const missing = contractChannels.filter((c) => !registered.includes(c));
        const extra = registered.filter((c) => !contractChannels.includes(c));
        if (missing.length > 0) fail(`contract channels with no ipcMain handler: ${missing.join(', ')}`);
        if (extra.length > 0) fail(`ipcMain handlers for channels the contract does not list: ${extra.join(', ')}`);
        const main = contents().mainFrame;
        const trusted = await invokeAs(main, getStateChannel, {});
        if (!trusted.ok) fail(`the app's own main frame was refused ${getStateChannel}: ${JSON.stringify(trusted)}`);
        const untrusted: [string, FakeFrame | null][] = [
          ['a subframe of the app page', { ...main, routingId: main.routingId + 1, parent: main }],
          ['the main frame showing a web page', { ...main, url: 'https://evil.example/' }],
          ['another window', { ...main, processId: main.processId + 100 }],
          ['a destroyed frame with unknown ids', null],
        ];
        for (const [label, frame] of untrusted) {
          const result = await invokeAs(frame, getStateChannel, {});
          if (result.error?.code !== 'forbidden') fail(`${label} was not refused ${getStateChannel}: ${JSON.stringify(result).slice(0, 120)}`);
        }
      },
    },
    {
      name: 'navigation',
      run(fail) {
        const wc = contents();
        if (wc.listenerCount('will-navigate') === 0) {
          fail('no will-navigate listener on the app window: a link or script could take the window to any page');
        }
        const away = 'https://evil.example/phish';
        const before = fake.openedExternally.length;
        if (!wc.fire('will-navigate', away).defaultPrevented) fail(`will-navigate to ${away} was not prevented: the app window would leave the app`);
        if (!fake.openedExternally.slice(before).includes(away)) fail(`will-navigate to ${away} did not hand the link to the system browser`);
        const local = 'file:///etc/passwd';
        if (!wc.fire('will-navigate', local).defaultPrevented) fail(`will-navigate to ${local} was not prevented`);
        if (wc.fire('will-navigate', `${APP_ENTRY_URL}#story`).defaultPrevented) fail('navigation inside the app page was prevented');
        if (!wc.fire('will-redirect', away).defaultPrevented) fail(`will-redirect to ${away} was not prevented`);
        if (!wc.fire('will-frame-navigate', away, { isMainFrame: false }).defaultPrevented) fail(`a subframe navigating to ${away} was not prevented`);
        if (!wc.fire('will-attach-webview', 'about:blank').defaultPrevented) fail('a <webview> was allowed to attach');
        if (fake.openedExternally.slice(before).some((url) => !url.startsWith('https://'))) {
          fail(`shell.openExternal was called with a non-web URL: ${fake.openedExternally.slice(before).join(', ')}`);
        }
      },
    },
    {
      name: 'window.open',
      run(fail) {
        const handler = contents().windowOpenHandler;
        if (!handler) {
          fail('no window open handler: window.open would create new windows');
          return;
        }
        const open = (url: string) => handler({ url, frameName: '', features: '', disposition: 'new-window' });
        const web = 'https://example.com/news';
        const before = fake.openedExternally.length;
        if (open(web).action !== 'deny') fail(`window.open(${web}) was not denied`);
        if (!fake.openedExternally.slice(before).includes(web)) fail(`window.open(${web}) did not go to the system browser through shell.openExternal`);
        for (const url of ['file:///etc/passwd', 'javascript:alert(1)', APP_ENTRY_URL, 'smb://host/share']) {
          const opened = fake.openedExternally.length;
          if (open(url).action !== 'deny') fail(`window.open(${url}) was not denied`);
          if (fake.openedExternally.length !== opened) fail(`window.open(${url}) was passed to shell.openExternal`);
        }
      },
    },
    {
      name: 'the session',
      run(fail) {
        const session = fake.defaultSession;
        const request = session.permissionRequestHandler;
        if (!request) fail('no permission request handler: Electron grants every permission request by default');
        for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
          let answer: boolean | undefined;
          request?.(contents(), permission, (granted) => {
            answer = granted;
          }, { requestingUrl: APP_ENTRY_URL });
          if (request && answer !== false) fail(`the permission request '${permission}' was ${answer === true ? 'granted' : 'left unanswered'}`);
        }
        const check = session.permissionCheckHandler;
        if (!check) fail('no permission check handler: Electron answers permission checks with yes by default');
        else if (check(contents(), 'media', APP_ORIGIN, {}) !== false) fail("the permission check for 'media' did not answer false");
        const beforeRequest = session.beforeRequest;
        if (!beforeRequest) {
          fail('no webRequest.onBeforeRequest listener: pages could fetch from the network');
          return;
        }
        const decide = (url: string) => {
          let cancel: boolean | undefined;
          beforeRequest({ url, webContentsId: contents().id, resourceType: 'image' }, (response) => {
            cancel = response.cancel === true;
          });
          return cancel;
        };
        for (const url of ['https://evil.example/pixel.png', 'http://127.0.0.1:8080/', 'file:///etc/passwd']) {
          if (decide(url) !== true) fail(`a page request to ${url} was not cancelled`);
        }
        if (decide(`${APP_ORIGIN}/assets/index.js`) !== false) fail(`the app's own ${APP_ORIGIN}/assets/index.js was cancelled`);
      },
    },
    {
      name: 'the import process',
      async run(fail) {
        const wire = Buffer.from('Three killed, 45 injured.').toString('base64');
        const imported = (await invokeAs(contents().mainFrame, CHANNELS.importSourceFile.channel, { fileName: 'wire.txt', dataBase64: wire })) as
          { ok: boolean; value?: { text?: string }; error?: { message?: string } };
        if (imported.value?.text !== 'Three killed, 45 injured.') fail(`importing a .txt through the real router failed: ${JSON.stringify(imported).slice(0, 200)}`);
        const started = fake.utilityForks.map((path) => path.split(/[\\/]/).pop());
        if (started.join() !== 'parseProcess.js') {
          fail(`the import was not parsed in a utilityProcess started from the bundle's parseProcess.js (started: [${started.join(', ')}])`);
        }
      },
    },
    {
      name: 'the preload',
      async run(fail) {
        const preloadPath = window()?.options.webPreferences?.['preload'];
        if (typeof preloadPath !== 'string' || !existsSync(preloadPath)) {
          fail(`the BrowserWindow's preload (${String(preloadPath)}) cannot be loaded, so the page gets no API`);
          return;
        }
        runPreload(preloadPath, fake);
        if (fake.exposed.length !== 1 || fake.exposed[0]?.key !== CROSSCHECK_API_KEY) {
          fail(`expected one exposeInMainWorld('${CROSSCHECK_API_KEY}', …), got [${fake.exposed.map((e) => e.key).join(', ')}]`);
          return;
        }
        const api = fake.exposed[0].api as Record<string, unknown>;
        const expected = [...API_METHODS, ...PRELOAD_EXTRAS];
        const names = Object.keys(api);
        for (const name of names.filter((n) => !expected.includes(n))) {
          fail(`the preload exposes '${name}', which the IPC contract does not list: ` +
            'a generic bridge would let any script in the page reach any channel');
        }
        for (const name of expected.filter((n) => !names.includes(n))) fail(`the preload lacks the contract method '${name}'`);
        for (const name of names.filter((n) => typeof api[n] !== 'function')) fail(`the preload exposes '${name}' as a ${typeof api[name]}, not a function`);

        // Each method must reach its own channel and nothing else.
        const seen: string[] = [];
        fake.ipcRenderer.route = async (channel) => {
          seen.push(channel);
          return { ok: true, value: null };
        };
        for (const method of API_METHODS) {
          seen.length = 0;
          const fn = api[method];
          if (typeof fn !== 'function') continue;
          await (fn as (request: unknown) => Promise<unknown>)({});
          if (seen.length !== 1 || seen[0] !== CHANNELS[method].channel) {
            fail(`window.${CROSSCHECK_API_KEY}.${method}() invoked [${seen.join(', ')}], not '${CHANNELS[method].channel}'`);
          }
        }

        // A whole round trip: page → preload → ipcMain → handler → store, as the app's frame.
        fake.ipcRenderer.route = (channel, payload) => invokeAs(contents().mainFrame, channel, payload);
        const getState = api['getAppState'];
        const state = typeof getState === 'function' ? ((await getState({})) as { ok?: boolean }) : undefined;
        if (state?.ok !== true) fail(`window.${CROSSCHECK_API_KEY}.getAppState() through the real router did not succeed: ${JSON.stringify(state)}`);

        // Menu commands: a real menu item of the app, through webContents.send, to the page.
        const received: unknown[] = [];
        const subscribe = api['onMenuCommand'];
        if (typeof subscribe !== 'function') return;
        const unsubscribe = (subscribe as (listener: (...args: unknown[]) => void) => () => void)((...args) => received.push(args));
        const item = menuClickables(fake.menus.applicationMenu)[0];
        if (!item?.click) fail('the application menu has no item that sends a command');
        item?.click?.();
        contents().send(MENU_COMMAND_CHANNEL, 'not-a-command');
        const [first] = received as unknown[][];
        if (received.length !== 1 || first?.length !== 1 || !(MENU_COMMANDS as readonly unknown[]).includes(first[0])) {
          fail(`a menu click reached the page as ${JSON.stringify(received)}, expected exactly one known command and no event object`);
        }
        unsubscribe();
        item?.click?.();
        if (received.length !== 1) fail('onMenuCommand kept delivering after unsubscribe');
      },
    },
  ];
}

/** Starts the built main bundle in `outDir` on the fake, runs every check, and returns the
 *  failures (empty when the wiring holds). Loads the bundle into this process: call it once. */
export async function smokeElectron(outDir: string): Promise<string[]> {
  const mainBundle = join(outDir, 'main', 'index.js');
  if (!existsSync(mainBundle)) return [`no main bundle at ${mainBundle}; run \`npm run build\` first`];
  const dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-smoke-'));
  const fake = createFakeElectronModule({ userData: dataDir, appPath: ROOT });
  const failures: string[] = [];
  // The dev-server URL would replace the app protocol; the smoke checks the shipped wiring.
  delete process.env['ELECTRON_RENDERER_URL'];
  resolveElectronToFake(fake);
  try {
    await import(pathToFileURL(mainBundle).href);
    for (const ready of fake.app.readyResolvers) ready();
    if (!(await waitFor(() => fake.windows.length > 0 || fake.app.exitCode !== undefined, 10_000))) {
      return ['the main process neither created a window nor exited within 10 s of app ready'];
    }
    for (const section of sections(fake, outDir)) {
      const before = failures.length;
      const fail: Fail = (message) => failures.push(`${section.name}: ${message}`);
      try {
        await section.run(fail);
      } catch (error) {
        fail(`threw ${error instanceof Error ? error.message : String(error)}`);
      }
      const mine = failures.slice(before);
      console.log(mine.length === 0 ? `ok    ${section.name}` : mine.map((m) => `FAIL  ${m}`).join('\n'));
      if (fake.app.exitCode !== undefined) break;
    }
  } finally {
    fake.app.emit('will-quit');
    rmSync(dataDir, { recursive: true, force: true });
  }
  return failures;
}

/** Whether this Node can route `electron` to the fake: module.registerHooks came in Node 22.15,
 *  below the project's minimum (22.18), so this only speaks to someone on an unsupported Node. */
const canSmokeHere = typeof nodeModule.registerHooks === 'function';

async function main(argv: string[]): Promise<number> {
  if (!canSmokeHere) {
    console.error(`smoke:electron needs Node 22.18 or later (module.registerHooks); this is Node ${process.versions.node}.`);
    return 2;
  }
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
  const outDir = resolve(values.out ?? join(ROOT, 'out'));
  if (!values['no-build']) {
    const { build } = await import('electron-vite');
    await build({ root: ROOT, logLevel: 'warn', ...(values.out ? { build: { outDir } } : {}) });
  }
  const failures = await smokeElectron(outDir);
  if (failures.length > 0) {
    console.error(`\nsmoke:electron: ${failures.length} check(s) failed`);
    return 1;
  }
  console.log('\nsmoke:electron: the built app wiring holds');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('smoke:electron could not run:', error);
      process.exitCode = 1;
    },
  );
}
