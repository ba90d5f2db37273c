// A figure no source states but the sources' own figures give (a total of their parts) is
// supported, drawn apart from stated support, and its card says what to check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagCount, pointAtFlag, waitForFlag } from './flagHighlights.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

let s: PreviewSession;
const TOTAL = 'The strike killed 19 people.';
const STATED = 'Seven patients were among the dead.';

beforeAll(async () => {
  s = await openPreviewSession();
  const story = (await s.api('stories.create', {
    title: 'Hospital strike',
    document: [
      { type: 'headline', id: 'h-strike', children: [{ text: 'Hospital strike' }] },
      { type: 'paragraph', id: 'p-total', children: [{ text: TOTAL }] },
      { type: 'paragraph', id: 'p-stated', children: [{ text: STATED }] },
    ],
  })) as { value?: { id: string } };
  const storyId = story.value!.id;
  const source = { title: 'Ministry statement', text: 'At least 12 staff members and seven patients were killed in the strike.' };
  expect((await s.api('sources.create', { storyId, ...source })).ok).toBe(true);
  expect((await s.api('app.setLastOpenedStory', { storyId })).ok).toBe(true);
  await s.page.reload();
  const item = s.page.locator('.story-item', { hasText: 'Hospital strike' });
  await item.waitFor();
  if (!(await item.evaluate((el) => el.classList.contains('active')))) await item.locator('.story-open').click();
  await s.page.locator('.el-headline', { hasText: 'Hospital strike' }).waitFor();
});

afterAll(async () => {
  await s?.close();
});

describe('a figure worked out from the sources', () => {
  it('is drawn apart from stated support, and its card says to check the working', async () => {
    const { page } = s;
    await waitForFlag(page, 'derived', { text: '19', block: TOTAL }, 30_000);
    // The stated figure keeps the plain supported line; the total is not drawn as stated.
    await waitForFlag(page, 'supported', { text: 'Seven', block: STATED });
    expect(await flagCount(page, 'supported', { text: '19', block: TOTAL })).toBe(0);
    await pointAtFlag(page, 'derived', { text: '19', block: TOTAL }, 'click');
    const card = page.locator('.evidence-card.pinned');
    await card.waitFor();
    expect(await card.locator('.card-verdict').innerText()).toBe('Supported, worked out');
    expect(await card.locator('.card-explanation').innerText()).toMatch(/^Derived: 12 \+ 7 = 19/);
    expect(await card.locator('.card-basis-note').innerText()).toMatch(/^No source states this figure as such/);
    expect(await card.locator('.card-quote').first().innerText()).toContain('seven patients were killed');
    await s.screenshot('derived-01-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('ran without console errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
