// Electron main process: one instance, one window, the library in userData, and every security
// switch from Electron's checklist. Logic lives in small plain modules (tested in Node); this file
// wires them to Electron.
import { app, BrowserWindow, dialog, Menu, nativeTheme, protocol, safeStorage, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes } from '../importers/importDocument.ts';
import { createSealedCredentialStore } from '../server/serverCredentials.ts';
import { createHandlers } from '../services/crosscheckHandlers.ts';
import { createNewsroomService } from '../services/newsroomService.ts';
import type { NewsroomService } from '../services/newsroomService.ts';
import { createErrorLog } from '../services/createErrorLog.ts';
import { isSafeExternalUrl } from '../services/safeExternalUrl.ts';
import { noBackupMessage, planLibraryStartup, restoreOffer } from '../services/libraryStartup.ts';
import { openLibrary } from '../services/openLibrary.ts';
import { MENU_COMMAND_CHANNEL } from '../shared/ipcContract.ts';
import type { MenuCommand } from '../shared/ipcContract.ts';
import type { CrosscheckStore } from '../store/crosscheckStore.ts';
import { BACKUP_DIR_NAME, restoreLibrary, scheduleDailyBackups } from '../store/libraryBackup.ts';
import { APP_ENTRY_URL, registerAppScheme, serveAppProtocol } from './appProtocol.ts';
import { buildContextMenuTemplate } from './contextMenu.ts';
import { buildMenuTemplate } from './appMenu.ts';
import { createFileDialogs } from './fileDialogs.ts';
import { appUrlMatcher } from './invocationGuard.ts';
import type { SenderPolicy } from './invocationGuard.ts';
import { registerIpcRouter } from './ipcRouter.ts';
import { createUnsavedChangesGuard } from './unsavedChangesGuard.ts';
import { hardenWebContents, lockDownSession } from './webContentsSecurity.ts';
import { utilityParseProcess } from './utilityParseProcess.ts';
import { mainWindowOptions } from './windowOptions.ts';
import { placeWindow, WINDOW_STATE_KEY } from './windowState.ts';

const APP_NAME = 'Crosscheck';
/** Set by `electron-vite dev` only; a packaged or previewed app always loads the built files. */
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const isAppUrl = appUrlMatcher(entryUrl);
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

let mainWindow: BrowserWindow | undefined;
let store: CrosscheckStore | undefined;
let stopBackups: (() => void) | undefined;
let newsroom: NewsroomService | undefined;
/** Ids of the last main frame that committed the app page (see SenderPolicy.lastAppFrame). */
let lastAppFrame: { processId: number; routingId: number } | undefined;

/** Set once the app is ready (the logs folder needs it); stderr only before that. */
let logError = createErrorLog({ prefix: '[crosscheck]' });
/** A quit was asked for (Cmd+Q, the menu): it goes on once the unsaved-changes question is answered. */
let quitRequested = false;
/** The window's unsaved-edit state, as the renderer last reported it. */
const unsavedChanges = createUnsavedChangesGuard({
  requestSave: () => sendMenuCommand('save-now'),
  confirmDiscard: async (question) => {
    const options = {
      type: 'warning' as const, title: APP_NAME, message: question.message, detail: question.detail,
      buttons: question.buttons, defaultId: 0, cancelId: 0, noLink: true,
    };
    const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 1) quitRequested = false;
    return response === 1;
  },
  close: () => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.close();
    if (quitRequested) app.quit();
  },
});

function openExternal(url: string): void {
  // Re-checked here so no caller can reach shell.openExternal with a file: or custom-scheme URL.
  // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK only http(s) URLs with a host and no credentials pass isSafeExternalUrl on this line
  if (isSafeExternalUrl(url)) shell.openExternal(url).catch((error: unknown) => logError('openExternal', error));
}

function sendMenuCommand(command: MenuCommand): void {
  const window = mainWindow ?? BrowserWindow.getFocusedWindow() ?? undefined;
  window?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

// Before anything else: a second launch focuses the running app instead of opening the same
// SQLite library twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setName(APP_NAME);
  // Every renderer sandboxed, whatever a BrowserWindow's options say.
  app.enableSandbox();
  registerAppScheme(protocol);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Applies to every web contents ever created, including ones we did not create on purpose.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, isAppUrl, openExternal);
    contents.on('context-menu', (_e, params) => {
      const template = buildContextMenuTemplate(params, {
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      });
      if (template.length > 0) Menu.buildFromTemplate(template).popup();
    });
  });

  app.whenReady().then(start, (error: unknown) => fatal(error));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('will-quit', () => {
    stopBackups?.();
    // The sync loop stops with the process; its outbox is durable, so nothing is lost mid-round.
    void newsroom?.stop();
    store?.close();
    store = undefined;
  });
}

function start(): void {
  const dataDir = app.getPath('userData');
  logError = createErrorLog({ prefix: '[crosscheck]', file: join(app.getPath('logs'), 'crosscheck.log') });
  try {
    if (!checkLibraryAtStart(dataDir)) return;
    store = openLibrary(dataDir, join(app.getAppPath(), 'assets', 'samples'));
  } catch (error) {
    fatal(error);
    return;
  }
  stopBackups = scheduleDailyBackups(store.db, join(dataDir, BACKUP_DIR_NAME), logError);
  lockDownSession(session.defaultSession, isAppUrl, devServerUrl);
  if (!devServerUrl) serveAppProtocol(protocol, rendererDir);

  // The newsroom login sits beside the library, its password sealed with the OS keychain's key.
  newsroom = createNewsroomService({ store, credentials: createSealedCredentialStore(join(dataDir, 'newsroom-server.json'), safeStorage) });
  const handlers = createHandlers({
    store,
    newsroom,
    openExternal: async (url) => openExternal(url),
    setUnsavedChanges: (unsaved, problem) => unsavedChanges.setUnsaved(unsaved, problem),
    importFile: (fileName, bytes) => importBytes(fileName, bytes, { launch: utilityParseProcess }),
    ...createFileDialogs(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined)),
  });
  const policy: SenderPolicy = {
    appMainFrame: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : undefined),
    lastAppFrame: () => lastAppFrame,
    isAppUrl,
  };
  registerIpcRouter(handlers, policy, logError);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ platform: process.platform, appName: APP_NAME, isDevelopment: !app.isPackaged, send: sendMenuCommand }),
    ),
  );
  createWindow();
}

function createWindow(): void {
  const placement = placeWindow(
    store?.getStateValue(WINDOW_STATE_KEY),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  // The options come from mainWindowOptions(), where Electronegativity cannot follow them;
  // tests/electron/windowSecurity.test.ts asserts them and that every BrowserWindow uses it.
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK contextIsolation: true in mainWindowOptions, asserted by windowSecurity.test.ts
  // electronegativity-justified: SANDBOX_JS_CHECK sandbox: true in mainWindowOptions (and app.enableSandbox()), asserted by windowSecurity.test.ts
  // electronegativity-justified: AUXCLICK_JS_CHECK disableBlinkFeatures: 'Auxclick' in mainWindowOptions, asserted by windowSecurity.test.ts
  const window = new BrowserWindow(
    mainWindowOptions({
      placement, preloadPath, title: APP_NAME, isPackaged: app.isPackaged, darkBackground: nativeTheme.shouldUseDarkColors,
    }),
  );
  mainWindow = window;
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (!unsavedChanges.allowClose()) {
      event.preventDefault();
      return;
    }
    saveWindowState(window);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  window.webContents.on('did-navigate', (_event, url) => {
    unsavedChanges.reset();
    const frame = window.webContents.mainFrame;
    lastAppFrame = isAppUrl(url) ? { processId: frame.processId, routingId: frame.routingId } : undefined;
  });
  window.webContents.on('render-process-gone', (_event, details) => logError('renderer', details.reason));
  window.loadURL(entryUrl).catch((error: unknown) => logError('loadURL', error));
}

/** PRAGMA integrity_check before the library opens; on damage, offers the newest good backup.
 *  Returns false when the app is quitting instead. */
function checkLibraryAtStart(dataDir: string): boolean {
  const plan = planLibraryStartup(dataDir);
  if (plan.action === 'open') return true;
  logError('library check', plan.problems.join('; '));
  if (plan.action === 'no-good-backup') {
    dialog.showErrorBox('Your Crosscheck library is damaged', noBackupMessage(plan));
    app.exit(1);
    return false;
  }
  const offer = restoreOffer(plan);
  const choice = dialog.showMessageBoxSync({
    type: 'error', title: APP_NAME, message: offer.message, detail: offer.detail, buttons: offer.buttons,
    defaultId: 0, cancelId: 1, noLink: true,
  });
  if (choice !== 0) {
    app.exit(1);
    return false;
  }
  restoreLibrary(plan.libraryFile, plan.backup);
  return true;
}

function saveWindowState(window: BrowserWindow): void {
  if (!store || window.isDestroyed()) return;
  try {
    store.setStateValue(WINDOW_STATE_KEY, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  } catch (error) {
    logError('saveWindowState', error);
  }
}

function fatal(error: unknown): void {
  logError('startup', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(`${APP_NAME} could not start`, `Your library could not be opened.\n\n${detail}`);
  app.exit(1);
}
