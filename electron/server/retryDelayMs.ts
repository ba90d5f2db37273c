// How long a desktop client waits before trying the newsroom server again after a failure.
// Exponential with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): after
// a server restart, a newsroom's laptops spread their reconnects instead of arriving together.
import type { ServerError } from './ServerError.ts';
import { CLIENT_TOO_OLD, SERVER_TOO_OLD } from './syncProtocol.ts';

/** The first retry waits up to this long: a blip in the office Wi-Fi. */
export const RETRY_BASE_MS = 1_000;
/** Never wait longer than this between tries: a reporter back online syncs within minutes. */
export const RETRY_CAP_MS = 5 * 60_000;

export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Whether waiting can fix the failure. A protocol mismatch, a refused permission or bad data
 * will fail the same way every time: those go to the person, not to the retry timer.
 */
export function isRetryable(err: ServerError): boolean {
  const code = err.code ?? '';
  if (code === CLIENT_TOO_OLD || code === SERVER_TOO_OLD) return false;
  // No SQLSTATE: a socket error (ECONNREFUSED, ETIMEDOUT…). 08: connection exception; 57P: the
  // server is shutting down or restarting; 53: out of resources; 40: serialization/deadlock.
  return !/^[0-9A-Z]{5}$/.test(code) || /^(08|57P|53|40)/.test(code);
}
