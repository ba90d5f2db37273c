import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { flagCount, pointAtFlag, waitForFlag } from './flagHighlights.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

/** Puts the caret at the very end of a block (End only reaches the end of the visual line). */
async function placeCaretAtEnd(page: Page, block: Locator): Promise<void> {
  await block.click();
  await block.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('[data-slate-string], [data-slate-zero-width]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
    if (!last) return;
    const range = document.createRange();
    range.setStart(last, last.textContent?.length ?? 0);
    range.collapse(true);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  await page.waitForFunction(() => document.getSelection()?.isCollapsed === true);
  await page.waitForTimeout(50);
}

/** Typed on its own in a new paragraph, as a writer would jot it down. */
const NEW_SENTENCE = '4 killed';
const exactly = (text: string): RegExp => new RegExp(`^${text}$`);

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreviewSession();
});

afterAll(async () => {
  await s?.close();
});

describe('live checking in Chromium against the preview host', () => {
  it('flags the sample story: "on Monday" red, "over 530" amber, "45 injured" supported', async () => {
    const { page } = s;
    await page.locator('.el-headline').waitFor();
    await waitForFlag(page, 'contradicted', { text: 'on Monday' }, 30_000);
    // The sentence says "over 530 drones"; the figure is flagged.
    await waitForFlag(page, 'unsupported', { text: 'over 530', blockHas: 'over 530 drones' });
    await waitForFlag(page, 'supported', { text: '45', blockHas: '45 injured' });
    // Highlights are not read out: the editor is described by a summary of what is flagged.
    expect(await page.locator('.story-editable').getAttribute('aria-describedby')).toBe('flag-summary');
    await expect.poll(() => page.locator('#flag-summary').textContent()).toMatch(/^Live checking flagged \d+ contradicted, \d+ unsupported figures\. Press F8/);
    await s.screenshot('live-01-editor-flags');
  });

  it('opens the evidence card on hover with the source quote and the matched value marked', async () => {
    const { page } = s;
    await pointAtFlag(page, 'contradicted', { text: 'on Monday' }, 'hover');
    const card = page.locator('.evidence-card');
    await card.waitFor();
    expect(await card.locator('.card-verdict').first().innerText()).toBe('Contradicted');
    expect(await card.locator('.card-explanation').first().innerText()).toContain('over the weekend');
    expect(await card.locator('.evidence-value').first().innerText()).toBe('over the weekend');
    expect(await card.locator('.card-source').first().innerText()).toContain('Three killed in drone attack on military factory in Izhevsk');
    expect(await card.getByRole('button', { name: 'Use source value' }).count()).toBe(1);
    await s.screenshot('live-02-evidence-card');
    // The reader pane opens at the quote, highlighted.
    await card.getByRole('button', { name: 'Open source' }).click();
    await page.locator('.reader-text [data-highlighted="true"]').waitFor();
    expect(await page.evaluate(() => CSS.highlights.has('crosscheck-source-span'))).toBe(true);
    await page.mouse.move(5, 5);
  });

  it('flags "4 killed" typed in a new paragraph red, citing "Three people lost their lives"', async () => {
    const { page } = s;
    const lede = page.locator('.el-paragraph').filter({ hasText: 'on Monday' }).first();
    await placeCaretAtEnd(page, lede);
    await page.keyboard.press('Enter');
    // The sentence goes in without its figure first; the "4" is the last keystroke, so the red flag
    // can only come from analysing the finished text.
    const at = NEW_SENTENCE.indexOf('4 killed');
    const [before, after] = [NEW_SENTENCE.slice(0, at), NEW_SENTENCE.slice(at + 1)];
    await page.keyboard.type(before + after, { delay: 10 });
    for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      const w = window as unknown as { lastKeyAt: number; flagAt: number };
      w.lastKeyAt = 0;
      w.flagAt = 0;
      document.addEventListener('keydown', () => (w.lastKeyAt = performance.now()), { capture: true, once: true });
      // Checked once a frame: the flag is a highlight range, set in a frame callback.
      const poll = () => {
        const red = [...(CSS.highlights.get('crosscheck-flag-contradicted') ?? [])].some(
          (r) => r instanceof Range && r.toString() === '4' && r.startContainer.parentElement?.closest('[data-block-id]')?.textContent === '4 killed',
        );
        // The frame that paints the flag.
        if (red && w.lastKeyAt > 0) requestAnimationFrame(() => (w.flagAt = performance.now()));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.keyboard.type('4');
    const paragraph = page.locator('.el-paragraph').filter({ hasText: exactly(NEW_SENTENCE) });
    await paragraph.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      console.log(await page.locator('.el-paragraph').allInnerTexts());
      throw error;
    });
    await waitForFlag(page, 'contradicted', { text: '4', block: NEW_SENTENCE }, 10_000);
    await page.waitForFunction(() => (window as unknown as { flagAt: number }).flagAt > 0, undefined, { timeout: 10_000 });
    const latency = await page.evaluate(() => {
      const w = window as unknown as { lastKeyAt: number; flagAt: number };
      return w.flagAt - w.lastKeyAt;
    });
    // A measurement, not an assertion: the goal is 300 ms, and a shared machine can be slow.
    console.log(`[e2e] last keystroke ("4") → red "4 killed" flag painted: ${latency.toFixed(0)} ms (goal ≤ 300 ms)`);

    await pointAtFlag(page, 'contradicted', { text: '4', block: NEW_SENTENCE }, 'click');
    const card = page.locator('.evidence-card.pinned');
    await card.waitFor();
    expect(await card.locator('.card-quote').first().innerText()).toContain('Three people lost their lives');
    expect(await card.locator('.evidence-value').first().innerText()).toBe('Three');
  });

  it('"Use source value" shows the result, fixes the figure in one step and Ctrl+Z restores it', async () => {
    const { page } = s;
    const card = page.locator('.evidence-card.pinned');
    expect(await card.locator('.card-correction-text').innerText()).toBe('3 killed');
    await card.getByRole('button', { name: 'Use source value' }).click();
    const fixed = page.locator('.el-paragraph').filter({ hasText: exactly('3 killed') });
    await fixed.waitFor();
    await waitForFlag(page, 'supported', { text: '3', block: '3 killed' });
    await page.keyboard.press('Control+z');
    const restored = page.locator('.el-paragraph').filter({ hasText: exactly(NEW_SENTENCE) });
    await restored.waitFor();
    await waitForFlag(page, 'contradicted', { text: '4', block: NEW_SENTENCE });
    expect(await page.locator('.el-paragraph').filter({ hasText: exactly('3 killed') }).count()).toBe(0);
  });

  it('lists every claim in the claims panel with counts; a click selects the claim', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: /Claims/ }).click();
    const counts = page.getByTestId('claims-counts');
    await expect.poll(() => counts.innerText()).toMatch(/^\d+ contradicted · \d+ unsupported · \d+ supported$/);
    const text = await counts.innerText();
    const [contradicted, unsupported, supported] = (text.match(/\d+/g) ?? []).map(Number);
    expect(contradicted).toBeGreaterThanOrEqual(2);
    expect(unsupported).toBeGreaterThanOrEqual(1);
    expect(supported).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.claim-row').count()).toBe((contradicted ?? 0) + (unsupported ?? 0) + (supported ?? 0));
    await s.screenshot('live-03-claims-panel');

    await page.getByRole('radio', { name: /Contradicted/ }).click();
    expect(await page.locator('.claim-row').count()).toBe(contradicted);
    const monday = page.locator('.claim-row').filter({ hasText: 'on Monday' });
    await monday.click();
    // Slate sets its selection on the click and copies it to the DOM after the next render, so
    // the DOM selection is read once that render has happened, not in the same tick.
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('on Monday');
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: /^All/ }).click();
  });

  it('suggests fact-box bullets with citations and inserts the casualties bullet, checked green', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Fact box' }).click();
    const casualties = page.locator('.factbox-suggestion').filter({ hasText: 'Casualties:' });
    await casualties.waitFor();
    expect(await casualties.locator('.cite').count()).toBeGreaterThan(0);
    await s.screenshot('live-04-factbox-panel');
    const line = (await casualties.locator('.factbox-line').innerText()).trim();
    await casualties.getByRole('button', { name: /^Insert/ }).click();
    const item = page.locator('.el-factbox .el-factbox-item').filter({ hasText: line });
    await item.waitFor();
    const itemText = await item.innerText();
    await expect.poll(async () => (await page.evaluate((t) => [...(CSS.highlights.get('crosscheck-flag-supported') ?? [])].filter((r) => r instanceof Range && r.startContainer.parentElement?.closest('[data-block-id]')?.textContent === t).length, itemText))).toBeGreaterThan(0);
    const problems = await page.evaluate((t) => ['contradicted', 'unsupported'].flatMap((v) => [...(CSS.highlights.get(`crosscheck-flag-${v}`) ?? [])]).filter((r) => r instanceof Range && r.startContainer.parentElement?.closest('[data-block-id]')?.textContent === t).length, itemText);
    expect(problems).toBe(0);
    expect(await casualties.getByRole('button', { name: /^In fact box/ }).isDisabled()).toBe(true);
    // A citation opens the source at the cited span.
    await casualties.locator('.cite').first().click();
    await page.locator('.reader-text [data-highlighted="true"]').waitFor();
    await s.screenshot('live-05-source-at-citation');
  });

  it('F8 jumps to the next flag and opens its card; "Not a claim" hides a flag for the story, also after a reload', async () => {
    const { page } = s;
    await page.locator('.el-headline').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('F8');
    const card = page.locator('.evidence-card.pinned');
    await card.waitFor();
    // The card takes focus in the frame after it renders: wait for it rather than race it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.evidence-card') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    await pointAtFlag(page, 'unsupported', { text: 'over 530' }, 'click');
    await page.locator('.evidence-card.pinned').getByRole('button', { name: 'Not a claim' }).click();
    // "Not a claim" takes the flag off the story: no underline of any kind.
    await expect.poll(() => flagCount(page, 'unsupported', { text: 'over 530' })).toBe(0);
    expect(await flagCount(page, 'dismissed', { text: 'over 530' })).toBe(0);
    // Stored with the story in the library, not in the window.
    const listed = (await s.api('stories.list', {})) as { value?: { stories: { id: string; title: string }[] } };
    const storyId = listed.value?.stories.find((st) => st.title.includes('Three killed'))?.id ?? '';
    await expect
      .poll(async () => ((await s.api('stories.hiddenClaims.get', { storyId })) as { value?: { keys: string[] } }).value?.keys ?? [])
      .toEqual([expect.stringMatching(/\|over 530$/)]);
    await page.reload();
    await waitForFlag(page, 'contradicted', { text: 'on Monday' }, 30_000);
    expect(await flagCount(page, 'unsupported', { text: 'over 530' })).toBe(0);
  });

  it('ran without console errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
