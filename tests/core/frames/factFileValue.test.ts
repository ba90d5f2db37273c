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

describe('frameOf: a dimension adjective after a measure', () => {
  it('"each about 3.7 metres long" measures the ladders, as the source\'s "four 12ft scaling ladders" does', () => {
    const src = [{ id: 's', text: 'On the night of the break 41 men carrying four 12ft scaling ladders rushed the fence.' }];
    const length = (draft: string) => checkDraft(draft, src).find((c) => c.kind === 'quantity')?.verdict;
    expect(length('On the night 41 men carried four scaling ladders, each about 3.7 metres long, to the fence.')).toBe('supported');
    expect(length('On the night 41 men carried four scaling ladders, each about 5 metres long, to the fence.')).not.toBe('supported');
  });
});
