// The gate that holds: it reads "Checking…" while edits are unsaved or being checked, blocks on
// open comments, counts "Not a claim" as closed, and an export for publication asks first when
// the story is not ready (Cancel exports nothing).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';
import { selectStoryText } from './selectStoryText.ts';

let session: PreviewSession;
beforeAll(async () => {
  session = await openPreviewSession();
});
afterAll(async () => {
  await session?.close();
});

const claimRow = (page: Page, text: string) => page.locator(`.review-claim[data-claim-text="${text}"]`);
const pill = (page: Page) => page.locator('.review-strip .gate-pill');

async function openExportMenu(page: Page, label: RegExp): Promise<void> {
  await page.locator('.review-strip .menu > summary').click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** Every gate value the strip shows from now on, with the save state beside it. */
async function recordGate(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { gate: string; save: string }[] = [];
    (window as unknown as { gateSeen: typeof seen }).gateSeen = seen;
    const note = () => {
      const gate = document.querySelector('.review-strip .gate-pill')?.getAttribute('data-gate') ?? '';
      const save = document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? '';
      const last = seen[seen.length - 1];
      if (!last || last.gate !== gate || last.save !== save) seen.push({ gate, save });
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-gate', 'data-save-state'] });
  });
}
const gateSeen = (page: Page) => page.evaluate(() => (window as unknown as { gateSeen: { gate: string; save: string }[] }).gateSeen);

describe('the publication gate', () => {
  it('asks before an HTML export of a story that is not ready; Cancel exports nothing', async () => {
    const { page } = session;
    await page.locator('.el-headline').waitFor();
    await page.locator('.review-toggle').click();
    await page.getByRole('tab', { name: /Review/ }).click();
    await page.locator('.review-panel .gate-blocked').waitFor();
    expect(await pill(page).innerText()).toBe('✖ Not ready: 1 contradicted, 1 unsupported');

    let downloads = 0;
    page.on('download', () => downloads++);
    await openExportMenu(page, /HTML for publication/);
    const dialog = page.getByRole('dialog', { name: 'Not ready for publication' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('publish-check-text').innerText()).toBe('This story is not ready for publication: 1 contradicted, 1 unsupported. Export anyway?');
    // Cancel is the default: it has the focus, and Enter takes it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await session.screenshot('gate-01-export-confirmation');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(1500);
    expect(downloads).toBe(0);

    // Confirmed, it exports.
    await openExportMenu(page, /HTML for publication/);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export anyway' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);

    // The review report is not a publication: no question asked.
    const [report] = await Promise.all([page.waitForEvent('download'), openExportMenu(page, /Review report/)]);
    expect(report.suggestedFilename()).toContain('review report');
    expect(await dialog.count()).toBe(0);
  });

  it('"Not a claim" closes a flag, and a verified one leaves the story ready; Markdown then exports without asking', async () => {
    const { page } = session;
    // Mark "over 530" as not a claim from its evidence card.
    await page.getByRole('tab', { name: /Claims/ }).click();
    const row = page.locator('.claim-row').filter({ has: page.locator('.claim-text strong', { hasText: /^over 530$/ }) });
    await row.click();
    await page.locator('.evidence-card.pinned').getByRole('button', { name: 'Not a claim' }).click();
    await page.getByRole('tab', { name: /Review/ }).click();
    await claimRow(page, 'over 530').and(page.locator('[data-state="not-a-claim"]')).waitFor();
    await page.locator('.review-panel .gate-blocked', { hasText: 'Blocked by 1 contradicted.' }).waitFor();
    expect(await page.locator('.review-counts').innerText()).toContain('1 not a claim');

    await claimRow(page, 'on Monday').getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('dialog', { name: 'Reviewer name' }).getByLabel('Your name').fill('Dana Editor');
    await page.getByRole('dialog', { name: 'Reviewer name' }).getByRole('button', { name: 'Save' }).click();
    await page.locator('.review-panel .gate-ready').waitFor();
    expect(await pill(page).innerText()).toBe('✔ Ready for publication');

    const [download] = await Promise.all([page.waitForEvent('download'), openExportMenu(page, /Markdown for publication/)]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
  });

  it('an open comment blocks the story until it is resolved', async () => {
    const { page } = session;
    await selectStoryText(page, 'Izhevsk');
    await page.locator('.review-strip').getByRole('button', { name: 'Comment' }).click();
    await page.getByRole('dialog', { name: 'Comment' }).getByLabel('Comment').fill('Which Izhevsk plant?');
    await page.getByRole('dialog', { name: 'Comment' }).getByRole('button', { name: 'Add comment' }).click();
    await page.locator('.review-panel .gate-blocked').waitFor();
    expect(await pill(page).innerText()).toBe('✖ Not ready: 1 open comment');
    expect(await page.locator('.gate-blockers li').allInnerTexts()).toEqual(['A comment on “Izhevsk” is unresolved']);
    // The commented words are marked in the story.
    await page.waitForFunction(() => [...(CSS.highlights.get('review-comment') ?? [])].some((r) => r.toString() === 'Izhevsk'));
    await session.screenshot('gate-02-open-comment-blocks');

    await page.locator('.comments-margin .comment-card').getByRole('button', { name: 'Resolve' }).click();
    await page.locator('.review-panel .gate-ready').waitFor();
  });

  it('reads "Checking…", never Ready, from the first keystroke until the new figure is checked', async () => {
    const { page } = session;
    await page.locator('.review-panel .gate-ready').waitFor();
    await recordGate(page);
    // A new paragraph with a figure no source states.
    await page.locator('.el-paragraph').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Officials said 77 drones were shot down over the region.');
    expect(await pill(page).getAttribute('data-gate')).toBe('checking');
    expect(await pill(page).innerText()).toBe('Checking…');
    await page.locator('.review-panel .gate-blocked').waitFor({ timeout: 15_000 });
    const seen = await gateSeen(page);
    const afterEdit = seen.slice(seen.findIndex((s) => s.gate === 'checking'));
    expect(afterEdit.length).toBeGreaterThan(0);
    // Once the edit began, the gate went from "Checking…" to blocked without ever reading ready.
    expect(afterEdit.map((s) => s.gate)).not.toContain('ready');
    expect(await pill(page).innerText()).toMatch(/^✖ Not ready: 1 (contradicted|unsupported)$/);
  });

  it('follows a switch to another story and back, instead of waiting on the last one', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'New story' }).click();
    // An empty story has nothing to block it.
    await page.locator('.review-strip .gate-pill[data-gate="ready"]').waitFor({ timeout: 15_000 });
    await page.locator('.story-open', { hasText: 'Three killed' }).click();
    await page.locator('.review-strip .gate-pill[data-gate="blocked"]').waitFor({ timeout: 15_000 });
    expect(session.pageErrors).toEqual([]);
  });
});
