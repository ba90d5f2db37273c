// A figure the editor settled (dismissed in review) or the writer marked "Not a claim" stays settled
// across a reload: from the page's first frame on it is never drawn in a verdict's red or amber,
// however late the review and the story's choices arrive from the library.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForFlag } from './flagHighlights.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

let s: PreviewSession;
beforeAll(async () => {
  s = await openPreviewSession();
});
afterAll(async () => {
  await s?.close();
});

const DISMISSED = 'on Monday';
const NOT_A_CLAIM = 'over 530';

/** Slow answers for what decides how a flag is drawn, so verdicts are known well before them. */
const SLOW_CHANNELS = ['review.status', 'review.get', 'stories.hiddenClaims.get'];
const SLOW_MS = 1500;

interface ReviewClaimRow {
  blockId: string;
  text: string;
  verdict: string;
  anchor: unknown;
}

/** Records, every frame from the first, any settled figure drawn in a verdict's highlight. */
async function watchForFlashes(page: Page): Promise<void> {
  await page.addInitScript((texts: string[]) => {
    const w = window as unknown as { flashes: string[]; framesWatched: number };
    w.flashes = [];
    w.framesWatched = 0;
    const look = () => {
      w.framesWatched++;
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
        for (const [name, highlight] of CSS.highlights) {
          if (!/^crosscheck-flag-(contradicted|unsupported|disputed)$/.test(name)) continue;
          for (const range of highlight) {
            const text = range instanceof Range ? range.toString() : '';
            if (texts.includes(text)) w.flashes.push(`${text} as ${name} in frame ${w.framesWatched}`);
          }
        }
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, [DISMISSED, NOT_A_CLAIM]);
}

describe('settled flags after a reload', () => {
  it('a dismissed flag and a "Not a claim" flag never show their verdict, review mode on or off', async () => {
    const { page } = s;
    await waitForFlag(page, 'contradicted', { text: DISMISSED }, 30_000);
    await waitForFlag(page, 'unsupported', { text: NOT_A_CLAIM }, 30_000);
    const list = await s.api('stories.list', {});
    const storyId = (list.value as { stories: { id: string }[] }).stories[0]!.id;
    const status = await s.api('review.status', { storyId });
    const claims = (status.value as { claims: ReviewClaimRow[] }).claims;
    const dismissed = claims.find((c) => c.text === DISMISSED)!;
    const hidden = claims.find((c) => c.text === NOT_A_CLAIM)!;
    expect(dismissed.verdict).toBe('contradicted');
    expect(hidden.verdict).toBe('unsupported');
    const decided = await s.api('review.decide', { storyId, anchor: dismissed.anchor, state: 'dismissed', verdict: 'contradicted', reasons: ['own-sourcing'] });
    expect(decided.ok).toBe(true);
    expect((await s.api('stories.hiddenClaims.set', { storyId, keys: [`${hidden.blockId}|${NOT_A_CLAIM}`] })).ok).toBe(true);

    await watchForFlashes(page);
    for (const channel of SLOW_CHANNELS) {
      await page.route(`**/api/${channel}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
        await route.continue();
      });
    }

    for (const reviewMode of [true, false]) {
      await page.evaluate((on) => window.localStorage.setItem('crosscheck.reviewMode', String(on)), reviewMode);
      await page.reload();
      // Other flags are drawn with their verdicts (the watch is not looking at an empty editor)...
      await page.waitForFunction(() => [...(CSS.highlights.get('crosscheck-flag-supported') ?? [])].length > 0, undefined, { timeout: 30_000 });
      // ...and the dismissed one quietly, once the review is known.
      await waitForFlag(page, 'dismissed', { text: DISMISSED }, 30_000);
      await page.waitForTimeout(SLOW_MS);
      await s.screenshot(`settled-flags-after-reload-review-${reviewMode ? 'on' : 'off'}`);
      const seen = await page.evaluate(() => {
        const w = window as unknown as { flashes: string[]; framesWatched: number };
        return { flashes: w.flashes, framesWatched: w.framesWatched };
      });
      expect(seen.framesWatched).toBeGreaterThan(10);
      expect(seen.flashes).toEqual([]);
    }
    await page.unrouteAll();
    await page.evaluate(() => window.localStorage.setItem('crosscheck.reviewMode', 'false'));
  });
});
