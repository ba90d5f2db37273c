// Sandboxed preload (bundled to CommonJS, no Node access beyond Electron's preload subset).
// Exposes exactly one named method per contract channel plus the menu subscription, never a
// generic invoke/send/on, so the page can reach nothing the contract does not list.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_METHODS, CHANNELS, CROSSCHECK_API_KEY, MENU_COMMAND_CHANNEL, MENU_COMMANDS } from '../shared/ipcContract.ts';
import type { CrosscheckApi, MenuCommand } from '../shared/ipcContract.ts';

const menuCommands = new Set<string>(MENU_COMMANDS);

const methods = Object.fromEntries(
  API_METHODS.map((method) => {
    const channel = CHANNELS[method].channel;
    // The request is forwarded as given; the main side parses it with the contract's schema.
    return [method, (request?: unknown) => ipcRenderer.invoke(channel, request ?? {})];
  }),
);

const api = {
  ...methods,
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    // The Electron event object (with its sender) never reaches the page.
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && menuCommands.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
} as CrosscheckApi;

contextBridge.exposeInMainWorld(CROSSCHECK_API_KEY, api);
