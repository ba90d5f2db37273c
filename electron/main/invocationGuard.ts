// Who may call the Node side over IPC: only the app's own top-level frame, showing the app's own
// page. A subframe, a page the window was somehow navigated to, or a second window gets a
// `forbidden` Result before its payload is even parsed. Kept free of Electron imports so the
// rules are tested in plain Node with fake frames.
import { fail } from '../shared/ipcContract.ts';
import type { Result } from '../shared/ipcContract.ts';
import { dispatchRequest } from '../services/crosscheckHandlers.ts';
import type { Handlers } from '../services/crosscheckHandlers.ts';

/** The parts of Electron's WebFrameMain the guard looks at. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
  readonly processId: number;
  readonly routingId: number;
}

export interface FrameIds {
  readonly processId: number;
  readonly routingId: number;
}

export interface SenderPolicy {
  /** The main frame of the app window, or undefined while there is no window. */
  appMainFrame(): FrameIds | undefined;
  /** Ids of the last main frame that committed an app URL. While a window closes, its final
   *  autosave can arrive after the frame object is gone; only these ids are trusted then. */
  lastAppFrame?(): FrameIds | undefined;
  /** Whether a URL is the app's own page (custom protocol, or the dev server in development). */
  isAppUrl(url: string): boolean;
}

/** What Electron's IpcMainInvokeEvent offers: the live frame (null once destroyed) and its ids. */
export interface InvocationSource {
  senderFrame: SenderFrame | null | undefined;
  processId?: number;
  frameId?: number;
}

const sameIds = (a: FrameIds | undefined, processId: number | undefined, routingId: number | undefined) =>
  a !== undefined && a.processId === processId && a.routingId === routingId;

export function isTrustedSender(source: InvocationSource, policy: SenderPolicy): boolean {
  const frame = source.senderFrame;
  if (frame) {
    if (frame.parent !== null || !policy.isAppUrl(frame.url)) return false;
    const expected = policy.appMainFrame() ?? policy.lastAppFrame?.();
    return frame === expected || sameIds(expected, frame.processId, frame.routingId);
  }
  return sameIds(policy.lastAppFrame?.(), source.processId, source.frameId);
}

/** The whole IPC door: sender check, then the shared zod validation and handler. Never throws. */
export async function guardInvocation(
  handlers: Handlers,
  policy: SenderPolicy,
  event: InvocationSource,
  channel: string,
  payload: unknown,
  logError?: (context: string, error: unknown) => void,
): Promise<Result<unknown>> {
  let trusted = false;
  try {
    trusted = isTrustedSender(event, policy);
  } catch {
    // A frame that was destroyed mid-call throws on property access; treat it as untrusted.
  }
  if (!trusted) return fail('forbidden', 'This request did not come from the Crosscheck window and was refused.');
  return dispatchRequest(handlers, channel, payload, logError);
}

/** An `isAppUrl` for an app page URL: same origin, and for the custom protocol the same host. */
export function appUrlMatcher(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    return url.protocol === app.protocol && url.host === app.host && url.origin === app.origin;
  };
}
