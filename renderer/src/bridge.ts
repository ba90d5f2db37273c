// The renderer's only way to the Node side. In Electron that is the preload's `window.crosscheck`;
// in the preview host (a plain browser tab) it is the same contract over HTTP. Either way every
// answer is parsed with the contract's zod schema before the UI sees it.
import {
  CHANNELS,
  CROSSCHECK_API_KEY,
  HTTP_API_PREFIX,
  HTTP_TOKEN_HEADER,
  PREVIEW_TOKEN_PARAM,
  menuCommandSchema,
  resultSchema,
} from '../../electron/shared/ipcContract.ts';
import type { ApiMethod, CrosscheckApi, MenuCommand, RequestOf, Result, ResultOf } from '../../electron/shared/ipcContract.ts';

export type { Result };

declare global {
  interface Window {
    [CROSSCHECK_API_KEY]?: CrosscheckApi;
  }
}

const LOST_CONTACT = 'Crosscheck lost contact with its local service. Your typing is kept here; reload the window to reconnect.';

function preloadApi(): CrosscheckApi | undefined {
  return window[CROSSCHECK_API_KEY];
}

const TOKEN_STORAGE_KEY = 'crosscheck.previewToken';

/** The preview host's token arrives once, in the fragment of the address it printed (never in
 *  the page, which any local program may fetch). sessionStorage keeps it for reloads of this tab
 *  only; the fragment is dropped from the address bar so it is not shared by copying the URL. */
function adoptPreviewToken(): void {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const token = params.get(PREVIEW_TOKEN_PARAM);
  if (token === null) return;
  try {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage off (some private modes): this load still works, a reload needs the address again.
    memoryToken = token;
  }
  params.delete(PREVIEW_TOKEN_PARAM);
  const rest = params.toString();
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${rest ? `#${rest}` : ''}`);
}

let memoryToken = '';
function previewToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

// At load, before anything renders or reads the address: the desktop app has no token to take.
if (typeof window !== 'undefined' && preloadApi() === undefined) adoptPreviewToken();

/** Whether the app runs in the desktop shell (some actions, like opening links, only work there). */
export const isDesktop = (): boolean => preloadApi() !== undefined;

export interface CallOptions {
  /** The page is going away (beforeunload): ask the browser to finish the request anyway. */
  keepalive?: boolean;
}

async function callRaw(method: ApiMethod, request: unknown, options: CallOptions): Promise<unknown> {
  const api = preloadApi();
  if (api) {
    const fn = api[method] as (req: unknown) => Promise<unknown>;
    return fn(request);
  }
  const body = JSON.stringify(request ?? {});
  const response = await fetch(`${HTTP_API_PREFIX}${CHANNELS[method].channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HTTP_TOKEN_HEADER]: previewToken() },
    body,
    // Browsers cap keepalive bodies at 64 KB; a larger story is still sent, just not guaranteed.
    keepalive: options.keepalive === true && body.length < 60_000,
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The local service answered with HTTP ${response.status}. Reload the window and try again.` } };
  }
}

/** Calls one contract method. Never throws: transport failures become an error Result. */
export async function call<M extends ApiMethod>(method: M, request: RequestOf<M>, options: CallOptions = {}): Promise<Result<ResultOf<M>>> {
  let raw: unknown;
  try {
    raw = await callRaw(method, request, options);
  } catch {
    return { ok: false, error: { code: 'internal', message: LOST_CONTACT } };
  }
  const parsed = resultSchema(CHANNELS[method].result).safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'internal', message: 'Crosscheck received an answer it did not understand. Reload the window; if it keeps happening, restart the app.' } };
  }
  return parsed.data as Result<ResultOf<M>>;
}

/** Native menu commands (desktop only); a no-op subscription in the browser preview. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const api = preloadApi();
  if (!api) return () => {};
  return api.onMenuCommand((command) => {
    const parsed = menuCommandSchema.safeParse(command);
    if (parsed.success) listener(parsed.data);
  });
}
