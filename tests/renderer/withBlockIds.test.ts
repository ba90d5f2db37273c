import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { blockIds, normalized, storyEditor, withoutIds } from './storyEditorFixture.ts';

const para = (id: string, text: string): Descendant => ({ type: 'paragraph', id, children: [{ text }] });
const headline: Descendant = { type: 'headline', id: 'h', children: [{ text: 'Headline' }] };

describe('withBlockIds', () => {
  it('gives the new block a fresh id when a paragraph is split, keeping the original id on the first half', () => {
    const editor = storyEditor([headline, para('p1', 'Three killed and 45 injured')]);
    Transforms.select(editor, { path: [1, 0], offset: 12 });
    editor.insertBreak();
    const [, first, second] = editor.children as Array<{ id: string; children: { text: string }[] }>;
    expect(first?.id).toBe('p1');
    expect(first?.children[0]?.text).toBe('Three killed');
    expect(second?.id).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(second?.id).not.toBe('p1');
  });

  it('keeps the same id on redo so analysis keyed by it stays valid', () => {
    const editor = storyEditor([headline, para('p1', 'abc def')]);
    Transforms.select(editor, { path: [1, 0], offset: 3 });
    editor.insertBreak();
    const id = (editor.children[2] as { id: string }).id;
    editor.undo();
    expect(editor.children).toHaveLength(2);
    editor.redo();
    expect((editor.children[2] as { id: string }).id).toBe(id);
  });

  it('gives inserted nodes new ids when theirs are already in the document (pasting a copied block)', () => {
    const editor = storyEditor([headline, para('p1', 'one')]);
    Transforms.insertNodes(editor, para('p1', 'copy of one'), { at: [2] });
    const ids = blockIds(editor.children);
    expect(ids[1]).toBe('p1');
    expect(ids[2]).not.toBe('p1');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('assigns ids to nested blocks of an inserted list that had none', () => {
    const editor = storyEditor([headline]);
    Transforms.insertNodes(
      editor,
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'a' }] }, { type: 'list-item', children: [{ text: 'b' }] }] } as unknown as Descendant,
      { at: [1] },
    );
    const ids = blockIds(editor.children);
    expect(ids).toHaveLength(4);
    expect(ids.every((id) => /^[0-9A-Za-z]{12}$/.test(id) || id === 'h')).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });

  it('fixes duplicate and missing ids in a loaded document, keeping the first occurrence', () => {
    const out = normalized([headline, para('dup', 'first'), para('dup', 'second'), { type: 'paragraph', children: [{ text: 'no id' }] } as unknown as Descendant]);
    const ids = blockIds(out);
    expect(ids[0]).toBe('h');
    expect(ids[1]).toBe('dup');
    expect(ids[2]).not.toBe('dup');
    expect(typeof ids[3]).toBe('string');
    expect(new Set(ids).size).toBe(4);
  });

  it('does not give inline links an id', () => {
    const editor = storyEditor([headline, para('p1', 'see')]);
    Transforms.select(editor, Editor.end(editor, [1]));
    Transforms.insertNodes(editor, { type: 'link', url: 'https://example.com/', children: [{ text: 'here' }] });
    const link = (editor.children[1] as { children: Descendant[] }).children[1];
    expect(link).toEqual({ type: 'link', url: 'https://example.com/', children: [{ text: 'here' }] });
  });
});

describe('withStoryLayout', () => {
  it('makes the first block the headline and demotes other headlines to headings', () => {
    const out = normalized([para('a', 'First line'), { type: 'headline', id: 'h2', children: [{ text: 'Second' }] }]);
    expect(out).toEqual([
      { type: 'headline', id: 'a', children: [{ text: 'First line' }] },
      { type: 'heading', id: 'h2', level: 2, children: [{ text: 'Second' }] },
    ]);
  });
});

describe('withStoryLayout: Enter', () => {
  it('Enter at the end of the headline, standfirst or a heading starts a paragraph', () => {
    const editor = storyEditor([
      headline,
      { type: 'standfirst', id: 's', children: [{ text: 'Standfirst' }] },
      { type: 'heading', id: 'x', level: 3, children: [{ text: 'Section' }] },
    ]);
    for (const path of [[2], [1], [0]]) {
      Transforms.select(editor, Editor.end(editor, path));
      editor.insertBreak();
    }
    expect(editor.children.map((n) => ('type' in n ? n.type : 'text'))).toEqual([
      'headline', 'paragraph', 'standfirst', 'paragraph', 'heading', 'paragraph',
    ]);
    expect((editor.children[5] as { level?: number }).level).toBeUndefined();
  });

  it('Enter in the middle of a headline keeps the text together as headline and heading', () => {
    const editor = storyEditor([headline, para('p', 'body')]);
    Transforms.select(editor, { path: [0, 0], offset: 4 });
    editor.insertBreak();
    expect(withoutIds(editor.children.slice(0, 2))).toEqual([
      { type: 'headline', children: [{ text: 'Head' }] },
      { type: 'heading', level: 2, children: [{ text: 'line' }] },
    ]);
  });
});
