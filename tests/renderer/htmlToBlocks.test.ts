import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../renderer/src/editor/htmlToBlocks.ts';
import { parsePastedHtml } from '../../renderer/src/editor/parsePastedHtml.ts';
import type { HtmlNode } from '../../renderer/src/editor/htmlToBlocks.ts';
import { withoutIds } from './storyEditorFixture.ts';

// The renderer parses pasted HTML with the same pure tokenizer (no DOM), so this is the exact path.
const map = (html: string) => withoutIds(htmlToBlocks(parsePastedHtml(html)));

describe('htmlToBlocks (paste sanitizer mapping)', () => {
  it('maps a web article to paragraphs, headings, lists and quotes, dropping scripts, images and styles', () => {
    const html = `<html><head><style>p{color:red}</style></head><body>
      <h1>Big title</h1><script>alert(1)</script>
      <p>Three <strong>people</strong> were <em>killed</em>.<img src="x.png"></p>
      <h4>Small heading</h4>
      <ul><li>One</li><li>Two <ul><li>Nested</li></ul></li></ul>
      <ol><li><p>First</p></li></ol>
      <blockquote><p>“No safe zones”</p></blockquote>
    </body></html>`;
    expect(map(html)).toEqual([
      { type: 'heading', level: 2, children: [{ text: 'Big title' }] },
      { type: 'paragraph', children: [{ text: 'Three ' }, { text: 'people', bold: true }, { text: ' were ' }, { text: 'killed', italic: true }, { text: '.' }] },
      { type: 'heading', level: 3, children: [{ text: 'Small heading' }] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: 'One' }] },
        { type: 'list-item', children: [{ text: 'Two' }] },
        { type: 'list-item', children: [{ text: 'Nested' }] },
      ] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'First' }] }] },
      { type: 'block-quote', children: [{ text: '“No safe zones”' }] },
    ]);
  });

  it('keeps safe links with text around them and drops javascript: links to plain text', () => {
    expect(map('<p>See <a href="https://example.com/a">the report</a> and <a href="javascript:evil()">this</a></p>')).toEqual([
      { type: 'paragraph', children: [
        { text: 'See ' },
        { type: 'link', url: 'https://example.com/a', children: [{ text: 'the report' }] },
        { text: ' and this' },
      ] },
    ]);
  });

  it('reads Word list paragraphs as lists and drops Word’s bullet glyphs', () => {
    const html = `<p class=MsoNormal>Intro<o:p></o:p></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>3 killed<o:p></o:p></p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>45 <b>injured</b></p>
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Numbered</p>`;
    expect(map(html)).toEqual([
      { type: 'paragraph', children: [{ text: 'Intro' }] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: '3 killed' }] },
        { type: 'list-item', children: [{ text: '45 ' }, { text: 'injured', bold: true }] },
      ] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'Numbered' }] }] },
    ]);
  });

  it('ignores Google Docs’ font-weight:normal wrapper and reads bold and italic from styles', () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Bold</span><span style="font-weight:400"> plain </span><span style="font-style:italic">slanted</span></p></b>`;
    expect(map(html)).toEqual([
      { type: 'paragraph', children: [{ text: 'Bold', bold: true }, { text: ' plain ' }, { text: 'slanted', italic: true }] },
    ]);
  });

  it('splits at <br>, collapses whitespace and drops empty blocks', () => {
    expect(map('<div>  line   one<br>line\n two </div><p>   </p><p>&nbsp;</p>')).toEqual([
      { type: 'paragraph', children: [{ text: 'line one' }] },
      { type: 'paragraph', children: [{ text: 'line two' }] },
    ]);
  });

  it('reads table rows as lines', () => {
    expect(map('<table><tr><td>Killed</td><td>3</td></tr><tr><td>Injured</td><td>45</td></tr></table>')).toEqual([
      { type: 'paragraph', children: [{ text: 'Killed 3' }] },
      { type: 'paragraph', children: [{ text: 'Injured 45' }] },
    ]);
  });

  it('gives every block, including list items, its own id', () => {
    const blocks = htmlToBlocks(parsePastedHtml('<p>a</p><ul><li>b</li><li>c</li></ul>'));
    const ids = [blocks[0]?.id, blocks[1]?.id, ...((blocks[1] as { children: { id: string }[] }).children.map((c) => c.id))];
    expect(new Set(ids).size).toBe(4);
  });
});

describe('parsePastedHtml', () => {
  it('keeps only the attributes the mapper reads, so no event handler survives as data', () => {
    const nodes = parsePastedHtml('<p onclick="x()" class="MsoNormal" style="font-weight:bold" data-x="1">Hi<img src=x onerror="y()"></p>');
    const attrsOf = (list: readonly HtmlNode[]): Record<string, string>[] =>
      list.flatMap((n) => (n.kind === 'element' ? [n.attrs, ...attrsOf(n.children)] : []));
    const names = attrsOf(nodes).flatMap((a) => Object.keys(a));
    expect(names.sort()).toEqual(['class', 'style']);
    expect(map('<p>Hi<img src=x onerror="y()"><script>z()</script></p>')).toEqual([{ type: 'paragraph', children: [{ text: 'Hi' }] }]);
  });

  it("reads Word's conditional-comment list markup the way a browser would", () => {
    const html = "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>First</p>" +
      "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span><!--[endif]-->Second</p>";
    expect(map(html)).toEqual([{ type: 'numbered-list', children: [
      { type: 'list-item', children: [{ text: 'First' }] },
      { type: 'list-item', children: [{ text: 'Second' }] },
    ] }]);
  });
});
