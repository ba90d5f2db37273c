import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Editor, Node } from 'slate';
import type { Descendant } from 'slate';
import { createDraftChecker, createSourceIndex } from '../../core/index.ts';
import type { Claim } from '../../core/index.ts';
import { ClaimStore } from '../../renderer/src/checking/ClaimStore.ts';
import { liveSpans } from '../../renderer/src/checking/liveSpans.ts';
import { pointInBlock, textBlocks } from '../../renderer/src/checking/textBlocks.ts';
import { bulletLine, insertFactBoxBullets } from '../../renderer/src/factbox/insertFactBoxBullets.ts';
import { storyEditor, withoutIds } from './storyEditorFixture.ts';

const SOURCE = readFileSync(new URL('../../assets/samples/source-wire-report.txt', import.meta.url), 'utf8');
const checker = createDraftChecker(createSourceIndex([{ id: 'wire', text: SOURCE, title: 'Wire report' }]));

/** Real verdicts from the engine for one block. */
function check(id: string, text: string): Claim[] {
  return checker.checkBlocks([{ id, text }]).get(id) ?? [];
}

function storeWith(id: string, text: string): ClaimStore {
  const store = new ClaimStore();
  store.applyClaims([{ id, text, claims: check(id, text) }], []);
  return store;
}

const LEDE = 'A Ukrainian drone strike on Monday killed three people and injured 45 others.';

describe('verdicts placed in the text being edited', () => {
  it('shows every flag while the text is the analysed text', () => {
    const store = storeWith('p1', LEDE);
    const spans = liveSpans(store.block('p1')!, LEDE);
    expect(spans.map((s) => [LEDE.slice(s.start, s.end), s.flag.claim.verdict])).toEqual([
      ['on Monday', 'contradicted'],
      ['three', 'supported'],
      ['45', 'supported'],
    ]);
  });

  it('keeps flags before and after an edit (shifted) and drops the one the edit touches', () => {
    const store = storeWith('p1', LEDE);
    // "three" becomes "four": the figure is being rewritten, so its old verdict must not show.
    const edited = LEDE.replace('three', 'four');
    const spans = liveSpans(store.block('p1')!, edited);
    expect(spans.map((s) => edited.slice(s.start, s.end))).toEqual(['on Monday', '45']);
  });

  it('drops a figure the caret is still extending ("45" → "456")', () => {
    const text = 'They injured 45';
    const store = storeWith('p1', text);
    expect(liveSpans(store.block('p1')!, text).length).toBe(1);
    expect(liveSpans(store.block('p1')!, `${text}6`)).toEqual([]);
  });
});

describe('block offsets in the editor', () => {
  it('map onto formatted leaves and links (where the highlighter draws a flag)', () => {
    const editor = storyEditor([
      {
        type: 'paragraph',
        id: 'p1',
        children: [
          { text: 'A Ukrainian drone strike ' },
          { text: 'on Mon', bold: true },
          { text: 'day killed ' },
          { type: 'link', url: 'https://example.org', children: [{ text: 'three people' }] },
          { text: ' and injured 45 others.' },
        ],
      },
    ]);
    const store = storeWith('p1', Node.string(editor.children[0]!));
    const drawn = liveSpans(store.block('p1')!, Node.string(editor.children[0]!)).map(({ start, end }) => {
      const range = { anchor: pointInBlock(editor, [0], start, 'forward'), focus: pointInBlock(editor, [0], end, 'backward') };
      return { anchor: range.anchor, text: Editor.string(editor, range) };
    });
    expect(drawn).toEqual([
      { anchor: { path: [0, 1], offset: 0 }, text: 'on Monday' },
      { anchor: { path: [0, 3, 0], offset: 0 }, text: 'three' },
      { anchor: { path: [0, 4], offset: 13 }, text: '45' },
    ]);
  });
});

describe('ClaimStore', () => {
  it('tells listeners only when a verdict changed', () => {
    const store = storeWith('p1', LEDE);
    let calls = 0;
    store.subscribe(() => calls++);
    const before = store.block('p1')!.flags;
    // The same claims at the same places (text typed after the last figure): no re-render.
    const longer = `${LEDE} More soon`;
    store.applyClaims([{ id: 'p1', text: longer, claims: check('p1', longer) }], []);
    expect(calls).toBe(0);
    expect(store.block('p1')!.flags).toBe(before);
    expect(store.block('p1')!.text).toBe(longer);
    const changed = LEDE.replace('three', 'four');
    store.applyClaims([{ id: 'p1', text: changed, claims: check('p1', changed) }], []);
    expect(calls).toBe(1);
    expect(store.block('p1')!.flags.find((f) => f.claim.text === 'four')?.claim.verdict).toBe('contradicted');
    store.applyClaims([], ['p1']);
    expect(calls).toBe(2);
    expect(store.block('p1')).toBeUndefined();
  });
});

describe('fact-box suggestions into the story', () => {
  const bullet = { label: 'Casualties', text: 'Three killed, 45 injured (six seriously)' };

  it('creates a fact box after the lede when the story has none, labels in bold, one undo step', () => {
    const editor = storyEditor([
      { type: 'headline', id: 'h', children: [{ text: 'Three killed' }] },
      { type: 'paragraph', id: 'p1', children: [{ text: LEDE }] },
      { type: 'paragraph', id: 'p2', children: [{ text: 'More.' }] },
    ]);
    const path = insertFactBoxBullets(editor, [bullet]);
    expect(path).toEqual([2]);
    expect(withoutIds(editor.children[2])).toEqual({
      type: 'fact-box',
      children: [
        { type: 'fact-box-title', children: [{ text: 'What we know' }] },
        { type: 'fact-box-item', children: [{ text: 'Casualties:', bold: true }, { text: ' Three killed, 45 injured (six seriously)' }] },
      ],
    });
    // The new item is a text block like any other, so the checker reads it.
    expect([...textBlocks(editor)].map(([b]) => Node.string(b))).toContain(bulletLine(bullet));
    editor.undo();
    expect(editor.children.length).toBe(3);
  });

  it('appends to an existing box and drops its empty starter item', () => {
    const editor = storyEditor([
      { type: 'paragraph', id: 'p1', children: [{ text: LEDE }] },
      { type: 'fact-box', id: 'f', children: [{ type: 'fact-box-title', id: 't', children: [{ text: 'Key facts' }] }, { type: 'fact-box-item', id: 'i', children: [{ text: '' }] }] },
    ]);
    insertFactBoxBullets(editor, [bullet, { label: 'Where', text: 'Izhevsk' }]);
    const box = editor.children[1]!;
    expect((box as { children: Descendant[] }).children.map((c) => Node.string(c))).toEqual(['Key facts', bulletLine(bullet), 'Where: Izhevsk']);
  });
});
