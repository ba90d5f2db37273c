import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { safeUrl, setLink, unwrapLink } from '../../renderer/src/editor/withLinks.ts';
import { normalized, storyEditor } from './storyEditorFixture.ts';

const headline: Descendant = { type: 'headline', id: 'h', children: [{ text: 'Headline' }] };

describe('withLinks', () => {
  it('accepts web and mail URLs, adds https to bare domains, refuses script and file URLs', () => {
    expect(safeUrl('bbc.co.uk/news')).toBe('https://bbc.co.uk/news');
    expect(safeUrl('http://example.com')).toBe('http://example.com/');
    expect(safeUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('file:///etc/passwd')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });

  it('wraps the selection in a link and unwraps it again', () => {
    const editor = storyEditor([headline, { type: 'paragraph', id: 'p', children: [{ text: 'Read the report now' }] }]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 9 }, focus: { path: [1, 0], offset: 15 } });
    expect(setLink(editor, 'example.com/report')).toBe(true);
    expect(editor.children[1]).toEqual({
      type: 'paragraph',
      id: 'p',
      children: [{ text: 'Read the ' }, { type: 'link', url: 'https://example.com/report', children: [{ text: 'report' }] }, { text: ' now' }],
    });
    Transforms.select(editor, { path: [1, 1, 0], offset: 2 });
    unwrapLink(editor);
    expect(editor.children[1]).toEqual({ type: 'paragraph', id: 'p', children: [{ text: 'Read the report now' }] });
  });

  it('refuses an unsafe URL without changing the document', () => {
    const doc: Descendant[] = [headline, { type: 'paragraph', id: 'p', children: [{ text: 'x' }] }];
    const editor = storyEditor(doc);
    Transforms.select(editor, Editor.range(editor, [1]));
    expect(setLink(editor, 'javascript:alert(1)')).toBe(false);
    expect(editor.children).toEqual(doc);
  });

  it('normalization unwraps links with unsafe URLs in a loaded document', () => {
    const out = normalized([
      headline,
      { type: 'paragraph', id: 'p', children: [{ text: 'a ' }, { type: 'link', url: 'javascript:x()', children: [{ text: 'bad' }] }, { text: '' }] },
    ]);
    expect(out[1]).toEqual({ type: 'paragraph', id: 'p', children: [{ text: 'a bad' }] });
  });
});
