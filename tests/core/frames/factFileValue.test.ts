// "AGE: 27 CLUBS (League record only)": a fact file's value has no noun after it (the next word is
// the next label), and "the 27-year-old goes into …" has none either ("goes" is its verb).
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Bueno will face his former club Real Madrid on Wednesday. ALBERTO BUENO FACT FILE AGE: 27 CLUBS (League record only) Real Madrid (2006-09): 97 apps, 22 goals.' }];
const age = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'age')?.verdict;

describe('frameOf: a fact file\'s value and an age told as a noun', () => {
  it('"the 27-year-old goes into Wednesday\'s meeting" is the file\'s AGE: 27', () => {
    expect(age("Five years on, the 27-year-old goes into Wednesday's meeting with Real Madrid.")).toBe('supported');
  });
  it('but not "the 29-year-old"', () => {
    expect(age("Five years on, the 29-year-old goes into Wednesday's meeting with Real Madrid.")).not.toBe('supported');
  });
});
