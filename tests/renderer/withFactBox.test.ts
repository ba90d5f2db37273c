import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import type { FactBoxItemElement, FactBoxTitleElement } from '../../renderer/src/editor/customTypes.ts';
import { insertFactBox } from '../../renderer/src/editor/withFactBox.ts';
import { blockIds, normalized, storyEditor, withoutIds } from './storyEditorFixture.ts';

const headline: Descendant = { type: 'headline', id: 'h', children: [{ text: 'Three killed' }] };
const title = (text: string, id = 't'): FactBoxTitleElement => ({ type: 'fact-box-title', id, children: [{ text }] });
const item = (text: string, id: string): FactBoxItemElement => ({ type: 'fact-box-item', id, children: [{ text }] });

describe('withFactBox normalization', () => {
  it('leaves a well-formed fact box alone', () => {
    const doc: Descendant[] = [headline, { type: 'fact-box', id: 'f', children: [title('What we know'), item('3 killed', 'i1')] }];
    expect(normalized(doc)).toEqual(doc);
  });

  it('adds an empty item to a box that has only a title', () => {
    const out = normalized([headline, { type: 'fact-box', id: 'f', children: [title('What we know')] }]);
    expect(withoutIds(out[1])).toEqual({
      type: 'fact-box',
      children: [{ type: 'fact-box-title', children: [{ text: 'What we know' }] }, { type: 'fact-box-item', children: [{ text: '' }] }],
    });
  });

  it('adds a title above items whose title was deleted', () => {
    const out = normalized([headline, { type: 'fact-box', id: 'f', children: [item('3 killed', 'i1'), item('45 injured', 'i2')] }]);
    expect(withoutIds(out[1])).toEqual({
      type: 'fact-box',
      children: [
        { type: 'fact-box-title', children: [{ text: '' }] },
        { type: 'fact-box-item', children: [{ text: '3 killed' }] },
        { type: 'fact-box-item', children: [{ text: '45 injured' }] },
      ],
    });
  });

  it('moves a misplaced title to the top and turns extra titles into items', () => {
    const out = normalized([
      headline,
      { type: 'fact-box', id: 'f', children: [item('3 killed', 'i1'), title('Key facts'), title('Second title', 't2')] },
    ]);
    expect(withoutIds(out[1])).toEqual({
      type: 'fact-box',
      children: [
        { type: 'fact-box-title', children: [{ text: 'Key facts' }] },
        { type: 'fact-box-item', children: [{ text: '3 killed' }] },
        { type: 'fact-box-item', children: [{ text: 'Second title' }] },
      ],
    });
  });

  it('turns pasted paragraphs and headings into items and lifts list items out of pasted lists', () => {
    const out = normalized([
      headline,
      {
        type: 'fact-box',
        id: 'f',
        children: [
          title('Facts'),
          { type: 'heading', id: 'x', level: 2, children: [{ text: 'A heading' }] } as unknown as Descendant,
          { type: 'bulleted-list', id: 'l', children: [{ type: 'list-item', id: 'li', children: [{ text: 'From a list' }] }] } as unknown as Descendant,
        ],
      } as Descendant,
    ]);
    expect(withoutIds(out[1])).toEqual({
      type: 'fact-box',
      children: [
        { type: 'fact-box-title', children: [{ text: 'Facts' }] },
        { type: 'fact-box-item', children: [{ text: 'A heading' }] },
        { type: 'fact-box-item', children: [{ text: 'From a list' }] },
      ],
    });
  });

  it('builds a title and an item inside an empty box', () => {
    const out = normalized([headline, { type: 'fact-box', id: 'f', children: [{ text: '' }] } as unknown as Descendant]);
    expect(withoutIds(out[1])).toEqual({
      type: 'fact-box',
      children: [{ type: 'fact-box-title', children: [{ text: '' }] }, { type: 'fact-box-item', children: [{ text: '' }] }],
    });
  });

  it('turns fact-box parts outside a box into paragraphs', () => {
    const out = normalized([headline, item('stray item', 'i9'), title('stray title', 't9')]);
    expect(withoutIds(out.slice(1))).toEqual([
      { type: 'paragraph', children: [{ text: 'stray item' }] },
      { type: 'paragraph', children: [{ text: 'stray title' }] },
    ]);
  });
});

describe('withFactBox editing', () => {
  it('insertFactBox puts an empty box after the current block with the cursor in its title', () => {
    const editor = storyEditor([headline, { type: 'paragraph', id: 'p', children: [{ text: 'Body' }] }, { type: 'paragraph', id: 'q', children: [{ text: 'End' }] }]);
    Transforms.select(editor, Editor.end(editor, [1]));
    insertFactBox(editor);
    expect(withoutIds(editor.children[2])).toEqual({
      type: 'fact-box',
      children: [{ type: 'fact-box-title', children: [{ text: '' }] }, { type: 'fact-box-item', children: [{ text: '' }] }],
    });
    expect(editor.selection?.anchor.path).toEqual([2, 0, 0]);
    expect(new Set(blockIds(editor.children)).size).toBe(blockIds(editor.children).length);
  });

  it('Enter in the title starts an item; Enter in an item makes a new item; Enter on an empty item leaves the box', () => {
    const editor = storyEditor([headline]);
    Transforms.select(editor, Editor.end(editor, [0]));
    insertFactBox(editor);
    editor.insertText('What we know');
    editor.insertBreak();
    editor.insertText('3 killed');
    editor.insertBreak();
    editor.insertText('45 injured');
    editor.insertBreak();
    editor.insertBreak();
    editor.insertText('After the box');
    expect(withoutIds(editor.children)).toEqual([
      { type: 'headline', children: [{ text: 'Three killed' }] },
      {
        type: 'fact-box',
        children: [
          { type: 'fact-box-title', children: [{ text: 'What we know' }] },
          { type: 'fact-box-item', children: [{ text: '3 killed' }] },
          { type: 'fact-box-item', children: [{ text: '45 injured' }] },
        ],
      },
      { type: 'paragraph', children: [{ text: 'After the box' }] },
    ]);
    expect(new Set(blockIds(editor.children)).size).toBe(blockIds(editor.children).length);
  });

  it('Backspace at the start of the title does not break the box', () => {
    const editor = storyEditor([headline, { type: 'fact-box', id: 'f', children: [title('Facts'), item('one', 'i1')] }]);
    Transforms.select(editor, Editor.start(editor, [1, 0]));
    editor.deleteBackward('character');
    expect(editor.children[1]).toEqual({ type: 'fact-box', id: 'f', children: [title('Facts'), item('one', 'i1')] });
  });

  it('undo removes an inserted fact box in one step', () => {
    const editor = storyEditor([headline]);
    Transforms.select(editor, Editor.end(editor, [0]));
    insertFactBox(editor);
    editor.undo();
    expect(editor.children).toEqual([headline]);
  });
});
