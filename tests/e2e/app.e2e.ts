import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalDocx, minimalPdf } from '../fixtures/documentFiles.ts';
import { openPreviewSession, waitForSave } from './previewSession.ts';
import type { PreviewSession } from './previewSession.ts';
import type { Locator, Page } from 'playwright-core';

/** Sets the DOM selection over a block's text, from `fromStart` (or its end) to its end. */
async function selectInBlock(page: Page, block: Locator, fromStart: boolean): Promise<void> {
  await block.click();
  await block.evaluate((element, whole) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('[data-slate-string], [data-slate-zero-width]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const texts: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    const first = texts[0];
    const last = texts[texts.length - 1];
    if (!first || !last) return;
    const range = document.createRange();
    range.setStart(whole ? first : last, whole ? 0 : (last.textContent?.length ?? 0));
    range.setEnd(last, last.textContent?.length ?? 0);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, fromStart);
  // slate-react reads the DOM selection on a throttled selectionchange; a person is never this
  // fast, and a busy shared machine can delay that handler, hence the generous pause.
  await page.waitForTimeout(fromStart ? 600 : 150);
}

/** Puts the caret at the very end of a block (End only reaches the end of the visual line). */
const placeCaretAtEnd = (page: Page, block: Locator) => selectInBlock(page, block, false);

const SAMPLE_HEADLINE = 'Three killed in Ukrainian drone attack on central Russia';
const DOCX_LINES = [
  'Council briefing on the Zephyrine reservoir',
  'The Zephyrine reservoir holds 412 million litres after the spring rains, the water board said on Tuesday.',
  'Engineers inspected 36 valves.',
];
const PDF_LINES = ['Ministry statement', 'The Quillfeather bridge will close for 18 days from 3 March.', 'About 9,400 vehicles cross it each day.'];

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreviewSession();
});

afterAll(async () => {
  await s?.close();
});

describe('Crosscheck in Chromium against the preview host', () => {
  it('opens the sample story on first run, with its source attached', async () => {
    const { page } = s;
    await page.locator('.el-headline').waitFor();
    expect(await page.locator('.el-headline').innerText()).toContain(SAMPLE_HEADLINE);
    expect(await page.locator('.story-item.active .story-name').innerText()).toContain(SAMPLE_HEADLINE);
    // The sample draft's "What We Know So Far" list arrives as a fact box.
    expect(await page.locator('.el-factbox .el-factbox-item').count()).toBeGreaterThan(0);
    // The seeded wire report is in the library and attached to the story.
    await page.locator('.source-item.attached').first().waitFor();
    expect(await page.locator('.source-item.attached .source-title').first().innerText()).toContain('Izhevsk');
    expect(await page.locator('.status-words').innerText()).toMatch(/\d+ words/);
    await s.screenshot('01-sample-story');
  });

  it('autosaves typing and finds the text after a reload', async () => {
    const { page } = s;
    const marker = 'Desk check 4711 complete.';
    await placeCaretAtEnd(page, page.locator('.el-paragraph').first());
    const before = (await page.locator('[data-save-state]').getAttribute('data-saved-at')) ?? '';
    await page.keyboard.type(` ${marker}`);
    const typedAt = Date.now();
    // The save lands within a second of the last keystroke (700 ms debounce plus the request).
    await waitForSave(page, before);
    console.log(`[e2e] last keystroke → "Saved": ${Date.now() - typedAt} ms (includes test polling)`);
    await page.reload();
    await page.locator('.el-headline').waitFor();
    expect(await page.locator('.story-editable').innerText()).toContain(marker);
    await s.screenshot('02-after-reload');
  });

  it('saves what was typed just before the page closes (pagehide/beforeunload flush)', async () => {
    const { page } = s;
    const marker = 'Typed right before closing 5150.';
    await placeCaretAtEnd(page, page.locator('.el-paragraph').nth(1));
    await page.keyboard.type(` ${marker}`);
    // No wait for the debounce: the reload unloads the page at once.
    await page.reload();
    await page.locator('.el-headline').waitFor();
    expect(await page.locator('.story-editable').innerText()).toContain(marker);
  });

  it('imports a .docx and a .pdf and finds each by full-text search', async () => {
    const { page } = s;
    const docx = Buffer.from(await minimalDocx(DOCX_LINES));
    const pdf = Buffer.from(minimalPdf(PDF_LINES));
    await page.locator('[data-testid="import-file-input"]').setInputFiles([
      { name: 'council-briefing.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx },
      { name: 'ministry-statement.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    // Imported files are titled after their file name until the writer edits the title.
    await page.locator('.source-title', { hasText: 'council-briefing' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.source-title', { hasText: 'ministry-statement' }).first().waitFor({ timeout: 30_000 });
    // New sources attach to the open story.
    expect(await page.locator('.source-item.attached').count()).toBe(3);

    const search = page.getByRole('searchbox', { name: 'Search sources' });
    await search.fill('Zephyrine');
    await page.locator('.source-snippet mark', { hasText: /Zephyrine/i }).first().waitFor();
    expect(await page.locator('.source-item').count()).toBe(1);
    await s.screenshot('03-search-docx');

    await search.fill('Quillfeather');
    await page.locator('.source-snippet mark', { hasText: /Quillfeather/i }).first().waitFor();
    expect(await page.locator('.source-item').count()).toBe(1);
    expect(await page.locator('.source-title').first().innerText()).toContain('ministry-statement');

    // The docx in the reader, next to the sample story: the acceptance screenshot.
    await search.fill('Zephyrine');
    await page.locator('.source-snippet mark', { hasText: /Zephyrine/i }).first().waitFor();
    await page.locator('.source-open').first().click();
    await page.locator('.reader-text', { hasText: '412 million litres' }).waitFor();
    expect(await page.locator('.reader-filetype').innerText()).toContain('Word document');
    await s.screenshot('04-editor-library-docx');
  });

  it('edits a source’s metadata and deletes it with undo', async () => {
    const { page } = s;
    await page.getByLabel('Outlet').fill('City Council');
    await page.getByLabel('Published').fill('2026-03-01');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('button', { name: 'Save details' }).and(page.locator(':disabled')).waitFor();
    await page.getByRole('button', { name: /All sources/ }).click();
    await page.locator('.source-meta', { hasText: 'City Council' }).first().waitFor();

    await page.locator('.source-open').first().click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.locator('.toast', { hasText: 'Deleted' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search sources' }).fill('Zephyrine');
    await page.locator('.empty-state', { hasText: 'No sources mention' }).waitFor();
    await page.locator('.toast-action', { hasText: 'Undo' }).click();
    await page.locator('.source-title', { hasText: 'council-briefing' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search sources' }).fill('');
  });

  it('inserts a fact box, types into it, and keeps it after a reload', async () => {
    const { page } = s;
    const boxesBefore = await page.locator('.el-factbox').count();
    await placeCaretAtEnd(page, page.locator('.el-paragraph').nth(1));
    const before = (await page.locator('[data-save-state]').getAttribute('data-saved-at')) ?? '';
    await page.getByRole('button', { name: '+ Fact box' }).click();
    expect(await page.locator('.el-factbox').count()).toBe(boxesBefore + 1);
    await page.keyboard.type('Reservoir in numbers');
    await page.keyboard.press('Enter');
    await page.keyboard.type('412 million litres stored');
    await page.keyboard.press('Enter');
    await page.keyboard.type('36 valves inspected');
    await waitForSave(page, before);
    await s.screenshot('05-fact-box');

    await page.reload();
    await page.locator('.el-headline').waitFor();
    const box = page.locator('.el-factbox', { hasText: 'Reservoir in numbers' });
    await box.waitFor();
    expect(await box.locator('.el-factbox-title').innerText()).toContain('Reservoir in numbers');
    expect(await box.locator('.el-factbox-item').allInnerTexts()).toEqual(['412 million litres stored', '36 valves inspected']);
  });

  it('pastes Word HTML as clean story blocks', async () => {
    const { page } = s;
    await placeCaretAtEnd(page, page.locator('.el-paragraph').last());
    await page.keyboard.press('Enter');
    // What would show a pasted handler or image reaching a live document: any element with an on*
    // attribute or an <img>/<script> added to the page, and any CSP report (Chromium reports an
    // inline handler as soon as it is parsed in a document carrying the page's policy, even an
    // inert one). CSP alone would stop the handler from running, so `__pwned` cannot tell.
    await page.evaluate(() => {
      const seen: string[] = [];
      const check = (node: Node) => {
        if (!(node instanceof Element)) return;
        for (const el of [node, ...node.querySelectorAll('*')]) {
          if (el.localName === 'img' || el.localName === 'script') seen.push(`<${el.localName}>`);
          for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) seen.push(`${el.localName}[${attr}]`);
        }
      };
      new MutationObserver((records) => {
        for (const r of records) {
          r.addedNodes.forEach(check);
          if (r.type === 'attributes' && r.attributeName?.startsWith('on')) seen.push(`${(r.target as Element).localName}[${r.attributeName}]`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`CSP ${e.violatedDirective}`));
      (window as unknown as { __pasteSeen: string[] }).__pasteSeen = seen;
    });
    const errorsBefore = s.pageErrors.length;
    await page.evaluate(() => {
      const html =
        "<html><head><style>p{mso-style-name:x}</style></head><body><p class=MsoNormal><b>Pasted</b> from Word<o:p></o:p></p>" +
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>First pasted bullet</p>" +
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Second pasted bullet</p>" +
        '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"></body></html>';
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Pasted from Word');
      // Chromium delivers a paste to a contenteditable as beforeinput/insertFromPaste, which is
      // what Slate listens to; a synthetic one carries the same DataTransfer a real paste would.
      const editable = document.querySelector('.story-editable');
      editable?.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const list = page.locator('.story-editable ul', { hasText: 'First pasted bullet' });
    await list.waitFor();
    expect(await list.locator('li').allInnerTexts()).toEqual(['First pasted bullet', 'Second pasted bullet']);
    expect(await page.locator('.story-editable strong', { hasText: 'Pasted' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pasteSeen: string[] }).__pasteSeen)).toEqual([]);
    expect(s.pageErrors.slice(errorsBefore)).toEqual([]);
  });

  it('adds a source by drag and drop and by the paste dialog', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Harbour authority notes: 27 ferries were cancelled on Sunday.'], 'harbour-notes.txt', { type: 'text/plain' }));
      (window as unknown as { __drop: DataTransfer }).__drop = data;
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.locator('.drop-overlay').waitFor();
    await s.screenshot('06a-drop-overlay');
    await page.evaluate(() => {
      const data = (window as unknown as { __drop: DataTransfer }).__drop;
      document.querySelector('.story-editable')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });
    await page.locator('.source-title', { hasText: 'harbour-notes' }).waitFor({ timeout: 30_000 });
    // Dropped on the editor, the file became a source, not text in the story.
    expect(await page.locator('.story-editable').innerText()).not.toContain('Harbour authority notes');

    await page.getByRole('button', { name: 'Paste source' }).click();
    // Typed before the text: the title guessed from the text's first line must not replace it.
    await page.getByLabel('Title', { exact: true }).fill('Police statement');
    await page.getByLabel('Text', { exact: true }).fill('Police said 14 people were questioned after the protest.');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.source-title', { hasText: 'Police statement' }).waitFor();
    expect(await page.locator('.source-item.attached').count()).toBe(5);
    await page.locator('.status-sources', { hasText: 'Checked against 5 sources' }).waitFor();
    await s.screenshot('06-library-after-adds');

    // Detach and re-attach one source.
    await page.getByRole('button', { name: 'Detach Police statement from this story' }).click();
    await page.locator('.status-sources', { hasText: 'Checked against 4 sources' }).waitFor();
    await page.getByRole('button', { name: 'Attach Police statement to this story' }).click();
    await page.locator('.status-sources', { hasText: 'Checked against 5 sources' }).waitFor();
  });

  it('creates, renames, duplicates and deletes stories, with undo, and reopens the last story', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'New story' }).first().click();
    await page.locator('.el-headline .block-placeholder').waitFor();
    const before = (await page.locator('[data-save-state]').getAttribute('data-saved-at')) ?? '';
    await page.locator('.el-headline').click();
    await page.keyboard.type('Ferry strike strands 27 crossings');
    await waitForSave(page, before);
    expect(await page.locator('.story-item').count()).toBe(2);

    const item = page.locator('.story-item.active');
    await item.hover();
    await item.getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel('Story name').fill('Ferry strike');
    await page.getByLabel('Story name').press('Enter');
    await page.locator('.story-item.active .story-name', { hasText: /^Ferry strike$/ }).waitFor();

    await item.hover();
    await item.getByRole('button', { name: /^Duplicate/ }).click();
    await page.locator('.story-item.active .story-name', { hasText: 'Ferry strike (copy)' }).waitFor();
    expect(await page.locator('.story-item').count()).toBe(3);

    const copy = page.locator('.story-item.active');
    await copy.hover();
    await copy.getByRole('button', { name: /^Delete/ }).click();
    await page.locator('.toast', { hasText: 'Deleted “Ferry strike (copy)”' }).waitFor();
    expect(await page.locator('.story-item').count()).toBe(2);
    await s.screenshot('07-story-deleted-toast');
    await page.locator('.toast-action', { hasText: 'Undo' }).click();
    await page.locator('.story-item.active .story-name', { hasText: 'Ferry strike (copy)' }).waitFor();
    expect(await page.locator('.story-item').count()).toBe(3);

    // The last story opened is the one shown after a restart of the page.
    await page.locator('.story-name', { hasText: /^Ferry strike$/ }).click();
    await page.locator('.el-headline', { hasText: 'Ferry strike strands 27 crossings' }).waitFor();
    await page.reload();
    await page.locator('.el-headline', { hasText: 'Ferry strike strands 27 crossings' }).waitFor();
  });

  it('restores a deleted story from "Recently deleted", not only from the toast', async () => {
    const { page } = s;
    const copy = page.locator('.story-item').filter({ hasText: 'Ferry strike (copy)' });
    await copy.locator('.story-open').click();
    await copy.hover();
    await copy.getByRole('button', { name: /^Delete/ }).click();
    await page.locator('.toast', { hasText: 'Deleted “Ferry strike (copy)”' }).waitFor();
    const bin = page.locator('.deleted-stories');
    await bin.locator('summary', { hasText: 'Recently deleted (1)' }).click();
    expect(await bin.locator('.deleted-note').innerText()).toContain('Kept for 30 days');
    await s.screenshot('07b-recently-deleted');
    await bin.getByRole('button', { name: 'Restore Ferry strike (copy)' }).click();
    await page.locator('.story-item.active .story-name', { hasText: 'Ferry strike (copy)' }).waitFor();
    await page.locator('.el-headline', { hasText: 'Ferry strike strands 27 crossings' }).waitFor();
    expect(await page.locator('.deleted-stories').count()).toBe(0);
    expect(await page.locator('.story-item').count()).toBe(3);
  });

  it('formats with the keyboard: bold, italic, link, undo and redo', async () => {
    const { page } = s;
    await page.locator('.story-name', { hasText: SAMPLE_HEADLINE }).click();
    await page.locator('.el-headline', { hasText: SAMPLE_HEADLINE }).waitFor();
    await placeCaretAtEnd(page, page.locator('.el-paragraph').last());
    await page.keyboard.press('Enter');
    await page.keyboard.type('Officials said 27 ferries stopped.');
    const last = page.locator('.el-paragraph').last();
    await selectInBlock(page, last, true);
    await page.keyboard.press('Control+B');
    // Live-check flags split leaves into several spans, so the bold text is read across them.
    expect((await last.locator('strong').allInnerTexts()).join('')).toBe('Officials said 27 ferries stopped.');
    await page.keyboard.press('Control+I');
    expect(await last.locator('em').count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+Z');
    expect(await last.locator('em').count()).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    expect(await last.locator('em').count()).toBeGreaterThan(0);

    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Add link' });
    await dialog.getByLabel('Web address').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await dialog.locator('.field-error').waitFor();
    await dialog.getByLabel('Web address').fill('example.org/ferries');
    await dialog.getByRole('button', { name: 'Add link' }).click();
    await last.locator('a.el-link[href="https://example.org/ferries"]').waitFor();
    await s.screenshot('09-formatting-link');
  });

  it('does not overwrite a newer revision saved elsewhere: the writer chooses', async () => {
    const { page } = s;
    const stories = (await s.api('stories.list', {})).value as { stories: { id: string; title: string }[] };
    const sample = stories.stories.find((st) => st.title === SAMPLE_HEADLINE);
    expect(sample).toBeDefined();
    const before = (await page.locator('[data-save-state]').getAttribute('data-saved-at')) ?? '';
    await page.keyboard.type(' First edit.');
    await waitForSave(page, before);

    // Another window saves a newer revision behind this page's back.
    const stored = (await s.api('stories.get', { id: sample?.id })).value as { revision: number; document: unknown[] };
    const other = await s.api('stories.save', { id: sample?.id, document: stored.document, baseRevision: stored.revision });
    expect(other.ok).toBe(true);

    await page.keyboard.type(' Second edit.');
    await page.locator('.banner-warning', { hasText: 'changed in another window' }).waitFor();
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('conflict');
    await s.screenshot('10-conflict');
    await page.getByRole('button', { name: 'Keep my version' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.reload();
    await page.locator('.el-headline').waitFor();
    expect(await page.locator('.story-editable').innerText()).toContain('First edit. Second edit.');
  });

  it('follows the OS dark theme', async () => {
    const { page } = s;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('.story-name', { hasText: SAMPLE_HEADLINE }).click();
    await page.locator('.el-headline', { hasText: SAMPLE_HEADLINE }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 21, 24)');
    await s.screenshot('08-dark-theme');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('ran without console errors or CSP violations', () => {
    expect(s.pageErrors.join('\n')).toBe('');
  });
});
