// A range restates a range end for end; a changed end is pointed at.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const claims = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => [c.text, c.verdict]);

describe('ranges compared end for end', () => {
  it('supports a range whose both ends agree, within rounding', () => {
    expect(claims('The victims were aged between 19 and 54.', 'The victims, aged between 19 and 54, were named on Friday.')).toEqual([['between 19 and 54', 'supported']]);
  });
  it('contradicts a range with a changed end and points at that end', () => {
    expect(claims('The victims were aged between 19 and 45.', 'The victims, aged between 19 and 54, were named on Friday.')).toEqual([['45', 'contradicted']]);
    expect(claims('The victims were aged between 21 and 54.', 'The victims, aged between 19 and 54, were named on Friday.')).toEqual([['21', 'contradicted']]);
  });
  it('still lets a single value inside a draft range support it', () => {
    expect(claims('Between 20 and 30 people were hurt.', 'Officials said 25 people were hurt.')).toEqual([['Between 20 and 30', 'supported']]);
  });
  it('compares a hedged range end for end: "from 15 to 35" is not the source\'s "about 15 to 25", and its 35 is pointed at', () => {
    const source = [{ id: 's', text: 'A church bus carrying 15 people flipped over on Sunday. He initially estimated there were anywhere from about 15 to 25 people onboard at the time of the crash.' }];
    const wrong = checkDraft('Gonzalez initially estimated there had been anywhere from 15 to 35 people aboard.', source)[0];
    expect(wrong?.verdict).toBe('contradicted');
    expect(wrong?.text).toBe('35');
    expect(checkDraft('Gonzalez initially estimated there had been anywhere from 15 to 25 people aboard.', source)[0]?.verdict).toBe('supported');
  });
});

