// The evidence card stays inside the window and clear of the side panel at a desktop, a laptop and
// a small window, in review mode (where the card carries the review actions and is tallest) and
// not, for the flag nearest the page's right edge and for a flag at the bottom of the page's view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForFlag } from './flagHighlights.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

let s: PreviewSession;
beforeAll(async () => {
  s = await openPreviewSession();
  await waitForFlag(s.page, 'contradicted', { text: 'on Monday' }, 30_000);
});
afterAll(async () => {
  await s?.close();
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
] as const;

/**
 * Picks a drawn flag that is wholly on screen: the one reaching furthest right, or (for 'bottom')
 * one scrolled to the bottom edge of the page's view. Returns the point to click.
 */
function flagNear(page: Page, where: 'right' | 'bottom'): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate((edge) => {
    const scroller = document.querySelector<HTMLElement>('.editor-scroll')!;
    const ranges = () => {
      const view = scroller.getBoundingClientRect();
      const out: { range: Range; rect: DOMRect }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!/^crosscheck-flag-(contradicted|unsupported|disputed|supported)$/.test(name)) continue;
        for (const range of highlight) {
          if (!(range instanceof Range)) continue;
          const rects = range.getClientRects();
          // One line only: a flag broken over two lines has no single right edge.
          if (rects.length !== 1) continue;
          out.push({ range, rect: rects[0]! });
        }
      }
      return { view, out };
    };
    const { view, out } = ranges();
    let chosen: Range | undefined;
    if (edge === 'right') {
      chosen = out.filter((r) => r.rect.top >= view.top && r.rect.bottom <= view.bottom).sort((a, b) => b.rect.right - a.rect.right)[0]?.range;
    } else {
      // A flag in the bottom strip of the view (only blocks in view are drawn), scrolled so its
      // line sits on the bottom edge.
      const candidates = out.filter((r) => r.rect.bottom >= view.bottom - 120 && r.rect.bottom <= view.bottom).sort((a, b) => b.rect.top - a.rect.top);
      for (const { range } of candidates) {
        const before = range.getClientRects()[0]!;
        scroller.scrollTop += before.bottom - (view.bottom - 4);
        const after = range.getClientRects()[0];
        if (after && after.top >= view.top && after.bottom <= view.bottom && after.bottom > view.bottom - 40) {
          chosen = range;
          break;
        }
      }
      // At the end of the story: the lowest flag, if it is in the bottom third of the view.
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      const lowest = out.filter((r) => r.rect.bottom <= view.bottom).sort((x, y) => y.rect.bottom - x.rect.bottom)[0];
      if (!chosen && atEnd && lowest && lowest.rect.top > view.bottom - view.height / 3) chosen = lowest.range;
      // None drawn there yet: move on down the story and let the caller ask again.
      if (!chosen) scroller.scrollTop += 100;
    }
    const rect = chosen?.getClientRects()[0];
    if (!chosen || !rect || rect.bottom > view.bottom + 0.5 || rect.top < view.top) return null;
    return { x: rect.left + Math.min(rect.width / 2, 4), y: rect.top + rect.height / 2, text: chosen.toString() };
  }, where);
}

interface CardMeasure {
  card: { left: number; top: number; right: number; bottom: number };
  panel: { left: number; right: number } | null;
  innerWidth: number;
  innerHeight: number;
}

const measureCard = (page: Page): Promise<CardMeasure> =>
  page.evaluate(() => {
    const card = document.querySelector('.evidence-card')!.getBoundingClientRect();
    const panel = document.querySelector('.side-panel')?.getBoundingClientRect();
    return {
      card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom },
      panel: panel && panel.width > 0 ? { left: panel.left, right: panel.right } : null,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
    };
  });

async function openCardAt(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.click(point.x, point.y);
  const card = page.locator('.evidence-card.pinned');
  await card.waitFor();
  // Placed after its first layout, hidden until then.
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('.evidence-card');
    return el !== null && el.style.visibility !== 'hidden' && el.style.top !== '0px';
  });
  await page.waitForTimeout(100);
}

describe('the evidence card', () => {
  for (const reviewMode of [false, true]) {
    for (const size of SIZES) {
      it(`stays inside the viewport and clear of the panel at ${size.width}×${size.height}, review mode ${reviewMode ? 'on' : 'off'}`, async () => {
        const { page } = s;
        await page.setViewportSize(size);
        const toggle = page.locator('.review-toggle');
        if ((await toggle.getAttribute('aria-pressed')) !== String(reviewMode)) await toggle.click();
        await page.waitForTimeout(300);
        for (const where of ['right', 'bottom'] as const) {
          // From the top of the story each time, once the flags there are drawn again.
          await page.evaluate(() => document.querySelector('.editor-scroll')!.scrollTo(0, 0));
          await page.waitForTimeout(300);
          let point = await flagNear(page, where);
          for (let tries = 0; !point && tries < 30; tries++) {
            await page.waitForTimeout(200);
            point = await flagNear(page, where);
          }
          expect(point, `a flag near the ${where} edge`).not.toBeNull();
          await openCardAt(page, point!);
          const m = await measureCard(page);
          await s.screenshot(`card-${size.width}x${size.height}-${reviewMode ? 'review' : 'story'}-${where}`);
          expect(m.card.left).toBeGreaterThanOrEqual(0);
          expect(m.card.top).toBeGreaterThanOrEqual(0);
          expect(m.card.right).toBeLessThanOrEqual(m.innerWidth);
          expect(m.card.bottom).toBeLessThanOrEqual(m.innerHeight);
          if (m.panel) expect(m.card.right, `card ${JSON.stringify(m.card)} against panel ${JSON.stringify(m.panel)}`).toBeLessThanOrEqual(m.panel.left);
          await page.keyboard.press('Escape');
          await page.locator('.evidence-card').waitFor({ state: 'detached' });
        }
      });
    }
  }
  it('left no page errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
