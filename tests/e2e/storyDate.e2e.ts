// The story's publication date in real Chromium: "yesterday" in the draft cannot be placed
// without it, is supported when it lands inside the source's weekend, and contradicted when the
// date moves; the date survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pointAtFlag, waitForFlag } from './flagHighlights.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

const SENTENCE = 'The drone attack on the Kupol plant happened yesterday.';

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreviewSession();
});

afterAll(async () => {
  await s?.close();
});

/** Waits for "yesterday" in the sentence to be flagged with this verdict. */
function yesterdayFlag(page: Page, verdict: 'contradicted' | 'unsupported' | 'supported', timeout = 10_000): Promise<unknown> {
  return waitForFlag(page, verdict, { text: 'yesterday', blockHas: SENTENCE }, timeout);
}

describe('story publication date', () => {
  it('places "yesterday" on the calendar once the story has a date, and keeps the date', async () => {
    const { page } = s;
    // The wire report is dated the Monday after the attack: its "over the weekend" is 21–22 Nov.
    const sources = await s.api('sources.list', {});
    const wire = (sources.value as { sources: { id: string }[] }).sources[0]!;
    expect((await s.api('sources.update', { id: wire.id, published: '2026-11-23' })).ok).toBe(true);
    await page.reload();
    await waitForFlag(page, 'contradicted', { text: 'on Monday' }, 30_000);

    const dateInput = page.getByLabel('Publication date');
    expect(await dateInput.inputValue()).toBe('');
    expect(await page.locator('.story-date-hint').innerText()).toBe('not set');

    const last = page.locator('.story-editable [data-block-id]').last();
    await last.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(SENTENCE, { delay: 5 });
    await yesterdayFlag(page, 'unsupported');

    await dateInput.fill('2026-11-23');
    await yesterdayFlag(page, 'supported');
    expect(await page.locator('.story-date-hint').count()).toBe(0);

    await dateInput.fill('2026-11-26');
    await dateInput.press('Enter');
    await yesterdayFlag(page, 'contradicted');
    await pointAtFlag(page, 'contradicted', { text: 'yesterday', blockHas: SENTENCE }, 'hover');
    const explanation = page.locator('.evidence-card .card-explanation').first();
    await explanation.waitFor();
    expect(await explanation.innerText()).toContain("Source: 'over the weekend' (21–22 Nov 2026). Draft: 'yesterday' (Wed 25 Nov 2026).");
    await s.screenshot('story-date-01-contradicted');
    await page.mouse.move(5, 5);

    // Stored with the story, not the window: a reload brings it back and the verdict with it.
    await page.waitForTimeout(800);
    await page.reload();
    await yesterdayFlag(page, 'contradicted', 30_000);
    expect(await page.getByLabel('Publication date').inputValue()).toBe('2026-11-26');

    // Cleared on leaving an emptied field: back to comparing by kind.
    await page.getByLabel('Publication date').fill('');
    await page.getByLabel('Publication date').blur();
    await yesterdayFlag(page, 'unsupported');
    expect(s.pageErrors).toEqual([]);
  });
});
