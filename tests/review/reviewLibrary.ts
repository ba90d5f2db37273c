// A real library on a temp file, seeded with the sample story and source the way the app does,
// with the handlers both the IPC router and the preview host call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createHandlers, dispatchRequest } from '../../electron/services/crosscheckHandlers.ts';
import type { HandlerDeps } from '../../electron/services/crosscheckHandlers.ts';
import { openLibrary } from '../../electron/services/openLibrary.ts';
import { CHANNELS, methodForChannel, resultSchema } from '../../electron/shared/ipcContract.ts';
import type { Result } from '../../electron/shared/ipcContract.ts';
import type { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { SAMPLES_DIR } from './reviewSample.ts';

export interface TestLibrary {
  store: CrosscheckStore;
  storyId: string;
  call: <T = Record<string, unknown>>(channel: string, payload: unknown) => Promise<Result<T>>;
  value: <T = Record<string, unknown>>(channel: string, payload: unknown) => Promise<T>;
  close: () => void;
}

export function openTestLibrary(name: string, deps: Partial<HandlerDeps> = {}): TestLibrary {
  const dir = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
  const store = openLibrary(dir, SAMPLES_DIR);
  const handlers = createHandlers({ store, ...deps });
  const storyId = store.listStories()[0]!.id;
  const call = async <T>(channel: string, payload: unknown): Promise<Result<T>> => {
    const result = await dispatchRequest(handlers, channel, payload, (context, error) => {
      throw new Error(`${context} failed: ${String(error)}`);
    });
    const method = methodForChannel(channel);
    if (method) expect(resultSchema(CHANNELS[method].result).safeParse(result).success).toBe(true);
    return result as Result<T>;
  };
  return {
    store,
    storyId,
    call,
    async value<T>(channel: string, payload: unknown): Promise<T> {
      const result = await call<T>(channel, payload);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
