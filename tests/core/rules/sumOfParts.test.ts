import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'At least 12 staff members and seven patients were killed in the strike.' }];

describe('sumOfParts', () => {
  it('a total the source gives in parts is supported, as derived', () => {
    const [c] = checkDraft('The strike killed 19 people.', source);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: 12 + 7 = 19 (at least). Draft: '19'.");
  });
  it('a wrong total is not', () => {
    expect(checkDraft('The strike killed 21 people.', source)[0]?.verdict).not.toBe('supported');
  });
  it('a bound on a derived total is not the source statement', () => {
    expect(checkDraft('The strike killed at least 11 people.', source)[0]?.verdict).not.toBe('supported');
  });
  it('never adds two outcomes: two dead and three injured are not five killed', () => {
    const both = [{ id: 's', text: 'Two people died and three were injured in the crash.' }];
    expect(checkDraft('Five people were killed in the crash.', both)[0]?.verdict).not.toBe('supported');
  });
});


describe('sumOfParts: a sum bounded below is the draft\'s "at least"', () => {
  const source = [{ id: 's', text: 'At least 12 staff members and seven patients were killed in the strike on the hospital.' }];
  const total = (draft: string) => checkDraft(draft, source).find((c) => /least|\d/.test(c.text) && /19|20|11/.test(c.text))?.verdict;
  it('"killing at least 19 people" is the source\'s "at least 12 … and seven"', () => {
    expect(total('The strike on the hospital killed at least 19 people.')).toBe('supported');
  });
  it('not another bound', () => {
    expect(total('The strike on the hospital killed at least 20 people.')).not.toBe('supported');
    expect(total('The strike on the hospital killed at least 11 people.')).not.toBe('supported');
  });
});
