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

export interface SenderPolicy {
  /** The main frame of the app window, or undefined while there is no window. */
  appMainFrame(): SenderFrame | undefined;
  /** Whether a URL is the app's own page (custom protocol, or the dev server in development). */
  isAppUrl(url: string): boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, policy: SenderPolicy): boolean {
  if (!frame || frame.parent !== null) return false;
  const main = policy.appMainFrame();
  if (!main) return false;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  return sameFrame && policy.isAppUrl(frame.url);
}

/** The whole IPC door: sender check, then the shared zod validation and handler. Never throws. */
export async function guardInvocation(
  handlers: Handlers,
  policy: SenderPolicy,
  event: { senderFrame: SenderFrame | null | undefined },
  channel: string,
  payload: unknown,
  logError?: (context: string, error: unknown) => void,
): Promise<Result<unknown>> {
  let trusted = false;
  try {
    trusted = isTrustedSender(event.senderFrame, policy);
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
