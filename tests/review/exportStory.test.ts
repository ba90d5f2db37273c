// Publication outputs and the review report, on the sample story and on hostile text.
import { describe, expect, it } from 'vitest';
import { anchorFor, storyBlocks } from '../../core/index.ts';
import { storyToHtmlFragment, storyToHtmlPage, storyToMarkdown, storyToPlainText } from '../../electron/services/exportStory.ts';
import type { StoryDocument } from '../../electron/shared/ipcContract.ts';
import type { ExportedFile } from '../../electron/shared/reviewContract.ts';
import { openTestLibrary } from './reviewLibrary.ts';
import { sampleDocument } from './reviewSample.ts';

describe('the sample story for publication', () => {
  const doc = sampleDocument();

  it('HTML: headline, paragraphs and the fact box as a boxed list', () => {
    const html = storyToHtmlFragment(doc);
    expect(html.startsWith('<h1>Three killed in Ukrainian drone attack on central Russia</h1>')).toBe(true);
    expect(html).toContain('<aside class="fact-box">\n  <h2>What We Know So Far</h2>\n  <ul>\n');
    expect(html).toContain('    <li><strong>Casualties:</strong> 3 killed, 45 injured (6 seriously)</li>\n');
    expect(html).toContain('on Monday');
    expect((html.match(/<p>/g) ?? []).length).toBeGreaterThan(5);
    const page = storyToHtmlPage('A & B <script>', doc);
    expect(page).toContain('<title>A &amp; B &lt;script&gt;</title>');
    expect(page).not.toMatch(/<script/i);
  });

  it('Markdown: the same story, the fact box as a quoted list', () => {
    const md = storyToMarkdown(doc);
    expect(md.startsWith('# Three killed in Ukrainian drone attack on central Russia\n\n')).toBe(true);
    expect(md).toMatch(/\n> \*\*What We Know So Far\*\*\n>\n> - /);
    expect(md).toContain('\n> - **Casualties:** 3 killed, 45 injured (6 seriously)\n');
    expect(md).not.toMatch(/\n{3}/);
  });

  it('plain text for the clipboard keeps every paragraph and the fact box bullets', () => {
    const text = storyToPlainText(doc);
    const blocks = storyBlocks(doc).filter((b) => b.text.trim() !== '');
    for (const block of blocks) expect(text).toContain(block.text.trim());
    expect(text).toContain('\n• Casualties: 3 killed, 45 injured (6 seriously)\n');
  });
});

describe('escaping', () => {
  const hostile: StoryDocument = [
    { type: 'headline', id: 'h', children: [{ text: '<img src=x onerror=alert(1)> & "quotes"' }] },
    {
      type: 'paragraph', id: 'p', children: [
        { text: 'Bold ', bold: true }, { text: '*stars* _under_ [brackets]', italic: true }, { text: ' ' },
        { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'bad link' }] }, { text: ' and ' },
        { type: 'link', url: 'https://example.org/a?b=1&c="2"', children: [{ text: 'good link' }] },
      ],
    },
    { type: 'paragraph', id: 'q', children: [{ text: '# not a heading' }] },
    { type: 'paragraph', id: 'r', children: [{ text: '1. not a list' }] },
  ];

  it('never lets text become markup in HTML, and keeps only web links', () => {
    const html = storyToHtmlFragment(hostile);
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</h1>');
    expect(html).toContain('<strong>Bold </strong><em>*stars* _under_ [brackets]</em> bad link and <a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">good link</a>');
    expect(html).not.toContain('javascript:');
  });

  it('escapes Markdown syntax in text so it reads as written', () => {
    const md = storyToMarkdown(hostile);
    expect(md).toContain('**Bold** _\\*stars\\* \\_under\\_ \\[brackets\\]_ bad link and [good link](<https://example.org/a?b=1&c="2">)');
    expect(md).toContain('\n\n\\# not a heading\n');
    expect(md).toContain('\n\n1\\. not a list\n');
    expect(md).not.toContain('javascript:');
  });
});

describe('the review report', () => {
  it('puts the gate and counts on top, then each claim with verdict, evidence, decision, reviewer and time', async () => {
    const lib = openTestLibrary('report');
    try {
      await lib.value('app.setPreferences', { reviewerName: 'Dana <Editor>' });
      const blocks = storyBlocks(lib.store.getStory(lib.storyId).document);
      const anchor = (text: string) => {
        const block = blocks.find((b) => b.text.includes(text))!;
        const at = block.text.indexOf(text);
        return anchorFor(block.id, block.text, at, at + text.length);
      };
      await lib.value('review.decide', { storyId: lib.storyId, anchor: anchor('over 530'), state: 'verified', verdict: 'unsupported', note: 'Called the ministry.' });
      const monday = await lib.value<{ id: string }>('review.decide', { storyId: lib.storyId, anchor: anchor('on Monday'), state: 'needs-change', verdict: 'contradicted', note: 'Wire: over the weekend.' });
      const file = await lib.value<ExportedFile>('stories.exportFile', { storyId: lib.storyId, format: 'review-report', deliver: 'inline' });
      const html = file.content!;
      expect(file.fileName).toBe('Three killed in Ukrainian drone attack on central Russia — review report.html');
      const gateAt = html.indexOf('Not ready for publication');
      expect(gateAt).toBeGreaterThan(0);
      expect(gateAt).toBeLessThan(html.indexOf('<h2>Claims'));
      expect(html).toContain('<li>“on Monday” is contradicted and sent back to the writer</li>');
      expect(html).toContain('Dana &lt;Editor&gt;');
      expect(html).not.toContain('Dana <Editor>');
      expect(html).toMatch(/<mark>over the weekend<\/mark>/);
      expect(html).toMatch(/Three killed in drone attack on military factory in Izhevsk · Wire/);
      expect(html).toMatch(/<strong>Verified<\/strong> <span class="note">“Called the ministry\.”<\/span> <span class="who">Dana &lt;Editor&gt;, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
      expect((html.match(/class="claim-row/g) ?? []).length).toBe(15);

      await lib.value('review.decide', { storyId: lib.storyId, reviewId: monday.id, anchor: anchor('on Monday'), state: 'dismissed', verdict: 'contradicted', reasons: ['source-outdated'] });
      const ready = (await lib.value<ExportedFile>('stories.exportFile', { storyId: lib.storyId, format: 'review-report', deliver: 'inline' })).content!;
      expect(ready).toContain('Ready for publication');
      expect(ready).toContain('Dismissed</strong> — Source outdated');
      expect(ready).toContain('History (2)');
    } finally {
      lib.close();
    }
  });

  it('the desktop-only dialog path answers unsupported without a dialog and saves through one', async () => {
    const saved: { name: string; content: string }[] = [];
    const lib = openTestLibrary('dialogs', {
      saveFile: async ({ suggestedName, content }) => {
        saved.push({ name: suggestedName, content });
        return { saved: true, fileName: `/tmp/${suggestedName}` };
      },
    });
    const bare = openTestLibrary('nodialogs');
    try {
      const result = await lib.value<ExportedFile>('stories.exportFile', { storyId: lib.storyId, format: 'markdown', deliver: 'dialog' });
      expect(result).toEqual({ saved: true, fileName: '/tmp/Three killed in Ukrainian drone attack on central Russia.md' });
      expect(saved[0]!.content.startsWith('# Three killed')).toBe(true);
      const none = await bare.call('stories.exportFile', { storyId: bare.storyId, format: 'markdown', deliver: 'dialog' });
      expect(none.ok ? '' : none.error.code).toBe('unsupported');
      const open = await bare.call('packages.openFile', {});
      expect(open.ok ? '' : open.error.code).toBe('unsupported');
    } finally {
      lib.close();
      bare.close();
    }
  });
});
