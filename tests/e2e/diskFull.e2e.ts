// A full disk while writing, in real Chromium against a library on a real small disk (tmpfs):
// the editor says what happened and what to do, keeps the text, asks before the tab is left,
// and stores the text once space is freed and Retry is pressed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountSmallDisk } from '../electron/mountSmallDisk.ts';
import { openPreviewSession, waitForSave } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

const mounted = mountSmallDisk(8);
if (mounted.reason) console.warn(`[diskFull.e2e] skipped: ${mounted.reason}`);
const MARKER = 'Firefighters contained the blaze by noon, the regional ministry said.';
/** Big enough that the save needs fresh room on the disk, whatever slack the WAL file has. */
const LONG_PASTE = ` ${MARKER}`.repeat(800);

let s: PreviewSession | undefined;

beforeAll(async () => {
  if (!mounted.disk) return;
  const dataDir = join(mounted.disk.dir, 'data');
  mkdirSync(dataDir);
  s = await openPreviewSession({ dataDir });
});

afterAll(async () => {
  await s?.close();
  mounted.disk?.unmount();
});

describe.skipIf(!mounted.disk)('a full disk while writing', () => {
  it('shows what to do, keeps the text, asks before leaving, and saves it after Retry', async () => {
    const session = s!;
    const disk = mounted.disk!;
    const { page } = session;
    const last = page.locator('.story-editable [data-block-id]').last();
    await last.waitFor({ timeout: 30_000 });
    const before = (await page.locator('[data-save-state]').getAttribute('data-saved-at')) ?? '';
    await last.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Written before the disk filled.', { delay: 5 });
    const savedAt = await waitForSave(page, before);

    disk.fill();
    await page.keyboard.insertText(LONG_PASTE);
    const banner = page.locator('[data-save-error="disk-full"]');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.locator('span').innerText()).toBe(
      'The disk is full: your last changes are kept here; free some space on the disk and press Retry.',
    );
    expect(await page.locator('[data-save-state]').innerText()).toContain('Not saved');
    await session.screenshot('disk-full-01-not-saved');

    // Leaving the tab now would lose the text: the browser asks first, and "stay" keeps it.
    const asked = page.waitForEvent('dialog', { timeout: 10_000 });
    void page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);

    disk.free();
    await banner.getByRole('button', { name: 'Retry' }).click();
    await waitForSave(page, savedAt);
    expect(await banner.count()).toBe(0);

    const stories = await session.api('stories.list', {});
    const id = (stories.value as { stories: { id: string; updatedAt: string }[] }).stories
      .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!.id;
    const stored = await session.api('stories.get', { id });
    expect(JSON.stringify(stored.value)).toContain(`Written before the disk filled.${LONG_PASTE}`);
    expect(session.pageErrors).toEqual([]);
  });
});
