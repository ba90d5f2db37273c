// The preview token's path in a real browser: from the printed address's fragment into the tab's
// sessionStorage and out of the address bar, never in the page itself; a tab without it is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreviewSession } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreviewSession();
});

afterAll(async () => {
  await s?.close();
});

/** What a page's own script gets from the API without adding a token. */
const apiStatusWithoutToken = () =>
  fetch('/api/stories.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then((r) => r.status);

describe('the preview token', () => {
  it('is taken from the fragment, kept for the tab, and removed from the address bar', async () => {
    const { page } = s;
    await page.locator('.el-headline').waitFor();
    expect(page.url()).toBe(s.url);
    expect(await page.content()).not.toContain(s.token);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(s.token);
  });

  it('survives a reload', async () => {
    const { page } = s;
    await page.reload();
    await page.locator('.el-headline').waitFor();
    expect(page.url()).toBe(s.url);
    expect(s.pageErrors).toEqual([]);
  });

  it('is missing in a tab opened on the bare address, whose API calls are refused', async () => {
    const page = await s.context.newPage();
    try {
      await page.goto(s.url);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      expect(await page.evaluate(apiStatusWithoutToken)).toBe(403);
    } finally {
      await page.close();
    }
  });

  it('works from http://localhost:PORT as well', async () => {
    const page = await s.context.newPage();
    try {
      const port = new URL(s.url).port;
      await page.goto(`http://localhost:${port}/#token=${s.token}`);
      await page.locator('.el-headline').waitFor();
      expect(page.url()).toBe(`http://localhost:${port}/`);
    } finally {
      await page.close();
    }
  });
});
