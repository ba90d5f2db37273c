// The one place a BrowserWindow's options are decided. Kept free of Electron runtime imports so
// the security preferences are asserted in plain Node (tests/electron/windowSecurity.test.ts),
// and that test also scans electron/ to prove every `new BrowserWindow` is built from here.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowPlacement } from './windowState.ts';
import { MIN_WINDOW_SIZE } from './windowState.ts';

export interface MainWindowInputs {
  placement: WindowPlacement;
  preloadPath: string;
  title: string;
  isPackaged: boolean;
  darkBackground: boolean;
}

/** Electron's security checklist, every switch spelled out even where it matches the default, so
 *  a future default change (or a copied snippet) cannot quietly loosen it. */
export function mainWindowOptions({ placement, preloadPath, title, isPackaged, darkBackground }: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: darkBackground ? '#1e1f22' : '#ffffff',
    webPreferences: {
      // Sandboxed; exposes one named method per contract channel, never ipcRenderer itself.
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) would open links without passing through will-navigate.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !isPackaged,
    },
  };
}
