// The engine runs on whatever an editor pastes: it must never throw, and its offsets must always
// index the text it was given.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft, createDraftChecker, createSourceIndex, findMentions, splitSentences } from '../../core/index.ts';

const seedDraft = readFileSync(new URL('../../assets/samples/draft-blog-story.txt', import.meta.url), 'utf8');
const seedSource = readFileSync(new URL('../../assets/samples/source-wire-report.txt', import.meta.url), 'utf8');
const newsy = fc.array(fc.constantFrom('three', '45', '1,300', 'km', '%', '$', 'over', 'about', 'the', 'weekend', 'on', 'Monday',
  '-', '–', 'million', 'a', 'half', 'in', '2022', 'killed', 'injured', '.', ',', '(', ')', 'F-16', '\n', 'between', 'and', 'to'), { maxLength: 60 })
  .map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), newsy);

describe('never throws', () => {
  it('on empty input', () => {
    expect(findMentions('')).toEqual([]);
    expect(checkDraft('', [])).toEqual([]);
    expect(splitSentences('')).toEqual([]);
    expect(checkDraft('Three died.', [{ id: 'a', text: '' }])[0]?.verdict).toBe('unsupported');
  });

  it('on arbitrary Unicode, with offsets that index the input', () => {
    fc.assert(fc.property(anyText, anyText, (draft, source) => {
      for (const m of findMentions(draft)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(draft.length);
        expect(draft.slice(m.start, m.end)).toBe(m.text);
      }
      for (const c of checkDraft(draft, [{ id: 's', text: source }])) {
        expect(draft.slice(c.start, c.end)).toBe(c.text);
        for (const e of c.evidence) expect(source.slice(e.start, e.end)).toBe(e.quote);
      }
      for (const s of splitSentences(draft)) expect(draft.slice(s.start, s.end)).toBe(s.text);
    }), { numRuns: 400 });
  });

  it('on malformed arguments from untyped callers', () => {
    const bad = [null, undefined, 42, {}, [null], [{ id: 1 }], [{ text: 5 }]] as unknown[];
    for (const b of bad) {
      expect(() => checkDraft(b as string, b as never)).not.toThrow();
      expect(() => findMentions(b as string)).not.toThrow();
      expect(() => createSourceIndex(b as never)).not.toThrow();
      expect(() => createDraftChecker(createSourceIndex([])).checkBlocks(b as never)).not.toThrow();
    }
  });

  it('on a 5 MB draft and a 5 MB source', () => {
    let big = '';
    while (big.length < 5_000_000) big += `${seedDraft}\n`;
    const claims = checkDraft(big, [{ id: 'wire', text: seedSource }]);
    expect(claims.length).toBeGreaterThan(10_000);
    expect(big.slice(claims.at(-1)?.start, claims.at(-1)?.end)).toBe(claims.at(-1)?.text);
    const index = createSourceIndex([{ id: 'big', text: big }]);
    expect(checkDraft(seedDraft, index).length).toBeGreaterThan(10);
  });
});
