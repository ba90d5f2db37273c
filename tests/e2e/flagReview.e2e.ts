// Reviewing flags in real Chromium: how they are drawn (highlights, no extra leaves), found by the
// pointer, stepped through and acted on from the keyboard alone, and corrected from the source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flagCount, highlightTexts, pointAtFlag, waitForFlag } from './flagHighlights.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreviewSession();
});

afterAll(async () => {
  await s?.close();
});

/** Caret at the very start of the story, from the keyboard's point of view. */
async function caretAtStoryStart(page: Page): Promise<void> {
  await page.locator('.el-headline').click();
  await page.keyboard.press('Control+Home');
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { name: (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim(), inCard: el?.closest('.evidence-card') !== null, className: el?.className ?? '' };
  });

const currentFlag = async (page: Page) => (await highlightTexts(page, 'current'))[0] ?? null;

describe('flags in the editor', () => {
  it('are drawn as highlights: the flagged paragraph is one leaf span; hover and click open the card', async () => {
    const { page } = s;
    await waitForFlag(page, 'contradicted', { text: 'on Monday' }, 30_000);
    const lede = page.locator('.el-paragraph').filter({ hasText: 'on Monday' }).first();
    // Four flags in the lede, still a single Slate leaf: nothing splits the text.
    expect(await lede.locator('[data-slate-leaf]').count()).toBe(1);
    expect(await page.locator('.story-editable [data-flag-key], .story-editable .flag').count()).toBe(0);
    expect((await highlightTexts(page, 'supported')).length).toBeGreaterThanOrEqual(8);

    await pointAtFlag(page, 'contradicted', { text: 'on Monday' }, 'hover');
    const card = page.locator('.evidence-card');
    await card.waitFor();
    expect(await card.locator('.card-claim').first().innerText()).toBe('“on Monday”');
    expect(await page.locator('.story-editable').evaluate((el) => el.classList.contains('over-flag'))).toBe(true);
    await s.screenshot('flags-01-hover-card');
    // Off the flag (plain text in the same leaf): the hover card goes.
    const box = (await lede.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height - 6);
    await card.waitFor({ state: 'detached' });

    await pointAtFlag(page, 'unsupported', { text: 'over 530' }, 'click');
    await page.locator('.evidence-card.pinned').waitFor();
    expect(await page.locator('.evidence-card .card-claim').first().innerText()).toBe('“over 530”');
    await page.keyboard.press('Escape');
    await page.locator('.evidence-card').waitFor({ state: 'detached' });
  });

  it('F8 steps through contradicted and unsupported flags only, and the selection follows the card', async () => {
    const { page } = s;
    // Story order of the flags F8 should stop at, from the Claims panel's list.
    await page.getByRole('tab', { name: /Claims/ }).click();
    const rows = async (verdicts: string[]) => {
      const out: string[] = [];
      for (const row of await page.locator('.claim-row').all()) {
        if (verdicts.includes((await row.getAttribute('data-verdict')) ?? '')) out.push(await row.locator('.claim-text strong').innerText());
      }
      return out;
    };
    const expected = await rows(['contradicted', 'unsupported']);
    const supportedOnly = (await rows(['supported'])).filter((t) => !expected.includes(t));
    expect(expected.length).toBeGreaterThanOrEqual(2);

    await caretAtStoryStart(page);
    const visited: string[] = [];
    for (let i = 0; i < expected.length + 1; i++) {
      await page.keyboard.press('F8');
      await expect.poll(async () => (await focused(page)).className).toContain('card-head');
      const claim = (await page.locator('.evidence-card.pinned .card-claim').first().innerText()).replace(/^“|”$/g, '');
      // Drawn once the block is on screen: the card's figure is marked in the text.
      await expect.poll(() => currentFlag(page)).toBe(claim);
      visited.push(claim);
      if (i === 1) await s.screenshot('flags-02-f8-second-flag');
    }
    // Every problem flag once, in story order, then round to the first; no supported figure.
    expect(visited).toEqual([...expected, expected[0]]);
    for (const text of supportedOnly) expect(visited).not.toContain(text);

    // Shift+F8 goes back; Esc returns to the text with that figure selected.
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => currentFlag(page)).toBe(expected[expected.length - 1]);
    await page.keyboard.press('Escape');
    await page.locator('.evidence-card').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('.story-editable') !== null)).toBe(true);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(expected[expected.length - 1]);
  });

  it('keyboard only: F8 → card → Tab through every control, review actions included → Verify → Esc back to the text', async () => {
    const { page } = s;
    await page.locator('.review-toggle').click();
    await caretAtStoryStart(page);
    await page.keyboard.press('F8');
    const card = page.locator('.evidence-card.pinned');
    await card.waitFor();
    expect(await card.locator('.card-claim').first().innerText()).toBe('“on Monday”');
    // Focus opens on the heading, never on the action that writes into the story.
    await expect.poll(async () => (await focused(page)).className).toContain('card-head');
    expect(await card.getAttribute('role')).toBe('dialog');
    const labelledBy = (await card.getAttribute('aria-labelledby')) ?? '';
    expect(await page.locator(`[id="${labelledBy}"]`).innerText()).toContain('Contradicted');

    const cycle: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.inCard).toBe(true);
      if (cycle.includes(now.name)) break;
      cycle.push(now.name);
    }
    expect(cycle).toEqual(['Open source', 'Not a claim', 'Use source value', 'Verify', 'Needs change', 'Dismiss', 'Close']);
    // Round again from "Open source"; Shift+Tab wraps backwards to Close.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('Close');
    await s.screenshot('flags-03-card-keyboard');

    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('Verify');
    await page.keyboard.press('Enter');
    // The first decision asks who is reviewing; typed and confirmed from the keyboard too.
    const nameDialog = page.getByRole('dialog', { name: 'Reviewer name' });
    await nameDialog.waitFor();
    await page.keyboard.type('Dana Editor');
    await page.keyboard.press('Enter');
    await nameDialog.waitFor({ state: 'detached' });
    await card.locator('.card-review-state', { hasText: 'Verified' }).waitFor();
    expect((await focused(page)).inCard).toBe(true);

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('.story-editable') !== null)).toBe(true);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('on Monday');
  });

  it('a flag dismissed in review loses its amber underline and F8 no longer stops there', async () => {
    const { page } = s;
    await caretAtStoryStart(page);
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    const card = page.locator('.evidence-card.pinned');
    await expect.poll(() => card.locator('.card-claim').first().innerText()).toBe('“over 530”');
    await card.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Dismiss/ });
    await dialog.getByLabel('Not a factual claim').check();
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => flagCount(page, 'unsupported', { text: 'over 530' })).toBe(0);
    expect(await flagCount(page, 'dismissed', { text: 'over 530' })).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.evidence-card').waitFor({ state: 'detached' });
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await pointAtFlag(page, 'dismissed', { text: 'over 530' }, 'hover');
    await page.mouse.move(5, 5);
    await s.screenshot('flags-04-dismissed-quiet');

    await caretAtStoryStart(page);
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('F8');
      await expect.poll(async () => (await focused(page)).className).toContain('card-head');
      stops.push(await card.locator('.card-claim').first().innerText());
    }
    expect(stops).not.toContain('“over 530”');
    await page.keyboard.press('Escape');
    await page.locator('.review-toggle').click();
  });
});

describe('"Use source value" on a unit word', () => {
  const SENTENCE = 'Officials said a 4-week-old baby was among those hurt.';
  const FIXED = 'Officials said a 4-month-old baby was among those hurt.';

  it('shows the corrected sentence, replaces only the unit word, and one undo restores it', async () => {
    const { page } = s;
    const story = (await s.api('stories.create', {
      title: 'Baby hurt in blast',
      document: [
        { type: 'headline', id: 'h-baby', children: [{ text: 'Baby hurt in blast' }] },
        { type: 'paragraph', id: 'p-baby', children: [{ text: SENTENCE }] },
      ],
    })) as { value?: { id: string } };
    const storyId = story.value!.id;
    expect((await s.api('sources.create', { storyId, title: 'Police statement', text: 'Police said a 4-month-old baby was among those hurt in the blast on Saturday.' })).ok).toBe(true);
    expect((await s.api('app.setLastOpenedStory', { storyId })).ok).toBe(true);
    await page.reload();
    await waitForFlag(page, 'contradicted', { text: 'week', block: SENTENCE }, 30_000);

    await caretAtStoryStart(page);
    await page.keyboard.press('F8');
    const card = page.locator('.evidence-card.pinned');
    await card.waitFor();
    // Nothing is applied on open: focus is on the heading, and the card shows what would change.
    await expect.poll(async () => (await focused(page)).className).toContain('card-head');
    expect(await card.locator('.card-correction-text').innerText()).toBe(FIXED);
    expect(await card.locator('.card-correction ins').innerText()).toBe('month');
    await s.screenshot('flags-05-unit-correction-preview');

    await card.getByRole('button', { name: 'Use source value' }).focus();
    await page.keyboard.press('Enter');
    const paragraph = page.locator('.el-paragraph');
    await expect.poll(() => paragraph.innerText()).toBe(FIXED);
    // Checked again: the corrected figure is no longer contradicted.
    await expect.poll(() => flagCount(page, 'contradicted', { text: 'month', block: FIXED })).toBe(0);
    await expect.poll(() => flagCount(page, 'contradicted', { text: 'week', block: FIXED })).toBe(0);
    await s.screenshot('flags-06-unit-corrected');

    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraph.innerText()).toBe(SENTENCE);
    await waitForFlag(page, 'contradicted', { text: 'week', block: SENTENCE });
  });

  it('ran without console errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
