import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Editor, Node, Range, Text, Transforms } from 'slate';
import type { DecoratedRange, Descendant, Path } from 'slate';
import { createDraftChecker, createSourceIndex } from '../../core/index.ts';
import type { Claim, Evidence } from '../../core/index.ts';
import { ClaimStore } from '../../renderer/src/checking/ClaimStore.ts';
import { createClaimDecorate, liveSpans } from '../../renderer/src/checking/decorateClaims.ts';
import type { FlaggedText } from '../../renderer/src/checking/decorateClaims.ts';
import { replaceRange, replacementFor } from '../../renderer/src/checking/sourceValue.ts';
import { textBlocks } from '../../renderer/src/checking/textBlocks.ts';
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

describe('decorate', () => {
  const editorWith = (children: Descendant[]) => storyEditor(children);
  const leavesOf = (editor: Editor, store: ClaimStore, path: Path) => {
    const decorate = createClaimDecorate(store);
    const block = Node.get(editor, path);
    const ranges = decorate([block, path]);
    const out: { text: string; verdicts: string[] }[] = [];
    for (const [text, textPath] of Node.texts(block)) {
      const absolute = path.concat(textPath);
      // As slate-react does for each text node: the block's ranges cut to the node.
      const own = ranges.flatMap((r) => {
        const hit = Range.intersection(r, Editor.range(editor, absolute)) as DecoratedRange | null;
        return hit ? [{ ...hit, anchor: { ...hit.anchor, path: [] }, focus: { ...hit.focus, path: [] } }] : [];
      });
      for (const { leaf } of Text.decorations(text, own)) {
        const flags = (leaf as FlaggedText).flags ?? [];
        out.push({ text: leaf.text, verdicts: flags.map((f) => f.claim.verdict) });
      }
    }
    return out;
  };

  it('maps block offsets onto formatted leaves and links', () => {
    const editor = editorWith([
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
    const flagged = leavesOf(editor, store, [0]).filter((l) => l.verdicts.length > 0);
    expect(flagged).toEqual([
      { text: 'on Mon', verdicts: ['contradicted'] },
      { text: 'day', verdicts: ['contradicted'] },
      { text: 'three', verdicts: ['supported'] },
      { text: '45', verdicts: ['supported'] },
    ]);
  });

  it('keeps overlapping claims both visible on the shared characters', () => {
    const text = 'Three killed, 45 injured.';
    const editor = editorWith([{ type: 'paragraph', id: 'p1', children: [{ text }] }]);
    const store = new ClaimStore();
    const [three, injured] = check('p1', text) as [Claim, Claim];
    // A claim spanning both figures, as an engine reading "Three killed, 45" as one range would give.
    const wide: Claim = { ...three, start: 0, end: 16, text: text.slice(0, 16), verdict: 'unsupported' };
    store.applyClaims([{ id: 'p1', text, claims: [wide, three, injured] }], []);
    const leaves = leavesOf(editor, store, [0]);
    expect(leaves.find((l) => l.text === 'Three')?.verdicts).toEqual(['unsupported', 'supported']);
    expect(leaves.find((l) => l.text === '45')?.verdicts).toEqual(['unsupported', 'supported']);
    expect(leaves.find((l) => l.text === ' killed, ')?.verdicts).toEqual(['unsupported']);
  });

  it('leaves out flags marked "Not a claim" and blocks without verdicts', () => {
    const editor = editorWith([
      { type: 'paragraph', id: 'p1', children: [{ text: LEDE }] },
      { type: 'paragraph', id: 'p2', children: [{ text: 'No verdicts here: 12 apples.' }] },
    ]);
    const store = storeWith('p1', LEDE);
    const monday = store.block('p1')!.flags[0]!;
    store.setHidden([monday.hideKey]);
    const decorate = createClaimDecorate(store);
    const texts = decorate([editor.children[0]!, [0]]).map((r) => LEDE.slice(r.anchor.offset, r.focus.offset));
    expect(texts).toEqual(['three', '45']);
    expect(decorate([editor.children[1]!, [1]])).toEqual([]);
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

describe('"Use source value"', () => {
  const evidenceFor = (text: string): { claim: Claim; evidence: Evidence } => {
    const claim = check('x', text).find((c) => c.verdict === 'contradicted')!;
    return { claim, evidence: claim.evidence[0]! };
  };

  it('keeps the draft’s style: digits stay digits, mid-sentence words stay lower-case', () => {
    const digits = evidenceFor('The drone attack on the factory left 4 killed and 45 injured.');
    expect(digits.claim.text).toBe('4');
    expect(digits.evidence.value).toBe('Three');
    expect(replacementFor(digits.claim, digits.evidence)).toBe('3');
    const words = evidenceFor('The attack killed four people.');
    expect(replacementFor(words.claim, words.evidence)).toBe('three');
    const date = evidenceFor(LEDE);
    expect(replacementFor(date.claim, date.evidence)).toBe('over the weekend');
  });

  it('replaces the claim in one undo step that does not take earlier typing with it', () => {
    const text = 'The drone attack on the factory left 4 killed and 45 injured.';
    const editor = storyEditor([{ type: 'paragraph', id: 'p1', children: [{ text: text.slice(0, -1) }] }]);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertText('.');
    const { claim } = evidenceFor(text);
    replaceRange(editor, { anchor: { path: [0, 0], offset: claim.start }, focus: { path: [0, 0], offset: claim.end } }, '3');
    expect(Node.string(editor)).toBe('The drone attack on the factory left 3 killed and 45 injured.');
    expect(Editor.string(editor, editor.selection!)).toBe('3');
    editor.undo();
    expect(Node.string(editor)).toBe(text);
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
