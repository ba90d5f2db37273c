// A saved news page imported in Chromium, as a user picks it with Import file: the source shows
// the article's title and the page's date and outlet, its text has no page furniture, a second
// import of the same page asks Keep both / Use existing, and the paste dialog fills in what the
// pasted text's first lines give away.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFileAccept } from '../../electron/shared/sourceFormats.ts';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

const PAGE = { name: 'quake-toll-rises.html', mimeType: 'text/html', buffer: readFileSync(new URL('../fixtures/quake-toll-article.html', import.meta.url)) };

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreviewSession();
});

afterAll(async () => {
  await s?.close();
});

describe('web pages and duplicates in the source library', () => {
  it('offers every format of the registry in the file picker', async () => {
    const { page } = s;
    await page.locator('.el-headline').waitFor();
    expect(await page.locator('[data-testid="import-file-input"]').getAttribute('accept')).toBe(sourceFileAccept());
  });

  it('imports a saved news page as its article, with the clean title, the page’s date and outlet', async () => {
    const { page } = s;
    await page.locator('[data-testid="import-file-input"]').setInputFiles([PAGE]);
    const item = page.locator('.source-item', { has: page.locator('.source-title', { hasText: 'Quake toll rises' }) });
    await item.first().waitFor({ timeout: 30_000 });
    expect(await item.locator('.source-title').innerText()).toBe('Quake toll rises');
    // The date is shown in the browser's locale: "20 Nov 2026" or "Nov 20, 2026".
    expect(await item.locator('.source-meta').innerText()).toMatch(/^Example News · (20 Nov|Nov 20,) 2026 · HTML$/);

    await item.locator('.source-open').click();
    const text = page.locator('.reader-text');
    await text.waitFor();
    const body = await text.innerText();
    expect(body).toContain('Officials said 312 buildings had collapsed completely');
    for (const furniture of ['Weather', 'Image 1 of 14', 'Rescuers search the rubble', 'Most read', 'Scroll down for video', 'cookies', 'All rights reserved']) {
      expect(body).not.toContain(furniture);
    }
    expect(await page.getByLabel('Published').inputValue()).toBe('2026-11-20');
    expect(await page.getByLabel('Byline').inputValue()).toBe('Maria Lopez');
    expect(await page.locator('.reader-filetype').innerText()).toContain('Web page');
    await s.screenshot('html-01-article-in-reader');
    await page.getByRole('button', { name: /All sources/ }).click();
  });

  it('asks before importing the same page again: Use existing adds nothing, Keep both adds a copy', async () => {
    const { page } = s;
    const copies = page.locator('.source-title', { hasText: 'Quake toll rises' });
    await page.locator('[data-testid="import-file-input"]').setInputFiles([PAGE]);
    const dialog = page.getByRole('dialog', { name: 'This source is already in the library' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.innerText()).toContain('“Quake toll rises” has the same text as “Quake toll rises” (Example News)');
    await s.screenshot('html-02-duplicate-dialog');
    await dialog.getByRole('button', { name: 'Use existing' }).click();
    await page.locator('.toast', { hasText: 'was already in the library' }).waitFor();
    expect(await copies.count()).toBe(1);

    await page.locator('[data-testid="import-file-input"]').setInputFiles([PAGE]);
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.source-title').length > 0 &&
      [...document.querySelectorAll('.source-title')].filter((el) => el.textContent === 'Quake toll rises').length === 2, undefined, { timeout: 30_000 });
    expect(await copies.count()).toBe(2);
  });

  it('prefills the paste dialog’s title, outlet and date from the pasted text', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Paste source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a source' });
    await dialog.getByLabel('Text').fill(
      'Aftershock topples minaret in old town\nUpdated 0915 GMT, November 21, 2026\nANTAKYA, Turkey (CNN) — A strong aftershock brought down a minaret on Saturday, injuring 7 people.',
    );
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Aftershock topples minaret in old town');
    expect(await dialog.getByLabel('Outlet').inputValue()).toBe('CNN');
    expect(await dialog.getByLabel('Published').inputValue()).toBe('2026-11-21');
    await s.screenshot('html-03-paste-prefilled');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    const item = page.locator('.source-item', { has: page.locator('.source-title', { hasText: 'Aftershock topples minaret' }) });
    await item.first().waitFor();
    expect(await item.locator('.source-meta').innerText()).toMatch(/^CNN · (21 Nov|Nov 21,) 2026 · pasted$/);
    expect(s.pageErrors).toEqual([]);
  });
});
