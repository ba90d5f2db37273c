// The only module that touches ipcMain. Every channel in the contract is registered here, once,
// through `guardInvocation`: sender check, zod parse, handler, Result. Nothing else in the app
// may call ipcMain.handle/on (lint rule), so no channel can bypass the checks.
import { ipcMain } from 'electron';
import { API_METHODS, CHANNELS } from '../shared/ipcContract.ts';
import type { Handlers } from '../services/crosscheckHandlers.ts';
import { guardInvocation } from './invocationGuard.ts';
import type { SenderPolicy } from './invocationGuard.ts';

export function registerIpcRouter(
  handlers: Handlers,
  policy: SenderPolicy,
  logError: (context: string, error: unknown) => void,
): () => void {
  const channels = API_METHODS.map((method) => CHANNELS[method].channel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => guardInvocation(handlers, policy, event, channel, payload, logError));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
