// "A woman was killed and 66 other people were injured": a figure after "and" whose noun phrase
// has a verb of its own opens a clause of its own, so the verb of the clause before ("killed")
// tells of another subject, not of what the 66 are.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { analyseText } from '../../../core/check/analyseText.ts';

const conceptOf = (text: string, figure: string): string | undefined =>
  analyseText(text).mentions.find((a) => text.slice(a.m.start, a.m.end) === figure)?.frame.concepts[0]?.concept;

describe('frameOf: a clause of its own after "and"', () => {
  it('reads the figure by its own verb', () => {
    expect(conceptOf('A woman was killed and 66 other people were injured.', '66')).toBe('injured');
  });
  it('so the source\'s 66 injured supports it, and its one killed does not contradict it', () => {
    const source = [{ id: 's', text: 'A bus carrying passengers home from a family reunion crashed on June 25th, killing one and injuring sixty six others.' }];
    expect(checkDraft('A woman was killed and 66 other people were injured when the bus crashed.', source).find((c) => c.text.includes('66'))?.verdict).toBe('supported');
  });
});
