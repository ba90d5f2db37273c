// The window at a desktop, a laptop and a small size: the writing column keeps its width, nothing
// scrolls sideways, the toolbar stays one row and the status bar stays on screen. Screenshots of
// each (story, review mode, side panel drawer) are kept for a human to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

let session: PreviewSession;
beforeAll(async () => {
  session = await openPreviewSession();
  await session.page.locator('.el-headline').waitFor();
});
afterAll(async () => {
  await session?.close();
});

interface Measures {
  column: number;
  scrollWidth: number;
  innerWidth: number;
  innerHeight: number;
  statusBar: { top: number; bottom: number; right: number } | null;
  toolbarHeight: number;
  sidePanelVisible: boolean;
  widest: number;
  /** Side-panel tabs whose label (and count) is cut short, with the pixels missing. */
  cutTabs: string[];
}

const measure = (page: Page): Promise<Measures> =>
  page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
    const status = rect('.status-bar');
    const panel = document.querySelector<HTMLElement>('.side-panel');
    return {
      column: rect('.story-editable')?.width ?? 0,
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      statusBar: status && { top: status.top, bottom: status.bottom, right: status.right },
      toolbarHeight: rect('.toolbar')?.height ?? 0,
      sidePanelVisible: panel !== null && panel.offsetParent !== null,
      cutTabs: [...document.querySelectorAll<HTMLElement>('.side-panel .tab')].filter((t) => t.offsetParent !== null && t.scrollWidth > t.clientWidth).map((t) => `${t.textContent} (${t.scrollWidth - t.clientWidth} px short in a ${Math.round(panel?.getBoundingClientRect().width ?? 0)} px panel)`),
      // The right edge of everything laid out: nothing may stick out past the window.
      widest: Math.max(...[...document.querySelectorAll('.app *')].map((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && getComputedStyle(el).position !== 'fixed' ? r.right : 0;
      })),
    };
  });

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
}

const SIZES = [
  { width: 1440, height: 900, column: 520, drawer: false },
  { width: 1024, height: 700, column: 520, drawer: true },
  { width: 800, height: 600, column: 520, drawer: true },
  { width: 720, height: 560, column: 480, drawer: true },
] as const;

describe('window layouts', () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height}: the story has room, nothing scrolls sideways, the status bar shows`, async () => {
      const { page } = session;
      await page.setViewportSize({ width: size.width, height: size.height });
      await settle(page);
      const m = await measure(page);
      await session.screenshot(`layout-${size.width}x${size.height}-story`);
      expect(m.column).toBeGreaterThanOrEqual(size.column);
      expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      expect(m.widest).toBeLessThanOrEqual(m.innerWidth + 0.5);
      expect(m.statusBar).not.toBeNull();
      expect(m.statusBar!.top).toBeGreaterThanOrEqual(0);
      expect(m.statusBar!.bottom).toBeLessThanOrEqual(m.innerHeight + 0.5);
      expect(m.statusBar!.right).toBeLessThanOrEqual(m.innerWidth + 0.5);
      // One row of tools (28 px buttons and the padding around them).
      expect(m.toolbarHeight).toBeLessThanOrEqual(44);
      expect(m.sidePanelVisible).toBe(!size.drawer);
      // Every side-panel tab reads in full where the panel is docked.
      expect(m.cutTabs).toEqual([]);

      if (size.drawer) {
        // The side panel comes out as a drawer and goes back with Escape.
        await page.getByRole('button', { name: 'Sources & claims' }).click();
        await page.locator('.side-panel').waitFor({ state: 'visible' });
        await page.getByRole('tab', { name: /Claims/ }).click();
        await settle(page);
        expect((await measure(page)).scrollWidth).toBeLessThanOrEqual(size.width);
        await session.screenshot(`layout-${size.width}x${size.height}-panel-drawer`);
        await page.keyboard.press('Escape');
        await page.locator('.side-panel').waitFor({ state: 'hidden' });
      }
    });
  }

  it('review mode at each size keeps the gate, the status bar and no sideways scroll', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    // A comment in the margin, added as another window would, before review mode loads the status.
    const list = await session.api('stories.list', {});
    const storyId = (list.value as { stories: { id: string }[] }).stories[0]!.id;
    const status = await session.api('review.status', { storyId });
    const anchor = (status.value as { claims: { anchor: unknown }[] }).claims[0]!.anchor;
    expect((await session.api('comments.add', { storyId, anchor, body: 'Source for this?' })).ok).toBe(true);
    await page.locator('.review-toggle').click();
    await page.getByRole('tab', { name: /Review/ }).click();
    await page.locator('.review-strip .gate-pill[data-gate="blocked"]').waitFor();
    await page.locator('.comments-margin .comment-card').waitFor();
    // With the comment margin beside the page, a desktop window still writes at full width.
    expect((await measure(page)).column).toBeGreaterThanOrEqual(520);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await settle(page);
      const m = await measure(page);
      await session.screenshot(`layout-${size.width}x${size.height}-review`);
      // With comments showing, the writing column keeps its room at every size.
      expect(m.column).toBeGreaterThanOrEqual(size.column);
      expect(m.toolbarHeight).toBeLessThanOrEqual(44);
      expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      expect(m.widest).toBeLessThanOrEqual(m.innerWidth + 0.5);
      expect(m.statusBar!.top).toBeGreaterThanOrEqual(0);
      expect(m.statusBar!.bottom).toBeLessThanOrEqual(m.innerHeight + 0.5);
      expect(await page.locator('.review-strip .gate-pill').isVisible()).toBe(true);
      if (size.width >= 1440) {
        expect(m.cutTabs).toEqual([]);
        expect(await page.locator('.comments-margin .comment-card').isVisible()).toBe(true);
        continue;
      }
      // Too narrow for the margin: the comments open from the strip, from the keyboard too, and
      // Esc goes back to the button.
      const toggle = page.locator('.review-strip .comments-toggle');
      expect(await page.locator('.comments-margin').count()).toBe(0);
      await toggle.focus();
      await page.keyboard.press('Enter');
      const list = page.getByRole('dialog', { name: 'Comments' });
      await list.locator('.comment-card', { hasText: 'Source for this?' }).waitFor();
      expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      const box = (await list.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      await session.screenshot(`layout-${size.width}x${size.height}-review-comments`);
      await page.keyboard.press('Tab');
      expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    // The Review toggle keeps a readable label under the pointer.
    await page.locator('.review-toggle').hover();
    const colours = await page.locator('.review-toggle').evaluate((el) => ({ fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor }));
    expect(colours.bg).not.toBe('rgb(239, 237, 232)');
    expect(colours.fg).toBe('rgb(255, 255, 255)');
    await page.locator('.review-toggle').click();
  });

  it('a new story puts the caret in its headline', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'New story' }).click();
    await page.waitForFunction(() => {
      const anchor = window.getSelection()?.anchorNode;
      const element = anchor instanceof Element ? anchor : anchor?.parentElement;
      return element?.closest('.el-headline') !== null && element?.closest('.el-headline') !== undefined && document.activeElement?.classList.contains('story-editable');
    });
    await page.keyboard.type('Dam opens after 12 years');
    expect(await page.locator('.el-headline').innerText()).toBe('Dam opens after 12 years');
  });

  it('"Start writing…" leaves once the story has body text below it', async () => {
    const { page } = session;
    const prompt = page.locator('.block-placeholder', { hasText: 'Start writing the story' });
    await prompt.waitFor();
    // Enter in the empty first paragraph, then writing in the new one below: Slate does not
    // re-render the empty block, which used to keep its prompt under the finished text.
    await page.locator('.el-paragraph', { has: prompt }).click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('The dam opened on Tuesday.');
    await page.locator('.el-paragraph', { hasText: 'The dam opened on Tuesday.' }).waitFor();
    expect(await prompt.isVisible()).toBe(false);
    await session.screenshot('layout-new-story-no-prompt');
    expect(session.pageErrors).toEqual([]);
  });
});
