// Writer → editor → writer through story packages, in two separate profiles (two preview hosts,
// each with its own library and browser profile), and the review report at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreviewSession, SCREENSHOT_DIR } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';
import { selectStoryText } from './selectStoryText.ts';

let writer: PreviewSession;
let editor: PreviewSession;
let toEditor = '';
let backToWriter = '';

beforeAll(async () => {
  writer = await openPreviewSession();
  editor = await openPreviewSession();
});
afterAll(async () => {
  await writer?.close();
  await editor?.close();
});

/** Exports from the strip's menu; `anyway` answers the not-ready question a publication export asks. */
async function exportFile(page: Page, label: RegExp, anyway = false): Promise<{ name: string; text: string }> {
  await page.locator('.review-strip .menu > summary').click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: label }).click();
  if (anyway) await page.getByRole('dialog', { name: 'Not ready for publication' }).getByRole('button', { name: 'Export anyway' }).click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function uploadPackage(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="package-file-input"]').setInputFiles({ name: 'story.crosscheck', mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openReview(page: Page): Promise<void> {
  if ((await page.locator('.review-toggle').getAttribute('aria-pressed')) !== 'true') await page.locator('.review-toggle').click();
  await page.getByRole('tab', { name: /Review/ }).click();
  await page.locator('.review-panel .gate').waitFor();
}


const claimRow = (page: Page, text: string) => page.locator(`.review-claim[data-claim-text="${text}"]`);

describe('review and handoff between a writer and an editor', () => {
  it('the writer exports the sample story as a package', async () => {
    const { page } = writer;
    await page.locator('.el-headline').waitFor();
    // The writer marks the headline's "Three" as not a claim; the flag choice travels in the package.
    await page.getByRole('tab', { name: /Claims/ }).click();
    await page.locator('.claim-row').first().click();
    await page.locator('.evidence-card.pinned').getByRole('button', { name: 'Not a claim' }).click();
    await page.locator('.claims-hidden').waitFor();
    const file = await exportFile(page, /Story package/);
    expect(file.name).toBe('Three killed in Ukrainian drone attack on central Russia.crosscheck');
    const pkg = JSON.parse(file.text) as { format: string; version: number; sources: { text: string }[]; reviews: unknown[]; hiddenClaims: string[] };
    expect(pkg).toMatchObject({ format: 'crosscheck-story', version: 1, reviews: [] });
    expect(pkg.hiddenClaims).toHaveLength(1);
    expect(pkg.sources[0]?.text).toContain('Izhevsk');
    toEditor = file.text;
  });

  it('the editor opens it in a fresh profile and verifies, dismisses and sends back', async () => {
    const { page } = editor;
    await page.locator('.el-headline').waitFor();
    // The editor drops the package file on the window: it opens as a story, not as a source.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'Three killed.crosscheck', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, toEditor);
    await page.locator('.toast', { hasText: 'from the package' }).waitFor();
    expect(await page.locator('.source-item').count()).toBe(1); // no package turned into a source
    expect(await page.locator('.story-item').count()).toBe(2); // the editor's own sample and the writer's story
    await page.getByRole('tab', { name: /Claims/ }).click();
    await page.locator('.claims-hidden').waitFor(); // the writer's "Not a claim" came along
    await openReview(page);
    await page.locator('.gate-blocked').waitFor();
    expect(await page.locator('.gate-blockers li').allInnerTexts()).toEqual([
      '“on Monday” is contradicted and still open', '“over 530” is unsupported and still open',
    ]);

    // First decision: Crosscheck asks who is reviewing.
    await claimRow(page, 'over 530').getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('dialog', { name: 'Reviewer name' }).getByLabel('Your name').fill('Dana Editor');
    await page.getByRole('dialog', { name: 'Reviewer name' }).getByRole('button', { name: 'Save' }).click();
    await claimRow(page, 'over 530').and(page.locator('[data-state="verified"]')).waitFor();
    // A row takes the editor to its claim in the story.
    await claimRow(page, 'over 530').locator('.review-claim-text').click();
    await page.waitForFunction(() => window.getSelection()?.toString() === 'over 530');

    await claimRow(page, 'on Monday').getByRole('button', { name: 'Needs change' }).click();
    await page.getByRole('dialog').getByLabel('Note to the writer').fill('The wire says “over the weekend”. Please fix the day.');
    await page.getByRole('dialog').getByRole('button', { name: 'Send back' }).click();
    await claimRow(page, 'on Monday').and(page.locator('[data-state="needs-change"]')).waitFor();

    await page.getByLabel('Which claims to show').selectOption('all');
    await claimRow(page, 'second').getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('dialog').getByLabel('Not a factual claim').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Dismiss' }).click();
    await claimRow(page, 'second').and(page.locator('[data-state="dismissed"]')).waitFor();

    // A comment on a selected range, shown in the margin.
    await selectStoryText(page, 'Kupol Electromechanical Plant');
    await page.locator('.review-strip').getByRole('button', { name: 'Comment' }).click();
    await page.getByRole('dialog', { name: 'Comment' }).getByLabel('Comment').fill('Official name? The wire calls it the Kupol factory.');
    await page.getByRole('dialog', { name: 'Comment' }).getByRole('button', { name: 'Add comment' }).click();
    const card = page.locator('.comments-margin .comment-card', { hasText: 'Official name?' });
    await card.waitFor();
    expect(await card.locator('.comment-quote').innerText()).toBe('“Kupol Electromechanical Plant”');

    expect(await page.locator('.review-strip .gate-pill').innerText()).toBe('✖ Not ready: 1 sent back for a change, 1 open comment');
    await editor.screenshot('review-01-editor-decisions');
    const file = await exportFile(page, /Story package/);
    const pkg = JSON.parse(file.text) as { reviews: { decisions: { state: string; reviewer: string }[] }[]; comments: unknown[] };
    expect(pkg.reviews.map((r) => r.decisions[0]?.state).sort()).toEqual(['dismissed', 'needs-change', 'verified']);
    expect(pkg.comments).toHaveLength(1);
    backToWriter = file.text;
  });

  it('the writer imports it back (replace) and sees the decisions and the gate', async () => {
    const { page } = writer;
    await uploadPackage(page, backToWriter);
    const choice = page.getByRole('dialog', { name: 'This story is already in your library' });
    await choice.waitFor();
    expect(await choice.innerText()).toContain('The package holds 3 review decisions and 1 comment by Dana Editor; your copy has 0 decisions.');
    await writer.screenshot('review-02-writer-import-choice');
    await choice.getByRole('button', { name: 'Replace' }).click();
    await page.locator('.toast', { hasText: 'previous version is kept in deleted stories' }).waitFor();
    expect(await page.locator('.story-item').count()).toBe(1);

    await openReview(page);
    await claimRow(page, 'over 530').and(page.locator('[data-state="verified"]')).waitFor();
    await page.getByLabel('Which claims to show').selectOption('all');
    expect(await claimRow(page, 'on Monday').getAttribute('data-state')).toBe('needs-change');
    expect(await claimRow(page, 'second').getAttribute('data-state')).toBe('dismissed');
    expect(await claimRow(page, 'on Monday').locator('.review-decision').innerText()).toContain('Please fix the day.');
    expect(await claimRow(page, 'over 530').locator('.review-decision').innerText()).toContain('Dana Editor');
    expect(await page.locator('.gate-blockers li').allInnerTexts()).toEqual([
      '“on Monday” is contradicted and sent back to the writer', 'A comment on “Kupol Electromechanical Plant” is unresolved',
    ]);
    // The writer answers the editor's comment in the margin and resolves it.
    const comment = page.locator('.comments-margin .comment-card', { hasText: 'Official name?' });
    await comment.waitFor();
    await comment.getByRole('button', { name: 'Reply' }).click();
    await comment.getByLabel('Reply').fill('Yes: Kupol Electromechanical Plant is the registered name.');
    await comment.getByRole('button', { name: 'Reply' }).click();
    // The writer's first reply in this profile: Crosscheck asks for the name it will carry.
    await page.getByRole('dialog', { name: 'Reviewer name' }).getByLabel('Your name').fill('Wren Writer');
    await page.getByRole('dialog', { name: 'Reviewer name' }).getByRole('button', { name: 'Save' }).click();
    await comment.locator('.comment-reply', { hasText: 'registered name' }).waitFor();
    expect(await comment.locator('.comment-reply .comment-meta').innerText()).toContain('Wren Writer');
    await comment.getByRole('button', { name: 'Resolve' }).click();
    await comment.waitFor({ state: 'detached' });
    await page.getByLabel('Show resolved').check();
    await page.locator('.comments-margin .comment-resolved', { hasText: 'Resolved by Wren Writer' }).waitFor();
    await page.getByLabel('Which claims to show').selectOption('flagged');
    await writer.screenshot('review-03-writer-sees-decisions');

    // The live claims panel and evidence card show the same decision while reviewing.
    await page.getByRole('tab', { name: /Claims/ }).click();
    const row = page.locator('.claim-row').filter({ has: page.locator('.claim-text strong', { hasText: /^on Monday$/ }) });
    expect(await row.locator('.state-chip').innerText()).toBe('Needs change');
    await row.click();
    const card = page.locator('.evidence-card .card-review');
    await card.waitFor();
    expect(await card.locator('.card-review-state').innerText()).toContain('Review: Needs change');
    await writer.screenshot('review-03b-evidence-card-decision');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /Review/ }).click();
  });

  it('a damaged package changes nothing and says why', async () => {
    const { page } = writer;
    const before = await page.locator('.story-item').count();
    await uploadPackage(page, backToWriter.slice(0, Math.floor(backToWriter.length / 2)));
    await page.locator('.toast-error', { hasText: 'incomplete' }).waitFor();
    expect(await page.locator('.toast-error').last().innerText()).toContain('The package was not opened. This package is incomplete');
    expect(await page.locator('.story-item').count()).toBe(before);
    expect(await claimRow(page, 'over 530').getAttribute('data-state')).toBe('verified');
    await page.locator('.toast-error .toast-close').last().click();
  });

  it('copies the story as rich text for a CMS', async () => {
    const { page, context } = writer;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(writer.url).origin });
    await page.locator('.review-strip .menu > summary').click();
    await page.getByRole('menuitem', { name: 'Copy as rich text' }).click();
    // "On Monday" is still sent back: the copy is for publication, so Crosscheck asks first.
    await page.getByRole('dialog', { name: 'Not ready for publication' }).getByRole('button', { name: 'Export anyway' }).click();
    await page.locator('.toast', { hasText: 'Story copied' }).waitFor();
    const flavours = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() } : null;
    });
    expect(flavours?.html).toContain('<h1>Three killed in Ukrainian drone attack on central Russia</h1>');
    expect(flavours?.html).toContain('<aside class="fact-box">');
    expect(flavours?.html).not.toContain('Official name?');
    expect(flavours?.text.startsWith('Three killed in Ukrainian drone attack on central Russia\n\n')).toBe(true);
  });

  it('exports the review report and renders it for a look', async () => {
    const { page, context } = writer;
    const report = await exportFile(page, /Review report/);
    expect(report.name).toBe('Three killed in Ukrainian drone attack on central Russia — review report.html');
    expect(report.text).toContain('Not ready for publication');
    expect(report.text).toContain('Dana Editor');
    const view = await context.newPage();
    await view.setViewportSize({ width: 1000, height: 1300 });
    await view.setContent(report.text);
    await view.screenshot({ path: join(SCREENSHOT_DIR, 'review-04-report.png'), fullPage: false });
    await view.emulateMedia({ media: 'print' });
    await view.screenshot({ path: join(SCREENSHOT_DIR, 'review-05-report-print.png'), fullPage: true });
    await view.close();

    const markdown = await exportFile(page, /Markdown for publication/, true);
    expect(markdown.text.startsWith('# Three killed in Ukrainian drone attack on central Russia')).toBe(true);
    expect(markdown.text).not.toContain('Official name?');
  });

  it('the writer fixes the day: the claim reopens as changed and the story is ready', async () => {
    const { page } = writer;
    await selectStoryText(page, 'on Monday');
    await page.keyboard.type('over the weekend');
    const fixed = page.locator('.review-claim[data-claim-text="over the weekend"]', { has: page.locator('.review-changed') });
    await fixed.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      await writer.screenshot('review-06-failed');
      throw error;
    });
    expect(await fixed.getAttribute('data-state')).toBe('open');
    await page.locator('.review-panel .gate-ready').waitFor();
    expect(await page.locator('.review-strip .gate-pill').innerText()).toBe('✔ Ready for publication');
    await writer.screenshot('review-06-writer-fixed-ready');
    expect(writer.pageErrors).toEqual([]);
    expect(editor.pageErrors).toEqual([]);
  });

  it('a package that brings a new source shows it in the source library at once', async () => {
    const { page } = editor;
    const pkg = JSON.parse(toEditor) as { sources: { id: string; title: string; text: string }[] };
    const source = pkg.sources[0]!;
    // The same story with a source this library has never seen.
    source.id = source.id.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    source.title = 'Udmurtia regional government statement';
    source.text = `${source.text}\n\nThe regional government confirmed the figures on Sunday.`;
    await page.getByRole('tab', { name: /Sources/ }).click();
    await uploadPackage(page, JSON.stringify(pkg));
    await page.getByRole('dialog', { name: 'This story is already in your library' }).getByRole('button', { name: 'Keep both' }).click();
    await page.locator('.toast', { hasText: 'from the package' }).last().waitFor();
    await page.locator('.source-item .source-title', { hasText: 'Udmurtia regional government statement' }).waitFor({ timeout: 15_000 });
    expect(editor.pageErrors).toEqual([]);
  });
});
