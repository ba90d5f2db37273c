// A linked story edited on two laptops, one of them offline, through the sync engine: two preview
// hosts and one newsroom server (a throwaway PostgreSQL cluster). The writer and the editor edit
// the same paragraph while the writer is offline; on reconnect the writer's save comes back as a
// conflict and the story shows the merge view, where the writer picks and the merge reaches the
// server with nothing lost. Then the writer edits offline and the change reaches the editor after
// reconnecting, and the editor sends the story back while offline and it reaches the writer.
// Skipped, saying why, where the PostgreSQL server binaries are missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestNewsroom } from '../server/testNewsroom.ts';
import { loginFor, missingPostgres, seriousViolations, startNewsroomRig, syncState } from './newsroomPeers.ts';
import type { NewsroomRig } from './newsroomPeers.ts';
import { openPreviewSession, waitForSave } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';

const missingPostgresWhy = missingPostgres('newsroomMerge.e2e');

const LEAD = 'The harbour board met on Tuesday.';
const COST = 'The new pier will cost $12 million.';
const KICKER = 'Fishermen were not consulted.';

let rig: NewsroomRig | undefined;
let newsroom: TestNewsroom | undefined;
let writer: PreviewSession;
let editor: PreviewSession;
let nowhere: string;
let serverId = '';

/** Points a laptop at a socket folder with no server in it (offline), or back at the server. */
async function setOnline(session: PreviewSession, user: string, online: boolean, expected = online ? 'synced' : 'offline'): Promise<void> {
  const url = new URL(loginFor(newsroom!, user).url);
  if (!online) url.searchParams.set('host', nowhere);
  expect((await session.api('newsroom.settings.set', { url: url.toString(), user })).ok).toBe(true);
  await expect.poll(() => syncState(session.page), { timeout: 30_000 }).toBe(expected);
}

const syncLabel = (page: Page) => page.locator('[data-sync-state]').innerText();
const paragraph = (page: Page, text: string) => page.locator('.el-paragraph', { hasText: text });

/** Types at the end of the paragraph holding `text`, and waits for the local save. */
async function appendTo(session: PreviewSession, text: string, added: string): Promise<void> {
  const { page } = session;
  const before = (await page.locator('[data-save-state]').getAttribute('data-saved-at')) ?? '';
  await paragraph(page, text).click();
  await page.keyboard.press('End');
  await page.keyboard.type(added);
  await waitForSave(page, before);
}

/** The server's latest revision of the story, as plain paragraph texts. */
async function serverHeadTexts(): Promise<string[]> {
  const { rows } = await newsroom!.admin.query<{ body: unknown }>(
    'select r.body from crosscheck.stories s join crosscheck.story_revisions r on r.id = s.head_revision_id where s.id = $1', [serverId]);
  const body = rows[0]!.body as { children?: { text?: string }[] }[] | { package: { story: { document: { children?: { text?: string }[] }[] } } };
  const blocks = Array.isArray(body) ? body : body.package.story.document;
  // The editor keeps an empty paragraph at the end to type into; it holds no text.
  return blocks.map((b) => (b.children ?? []).map((c) => c.text ?? '').join('')).filter((text) => text !== '');
}

describe.skipIf(missingPostgresWhy !== '')('a linked story edited on two laptops, one offline', () => {
  beforeAll(async () => {
    rig = await startNewsroomRig();
    ({ newsroom, nowhere } = rig);
    writer = await openPreviewSession({ newsroomServer: loginFor(newsroom!, 'alice') });
    editor = await openPreviewSession({ newsroomServer: loginFor(newsroom!, 'edith') });
    await editor.page.waitForLoadState('networkidle');
    await writer.page.waitForLoadState('networkidle');
    expect((await editor.api('app.setPreferences', { reviewerName: 'Edith Park' })).ok).toBe(true);
    expect((await writer.api('app.setPreferences', { reviewerName: 'Alice Ng' })).ok).toBe(true);
  });

  afterAll(async () => {
    await rig?.close([writer, editor]);
  });

  it('the writer submits a story and the editor opens it from the queue', async () => {
    const { page } = writer;
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe('synced');
    await page.getByRole('button', { name: 'New story' }).first().click();
    await page.locator('.el-headline').click();
    await page.keyboard.type('Harbour pier');
    for (const text of [LEAD, COST, KICKER]) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(text);
    }
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
    const strip = page.getByRole('region', { name: 'Newsroom review' });
    await strip.getByRole('button', { name: 'Submit for review' }).click();
    await strip.locator('[data-review-event="submitted"][data-waiting-to-send="false"]').waitFor({ timeout: 20_000 });

    const queue = editor.page;
    await queue.getByRole('tab', { name: 'Queue' }).click();
    await queue.getByRole('button', { name: 'Refresh' }).click();
    const item = queue.locator('[data-queue-story]').filter({ hasText: 'Harbour pier' });
    await item.waitFor({ timeout: 20_000 });
    await item.getByRole('button', { name: /Open/ }).click();
    await paragraph(queue, COST).waitFor({ timeout: 20_000 });
    const { rows } = await newsroom!.admin.query<{ id: string }>("select id from crosscheck.stories where title = 'Harbour pier'");
    serverId = rows[0]!.id;
    expect(await serverHeadTexts()).toEqual(['Harbour pier', LEAD, COST, KICKER]);
  });

  it('both edit the same paragraph while the writer is offline: the writer gets a merge view and nothing is lost', async () => {
    await setOnline(writer, 'alice', false);
    // The writer, offline: the lead and the cost paragraph.
    await appendTo(writer, LEAD, ' Two members were absent.');
    await appendTo(writer, COST, ' Half comes from the state.');
    await expect.poll(() => syncLabel(writer.page), { timeout: 20_000 }).toMatch(/^Offline, \d+ changes? waiting$/);
    await writer.screenshot('newsroom-merge-01-writer-offline');

    // The editor, online: the same cost paragraph, and the kicker; then sends it back (which lets go of the lock).
    await appendTo(editor, COST, ' The board has not said who pays.');
    await appendTo(editor, KICKER, ' They learned of it from the paper.');
    const strip = editor.page.getByRole('region', { name: 'Newsroom review' });
    await strip.getByRole('button', { name: 'Send back…' }).click();
    const dialog = editor.page.getByRole('dialog', { name: 'Send back to the writer' });
    await dialog.getByLabel(/Note to the writer/).fill('Who pays for the pier?');
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await strip.locator('[data-review-event="changes_requested"][data-waiting-to-send="false"]').waitFor({ timeout: 20_000 });
    expect(await serverHeadTexts()).toContain(`${COST} The board has not said who pays.`);

    // The writer moves to another story and reconnects: their save was based on the old version,
    // so it is a conflict, and the status bar takes them to it.
    const { page } = writer;
    await page.locator('.story-item').filter({ hasNotText: 'Harbour pier' }).first().getByRole('button').first().click();
    await paragraph(page, COST).waitFor({ state: 'detached', timeout: 10_000 });
    await setOnline(writer, 'alice', true, 'conflict');
    expect(await syncLabel(page)).toBe('Conflict');
    expect(await page.locator('[data-sync-state]').getAttribute('title')).toContain('“Harbour pier”');
    await page.locator('[data-sync-state]').focus();
    await page.keyboard.press('Enter');
    const merge = page.locator('[data-merge-view="true"]');
    await merge.waitFor({ timeout: 30_000 });
    expect(await merge.locator('[data-merge-kind="mine"]').innerText()).toContain('Two members were absent.');
    expect(await merge.locator('[data-merge-kind="theirs"]').innerText()).toContain('They learned of it from the paper.');
    const conflict = merge.locator('[data-merge-kind="conflict"]');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('[data-side="mine"]').innerText()).toContain('Half comes from the state.');
    expect(await conflict.locator('[data-side="theirs"]').innerText()).toContain('The board has not said who pays.');
    expect(await conflict.locator('[data-side="theirs"]').innerText()).toContain('Edith Park');
    expect(await seriousViolations(page)).toEqual([]);
    await writer.screenshot('newsroom-merge-02-merge-view');

    // From the keyboard: Keep mine, then thinking better of it, Keep both (every word stays).
    await conflict.getByRole('radio', { name: 'Keep mine' }).focus();
    await page.keyboard.press('Space');
    expect(await conflict.getByRole('radio', { name: 'Keep mine' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await conflict.getByRole('radio', { name: 'Keep both' }).isChecked()).toBe(true);
    await writer.screenshot('newsroom-merge-03-picked');
    await merge.getByRole('button', { name: 'Save merged version' }).focus();
    await page.keyboard.press('Enter');
    await merge.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => syncState(page), { timeout: 20_000 }).toBe('synced');

    const merged = ['Harbour pier', `${LEAD} Two members were absent.`, `${COST} Half comes from the state.`, `${COST} The board has not said who pays.`, `${KICKER} They learned of it from the paper.`];
    expect(await serverHeadTexts()).toEqual(merged);
    // The editor is back in the writer's text, and the writer sees the send-back.
    await paragraph(page, 'The board has not said who pays.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('region', { name: 'Newsroom review' }).innerText()).toContain('Sent back by Edith Park');
    await writer.screenshot('newsroom-merge-04-merged');
  });

  it('the writer resubmits, edits offline, and the change reaches the editor after reconnecting', async () => {
    const { page } = writer;
    const strip = page.getByRole('region', { name: 'Newsroom review' });
    await strip.getByRole('button', { name: 'Submit for review' }).click();
    await strip.locator('[data-review-event="submitted"][data-waiting-to-send="false"]').waitFor({ timeout: 20_000 });
    await setOnline(writer, 'alice', false);
    await appendTo(writer, 'Fishermen were not consulted.', ' A meeting is set for May.');
    await expect.poll(() => syncLabel(page), { timeout: 20_000 }).toMatch(/^Offline, \d+ changes? waiting$/);
    // Nothing has left this laptop.
    expect((await serverHeadTexts()).join(' ')).not.toContain('A meeting is set for May.');
    await setOnline(writer, 'alice', true);
    expect((await serverHeadTexts()).join(' ')).toContain('A meeting is set for May.');
    // The editor's open copy follows with its next pull.
    await editor.api('newsroom.sync.now', {});
    await paragraph(editor.page, 'A meeting is set for May.').waitFor({ timeout: 40_000 });
    await editor.screenshot('newsroom-merge-05-editor-sees-offline-edit');
  });

  it('the editor sends it back while offline; it reaches the writer after reconnecting', async () => {
    const { page } = editor;
    const strip = page.getByRole('region', { name: 'Newsroom review' });
    // The writer typed a moment ago, so they hold the lock: the editor takes it over first.
    const banner = page.locator('[data-lock-holder="alice"]');
    await banner.waitFor({ timeout: 40_000 });
    await banner.getByRole('button', { name: 'Take over' }).click();
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await setOnline(editor, 'edith', false);
    await strip.locator('[data-review-event="submitted"]').waitFor({ timeout: 20_000 });
    await strip.getByRole('button', { name: 'Send back…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send back to the writer' });
    await dialog.getByLabel(/Note to the writer/).fill('Name the meeting date.');
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await strip.locator('[data-waiting-to-send="true"]').waitFor({ timeout: 20_000 });
    expect(await strip.innerText()).toContain('Sent back: waiting on this computer');
    await expect.poll(() => syncLabel(page), { timeout: 20_000 }).toMatch(/^Offline, \d+ changes waiting$/);
    await editor.screenshot('newsroom-merge-06-editor-sends-back-offline');

    await setOnline(editor, 'edith', true);
    const writerStrip = writer.page.getByRole('region', { name: 'Newsroom review' });
    await writer.api('newsroom.sync.now', {});
    await expect.poll(() => writerStrip.innerText(), { timeout: 40_000 }).toMatch(/Sent back by Edith Park, .+: “Name the meeting date\.”/);
    await writer.screenshot('newsroom-merge-07-writer-sees-send-back');
  });

  it('two people decide the same claim differently: the review shows it disputed until someone decides again', async () => {
    const claimRow = (page: Page) => page.locator('.review-claim').filter({ hasText: '$12 million' }).first();
    const openReview = async (page: Page) => {
      await page.getByRole('tab', { name: /Review/ }).click();
      await page.getByLabel('Which claims to show').selectOption('all');
      await claimRow(page).waitFor({ timeout: 30_000 });
    };
    await openReview(editor.page);
    await claimRow(editor.page).getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => claimRow(editor.page).getAttribute('data-state'), { timeout: 15_000 }).toBe('verified');

    const { page } = writer;
    await openReview(page);
    await claimRow(page).getByRole('button', { name: 'Needs change' }).click();
    const note = page.getByRole('dialog', { name: /back to the writer/ });
    await note.waitFor();
    await note.getByLabel('Note to the writer').fill('No source gives this figure.');
    await note.getByRole('button', { name: 'Send back' }).click();
    const dispute = claimRow(page).locator('[data-disputed="true"]');
    await dispute.waitFor({ timeout: 20_000 });
    expect(await dispute.innerText()).toMatch(/Disputed: Edith Park verified it .* but Alice Ng sent it back/);
    expect(await seriousViolations(page)).toEqual([]);
    await writer.screenshot('newsroom-merge-08-claim-disputed');

    // The editor decides again: settled, for the editor at once and for the writer after a pull.
    await claimRow(editor.page).getByRole('button', { name: 'Needs change' }).click();
    const editorNote = editor.page.getByRole('dialog', { name: /back to the writer/ });
    await editorNote.waitFor();
    await editorNote.getByLabel('Note to the writer').fill('Agreed: no source gives it.');
    await editorNote.getByRole('button', { name: 'Send back' }).click();
    await expect.poll(() => claimRow(editor.page).getAttribute('data-state'), { timeout: 15_000 }).toBe('needs-change');
    expect(await claimRow(editor.page).locator('[data-disputed="true"]').count()).toBe(0);
  });

  it('left no page errors', () => {
    const unexpected = (errors: string[]) => errors.filter((e) => !e.startsWith('Executing inline script violates'));
    expect(unexpected(writer.pageErrors)).toEqual([]);
    expect(unexpected(editor.pageErrors)).toEqual([]);
  });
});
