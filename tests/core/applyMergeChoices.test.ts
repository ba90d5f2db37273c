// The writer's picks on a three-way merge: each conflicted block keeps mine, theirs or both; every
// block nobody picked away, and every block merged cleanly, is in the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMergeChoices, mergeBlocks, type MergeChoice } from '../../core/index.ts';

interface P { id?: string; type: string; children: { text: string }[] }
const p = (id: string, text: string): P => ({ type: 'paragraph', id, children: [{ text }] });
const texts = (doc: readonly P[]) => doc.map((b) => `${b.id}:${b.children.map((c) => c.text).join('')}`);

describe('applyMergeChoices', () => {
  const base = [p('h', 'Council budget'), p('a', 'The council met.'), p('b', 'It voted 7-2.'), p('c', 'Residents objected.')];
  const ours = [base[0]!, p('a', 'The council met on Tuesday.'), p('b', 'It voted 8-1.'), base[3]!];
  const theirs = [base[0]!, base[1]!, p('b', 'It voted 7-2 to raise rates.'), p('c', 'Residents objected loudly.')];
  const merge = mergeBlocks(base, ours, theirs);

  it('keeps both versions of a block nobody picked, and the one-sided edits', () => {
    expect(texts(applyMergeChoices(merge, {}))).toEqual([
      'h:Council budget', 'a:The council met on Tuesday.', 'b:It voted 8-1.', 'b-theirs:It voted 7-2 to raise rates.', 'c:Residents objected loudly.',
    ]);
  });

  it('keeps mine, or theirs under the block’s own id', () => {
    expect(texts(applyMergeChoices(merge, { b: 'mine' }))).toEqual(['h:Council budget', 'a:The council met on Tuesday.', 'b:It voted 8-1.', 'c:Residents objected loudly.']);
    expect(texts(applyMergeChoices(merge, { b: 'theirs' }))).toEqual(['h:Council budget', 'a:The council met on Tuesday.', 'b:It voted 7-2 to raise rates.', 'c:Residents objected loudly.']);
  });

  it('an edit against a deletion is kept unless the writer accepts the deletion', () => {
    const deleted = mergeBlocks(base, [base[0]!, base[1]!, p('b', 'It voted 8-1.'), base[3]!], [base[0]!, base[1]!, base[3]!]);
    expect(texts(applyMergeChoices(deleted, { b: 'mine' }))).toContain('b:It voted 8-1.');
    expect(texts(applyMergeChoices(deleted, { b: 'both' }))).toContain('b:It voted 8-1.');
    expect(texts(applyMergeChoices(deleted, { b: 'theirs' }))).not.toContain('b:It voted 8-1.');
  });

  it('whatever the picks, every block outside a conflict survives and each conflict keeps at least one side', () => {
    const edit = fc.option(fc.constantFrom('X', 'Y', 'Z'), { nil: undefined });
    fc.assert(fc.property(fc.array(fc.tuple(edit, edit, fc.constantFrom<MergeChoice>('mine', 'theirs', 'both')), { minLength: 1, maxLength: 6 }), (plan) => {
      const b = plan.map((_, i) => p(`k${i}`, `base ${i}`));
      const o = plan.map(([mine], i) => (mine ? p(`k${i}`, `${mine} ours ${i}`) : b[i]!));
      const t = plan.map(([, their], i) => (their ? p(`k${i}`, `${their} theirs ${i}`) : b[i]!));
      const merged = mergeBlocks(b, o, t);
      const choices = Object.fromEntries(plan.map(([, , choice], i) => [`k${i}`, choice]));
      const result = texts(applyMergeChoices(merged, choices)).map((s) => s.slice(s.indexOf(':') + 1));
      plan.forEach(([mine, their, choice], i) => {
        const oursText = o[i]!.children[0]!.text;
        const theirsText = t[i]!.children[0]!.text;
        if (oursText === theirsText || !their) expect(result).toContain(oursText);
        else if (!mine) expect(result).toContain(theirsText);
        else {
          if (choice !== 'theirs') expect(result).toContain(oursText);
          if (choice !== 'mine') expect(result).toContain(theirsText);
        }
      });
      expect(new Set(applyMergeChoices(merged, choices).map((x) => x.id)).size).toBe(applyMergeChoices(merged, choices).length);
    }));
  });
});
