// The desktop client's retry timing. Pure: runs in the default `npm test` (no PostgreSQL).
import { describe, expect, it } from 'vitest';
import { isRetryable, RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from '../../electron/server/retryDelayMs.ts';
import { ServerError } from '../../electron/server/ServerError.ts';

describe('retryDelayMs', () => {
  it('doubles its ceiling with each failure, up to the cap', () => {
    const ceiling = (failures: number) => retryDelayMs(failures, () => 0.999_999) + 1;
    expect([1, 2, 3, 4].map(ceiling)).toEqual([RETRY_BASE_MS, 2 * RETRY_BASE_MS, 4 * RETRY_BASE_MS, 8 * RETRY_BASE_MS]);
    expect(ceiling(40)).toBe(RETRY_CAP_MS);
  });

  it('spreads clients over the whole interval (full jitter)', () => {
    expect(retryDelayMs(3, () => 0)).toBe(0);
    expect(retryDelayMs(3, () => 0.5)).toBe(2 * RETRY_BASE_MS);
  });
});

describe('isRetryable', () => {
  it('retries a dropped connection or a restarting server, not a refusal or a version mismatch', () => {
    const retry = (code?: string) => isRetryable(new ServerError('x', code));
    expect([undefined, 'ECONNREFUSED', '08006', '57P01', '53300', '40001'].map(retry)).toEqual([true, true, true, true, true, true]);
    expect(['CC001', 'CC002', '42501', '22023', '42883'].map(retry)).toEqual([false, false, false, false, false]);
  });
});
