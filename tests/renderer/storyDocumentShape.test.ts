import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { draftTextToDocument } from '../../electron/store/draftTextToDocument.ts';
import { SAMPLE_DRAFT } from '../../electron/store/seedSamples.ts';
import { storyDocumentSchema } from '../../electron/shared/ipcContract.ts';
import { countWords, setBlockType, toggleList } from '../../renderer/src/editor/formatting.ts';
import { blockIds, normalized, storyEditor, withoutIds } from './storyEditorFixture.ts';

const sampleText = readFileSync(resolve(import.meta.dirname, '../../assets/samples', SAMPLE_DRAFT.file), 'utf8');

describe('the story document shape shared by store and editor', () => {
  it('loads the seeded sample story without any normalization change, so opening it never rewrites it', () => {
    const document = draftTextToDocument(sampleText, SAMPLE_DRAFT.options) as unknown as Descendant[];
    expect(normalized(document)).toEqual(document);
  });

  it('produces documents the IPC contract accepts after editing', () => {
    const editor = storyEditor(draftTextToDocument(sampleText, SAMPLE_DRAFT.options) as unknown as Descendant[]);
    Transforms.select(editor, Editor.end(editor, [2]));
    editor.insertBreak();
    editor.insertText('A new paragraph with 12 numbers.');
    toggleList(editor, 'numbered-list');
    expect(storyDocumentSchema.safeParse(editor.children).success).toBe(true);
    const ids = blockIds(editor.children);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('formatting commands', () => {
  const doc = (): Descendant[] => [
    { type: 'headline', id: 'h', children: [{ text: 'Headline' }] },
    { type: 'paragraph', id: 'p1', children: [{ text: 'one' }] },
    { type: 'paragraph', id: 'p2', children: [{ text: 'two' }] },
  ];

  it('toggles paragraphs into a bulleted list and back, keeping block ids', () => {
    const editor = storyEditor(doc());
    Transforms.select(editor, { anchor: Editor.start(editor, [1]), focus: Editor.end(editor, [2]) });
    toggleList(editor, 'bulleted-list');
    expect(withoutIds(editor.children[1])).toEqual({
      type: 'bulleted-list',
      children: [{ type: 'list-item', children: [{ text: 'one' }] }, { type: 'list-item', children: [{ text: 'two' }] }],
    });
    expect(blockIds(editor.children).slice(2)).toEqual(['p1', 'p2']);
    toggleList(editor, 'bulleted-list');
    expect(editor.children.slice(1)).toEqual(doc().slice(1));
  });

  it('turns a paragraph into a subheading and back without leaving a level behind', () => {
    const editor = storyEditor(doc());
    Transforms.select(editor, Editor.start(editor, [1]));
    setBlockType(editor, 'heading-3');
    expect(editor.children[1]).toEqual({ type: 'heading', id: 'p1', level: 3, children: [{ text: 'one' }] });
    setBlockType(editor, 'paragraph');
    expect(editor.children[1]).toEqual({ type: 'paragraph', id: 'p1', children: [{ text: 'one' }] });
  });

  it('counts words as a copy desk does', () => {
    expect(countWords('Three killed, 45 injured — a 1,000km strike on the well-known plant’s roof.')).toBe(12);
    expect(countWords('')).toBe(0);
  });
});
