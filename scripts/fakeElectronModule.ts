// A stand-in for the `electron` module, for scripts/smokeElectron.ts: the Electron binary cannot
// run on CI machines, but the built main and preload bundles can, under Node, if `electron`
// resolves to this. It does no security work of its own — it only records what the bundles ask
// for (window options, handlers, listeners) and lets the smoke test fire Electron's events at
// them, so every decision the smoke observes was made by the app's code.
import { fork } from 'node:child_process';
import type { Serializable } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export interface FakeEvent {
  readonly url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: string };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type BeforeRequestListener = (details: { url: string; webContentsId?: number; resourceType: string }, callback: (response: { cancel?: boolean }) => void) => void;
type IpcMainHandler = (event: unknown, payload: unknown) => unknown;
type IpcRendererListener = (event: unknown, ...args: unknown[]) => void;
interface MenuTemplateItem {
  label?: string;
  submenu?: MenuTemplateItem[];
  click?: (...args: unknown[]) => void;
}

let nextProcessId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextProcessId;
  readonly mainFrame: FakeFrame = { url: '', parent: null, processId: nextProcessId++, routingId: 1 };
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly session: { addWordToSpellCheckerDictionary(word: string): boolean };

  private readonly deliver: (channel: string, args: unknown[]) => void;

  constructor(deliver: (channel: string, args: unknown[]) => void) {
    super();
    this.deliver = deliver;
    this.session = { addWordToSpellCheckerDictionary: () => true };
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    this.deliver(channel, args);
  }

  replaceMisspelling(): void {}
  isDestroyed(): boolean {
    return false;
  }

  /** Fires a navigation-style event the way Electron 45 does: the url on the event object. */
  fire(eventName: string, url: string, extra: Record<string, unknown> = {}): FakeEvent {
    const event: FakeEvent & Record<string, unknown> = {
      url, defaultPrevented: false, ...extra,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    this.emit(eventName, event, url);
    return event;
  }
}

export function createFakeElectronModule(paths: { userData: string; appPath: string }) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    sandboxEnabled: false,
    exitCode: undefined as number | undefined,
    name: '',
    readyResolvers: [] as (() => void)[],
    requestSingleInstanceLock: () => true,
    setName(name: string) {
      app.name = name;
    },
    enableSandbox() {
      app.sandboxEnabled = true;
    },
    whenReady(): Promise<void> {
      return new Promise((resolve) => app.readyResolvers.push(resolve));
    },
    isReady: () => true,
    quit() {},
    exit(code?: number) {
      app.exitCode = code ?? 0;
    },
    getPath(name: string): string {
      // Electron keeps logs beside the profile on Linux; the smoke needs them only to be writable.
      if (name === 'logs') return join(paths.userData, 'logs');
      if (name !== 'userData') throw new Error(`fake electron: app.getPath('${name}') is not stubbed`);
      return paths.userData;
    },
    getAppPath: () => paths.appPath,
  });

  const privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: typeof privilegedSchemes) {
      privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      protocolHandlers.set(scheme, handler);
    },
  };

  const defaultSession = {
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as ((...args: unknown[]) => boolean) | undefined,
    beforeRequest: undefined as BeforeRequestListener | undefined,
    setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
      defaultSession.permissionRequestHandler = handler ?? undefined;
    },
    setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null) {
      defaultSession.permissionCheckHandler = handler ?? undefined;
    },
    setDevicePermissionHandler() {},
    setDisplayMediaRequestHandler() {},
    webRequest: {
      onBeforeRequest(filter: unknown, listener?: BeforeRequestListener) {
        defaultSession.beforeRequest = (listener ?? filter) as BeforeRequestListener;
      },
    },
  };
  const session = { defaultSession };

  const ipcMainHandlers = new Map<string, IpcMainHandler>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle(channel: string, handler: IpcMainHandler) {
      if (ipcMainHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMainHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      ipcMainHandlers.delete(channel);
    },
  });

  const rendererListeners = new EventEmitter();
  const ipcRenderer = {
    /** Where the preload's invoke goes; the smoke points it at ipcMain with a chosen sender. */
    route: (async () => {
      throw new Error('fake electron: ipcRenderer.invoke has no route yet');
    }) as (channel: string, payload: unknown) => Promise<unknown>,
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      return ipcRenderer.route(channel, args[0]);
    },
    on(channel: string, listener: IpcRendererListener) {
      rendererListeners.on(channel, listener);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: IpcRendererListener) {
      rendererListeners.off(channel, listener);
      return ipcRenderer;
    },
    send() {
      throw new Error('fake electron: the preload must not use ipcRenderer.send');
    },
    sendSync() {
      throw new Error('fake electron: the preload must not use ipcRenderer.sendSync');
    },
  };

  const exposed: { key: string; api: unknown }[] = [];
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      exposed.push({ key, api });
    },
  };

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents((channel, args) => rendererListeners.emit(channel, { sender: 'main' }, ...args));
    maximized = false;
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
    constructor(options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
      app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    }
    static getAllWindows = () => [...windows];
    static getFocusedWindow = () => windows[0] ?? null;
    async loadURL(url: string): Promise<void> {
      this.webContents.mainFrame.url = url;
      this.webContents.emit('did-navigate', { url }, url);
    }
    maximize() {
      this.maximized = true;
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => this.maximized;
    restore() {}
    focus() {}
    show() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
  }

  const menus: { applicationMenu: MenuTemplateItem[] | undefined } = { applicationMenu: undefined };
  const Menu = {
    buildFromTemplate: (template: MenuTemplateItem[]) => ({ template, popup() {} }),
    setApplicationMenu(menu: { template: MenuTemplateItem[] } | null) {
      menus.applicationMenu = menu?.template;
    },
  };

  const openedExternally: string[] = [];
  const shell = {
    openExternal(url: string): Promise<void> {
      openedExternally.push(url);
      return Promise.resolve();
    },
  };

  const errorBoxes: string[] = [];
  const dialog = {
    showErrorBox(title: string, content: string) {
      errorBoxes.push(`${title}: ${content}`);
    },
    showMessageBoxSync: () => 1,
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
  };

  // Electron's utilityProcess is a Node child with a message port; a forked Node is the nearest
  // thing that runs here. The child sees process.send instead of process.parentPort, which the
  // importer's parseProcess.ts accepts as well.
  const utilityForks: string[] = [];
  const utilityProcess = {
    fork(modulePath: string, args: string[] = []) {
      utilityForks.push(modulePath);
      const child = fork(modulePath, args, { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      const handle = Object.assign(new EventEmitter(), {
        postMessage: (message: unknown) => child.send(message as Serializable),
        kill: () => child.kill('SIGKILL'),
      });
      child.on('message', (message) => handle.emit('message', message));
      child.once('exit', (code) => handle.emit('exit', code ?? 1));
      return handle;
    },
  };

  // A session without an OS keychain: the newsroom password is then kept out of the file.
  const safeStorage = {
    isEncryptionAvailable: () => false,
    encryptString: () => { throw new Error('no keychain in the smoke test'); },
    decryptString: () => { throw new Error('no keychain in the smoke test'); },
  };

  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
  const nativeTheme = { shouldUseDarkColors: false };

  /** What `import … from 'electron'` and `require('electron')` see. */
  const module: Record<string, unknown> = {
    app, BrowserWindow: FakeBrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, nativeTheme, protocol, safeStorage, screen, session, shell,
    utilityProcess,
  };
  return {
    module,
    app,
    windows,
    privilegedSchemes,
    protocolHandlers,
    defaultSession,
    ipcMainHandlers,
    ipcRenderer,
    exposed,
    menus,
    openedExternally,
    errorBoxes,
    utilityForks,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectronModule>;
export type { MenuTemplateItem };
