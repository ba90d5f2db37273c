// Three-way block merge: documents in, merged document and conflicts out; then properties over
// generated edit histories — above all, that no edited text is ever dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeBlocks } from '../../core/index.ts';

interface P { id?: string; type: string; children: { text: string }[] }
const p = (id: string, text: string): P => ({ type: 'paragraph', id, children: [{ text }] });
const texts = (doc: readonly P[]) => doc.map((b) => `${b.id}:${b.children.map((c) => c.text).join('')}`);

describe('mergeBlocks', () => {
  const base = [p('h', 'Council budget'), p('a', 'The council met.'), p('b', 'It voted 7-2.'), p('c', 'Residents objected.')];

  it('takes each side’s edits to different blocks', () => {
    const ours = [base[0]!, p('a', 'The council met on Tuesday.'), base[2]!, base[3]!];
    const theirs = [base[0]!, base[1]!, p('b', 'It voted 7-2 to raise rates.'), base[3]!];
    const merged = mergeBlocks(base, ours, theirs);
    expect(texts(merged.document)).toEqual(['h:Council budget', 'a:The council met on Tuesday.', 'b:It voted 7-2 to raise rates.', 'c:Residents objected.']);
    expect(merged.conflicts).toEqual([]);
  });

  it('keeps both versions of a block edited on both sides, ours first, and reports it', () => {
    const ours = [base[0]!, base[1]!, p('b', 'It voted 8-1.'), base[3]!];
    const theirs = [base[0]!, base[1]!, p('b', 'It voted 7-2 on Tuesday.'), base[3]!];
    const merged = mergeBlocks(base, ours, theirs);
    expect(texts(merged.document)).toEqual(['h:Council budget', 'a:The council met.', 'b:It voted 8-1.', 'b-theirs:It voted 7-2 on Tuesday.', 'c:Residents objected.']);
    expect(merged.conflicts).toEqual([expect.objectContaining({ kind: 'both-edited', blockId: 'b', oursId: 'b', theirsId: 'b-theirs' })]);
  });

  it('keeps a block one side edited and the other deleted', () => {
    const ours = [base[0]!, base[1]!, base[3]!];
    const theirs = [base[0]!, base[1]!, p('b', 'It voted 7-2, after a long debate.'), base[3]!];
    const merged = mergeBlocks(base, ours, theirs);
    expect(texts(merged.document)).toContain('b:It voted 7-2, after a long debate.');
    expect(merged.conflicts.map((c) => c.kind)).toEqual(['deleted-edited']);
  });

  it('drops a block deleted on one side and untouched on the other, and places new blocks where their side put them', () => {
    const ours = [base[0]!, base[1]!, p('n1', 'A new line from us.'), base[2]!];
    const theirs = [base[0]!, base[1]!, base[2]!, base[3]!, p('n2', 'A kicker from them.')];
    const merged = mergeBlocks(base, ours, theirs);
    expect(texts(merged.document)).toEqual(['h:Council budget', 'a:The council met.', 'n1:A new line from us.', 'b:It voted 7-2.', 'n2:A kicker from them.']);
  });

  it('follows their order when only they moved blocks', () => {
    const theirs = [base[0]!, base[2]!, base[1]!, base[3]!];
    const ours = [base[0]!, p('a', 'The council met twice.'), base[2]!, base[3]!];
    expect(texts(mergeBlocks(base, ours, theirs).document)).toEqual(['h:Council budget', 'b:It voted 7-2.', 'a:The council met twice.', 'c:Residents objected.']);
  });
});

// Generated histories: a base of paragraphs, and two sides that each edit, delete, insert and move.
const word = fc.constantFrom('council', 'voted', 'rates', 'river', 'rose', 'homes', 'flooded', 'officials', 'said', '7-2', '40%');
const textArb = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
type Edit = { op: 'edit'; at: number; text: string } | { op: 'delete'; at: number } | { op: 'insert'; at: number; text: string } | { op: 'move'; from: number; to: number };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('edit' as const), at: fc.nat(), text: textArb }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: textArb }),
  fc.record({ op: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
);

function applyEdits(base: readonly P[], edits: readonly Edit[], side: string): P[] {
  const doc = [...base];
  edits.forEach((e, i) => {
    const n = doc.length;
    if (e.op === 'insert') doc.splice(e.at % (n + 1), 0, p(`${side}${i}`, e.text));
    else if (n === 0) return;
    else if (e.op === 'edit') doc[e.at % n] = p(doc[e.at % n]!.id!, `${e.text} (${side})`);
    else if (e.op === 'delete') doc.splice(e.at % n, 1);
    else { const [b] = doc.splice(e.from % n, 1); doc.splice(e.to % n, 0, b!); }
  });
  return doc;
}

const history = fc.tuple(fc.array(textArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 8 }))
  .map(([baseTexts, oursEdits, theirsEdits]) => {
    const base = baseTexts.map((t, i) => p(`b${i}`, t));
    return { base, ours: applyEdits(base, oursEdits, 'o'), theirs: applyEdits(base, theirsEdits, 't') };
  });

const contentOf = (b: P) => b.children.map((c) => c.text).join('');

describe('mergeBlocks properties', () => {
  it('never drops text either side wrote: every changed or new block is in the merge', () => {
    fc.assert(fc.property(history, ({ base, ours, theirs }) => {
      const merged = mergeBlocks(base, ours, theirs).document.map(contentOf);
      const baseById = new Map(base.map((b) => [b.id, contentOf(b)]));
      for (const block of [...ours, ...theirs]) {
        if (baseById.get(block.id) !== contentOf(block)) expect(merged).toContain(contentOf(block));
      }
    }), { numRuns: 500 });
  });

  it('keeps every block neither side touched or deleted', () => {
    fc.assert(fc.property(history, ({ base, ours, theirs }) => {
      const merged = new Set(mergeBlocks(base, ours, theirs).document.map((b) => b.id));
      const has = (doc: P[], b: P) => doc.some((x) => x.id === b.id);
      for (const b of base) if (has(ours, b) && has(theirs, b)) expect(merged.has(b.id)).toBe(true);
    }), { numRuns: 500 });
  });

  it('gives every block a distinct id', () => {
    fc.assert(fc.property(history, ({ base, ours, theirs }) => {
      const ids = mergeBlocks(base, ours, theirs).document.map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
    }), { numRuns: 500 });
  });

  it('is the identity when one side did nothing, and reports no conflict then', () => {
    fc.assert(fc.property(history, ({ base, ours, theirs }) => {
      expect(mergeBlocks(base, base, theirs)).toEqual({ document: theirs, conflicts: [] });
      expect(mergeBlocks(base, ours, base)).toEqual({ document: ours, conflicts: [] });
      expect(mergeBlocks(base, ours, ours)).toEqual({ document: ours, conflicts: [] });
    }), { numRuns: 500 });
  });

  it('invents nothing: every merged block is one side’s block (theirs possibly renamed)', () => {
    fc.assert(fc.property(history, ({ base, ours, theirs }) => {
      const written = new Set([...ours, ...theirs].map((b) => JSON.stringify({ ...b, id: undefined })));
      for (const block of mergeBlocks(base, ours, theirs).document) expect(written.has(JSON.stringify({ ...block, id: undefined }))).toBe(true);
    }), { numRuns: 500 });
  });

  it('keeps the same texts whichever side is called ours', () => {
    fc.assert(fc.property(history, ({ base, ours, theirs }) => {
      const a = mergeBlocks(base, ours, theirs).document.map(contentOf).sort();
      const b = mergeBlocks(base, theirs, ours).document.map(contentOf).sort();
      expect(a).toEqual(b);
    }), { numRuns: 500 });
  });
});
