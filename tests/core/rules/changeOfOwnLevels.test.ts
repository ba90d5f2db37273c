import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Tom Reed weighed 130kg when he joined the running club in May. He weighs 95kg now and runs every morning.' }];
const claimOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text.includes(text));

describe('changeOfOwnLevels: a change the draft works out from two levels it gives itself', () => {
  it('"a loss of 35kg" after "130kg" and "95kg"', () => {
    const c = claimOf('Tom Reed weighed 130kg when he joined the club. He now weighs 95kg, a loss of 35kg.', '35kg');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("from the draft's own '130kg' to '95kg' is 35 kg");
  });
  it('not a wrong sum: 130kg to 95kg is no loss of 45kg', () => {
    expect(claimOf('Tom Reed weighed 130kg when he joined the club. He now weighs 95kg, a loss of 45kg.', '45kg')?.verdict).not.toBe('supported');
  });
  it('nor a figure that tells no change: "carries 35kg"', () => {
    expect(claimOf('Tom Reed weighed 130kg when he joined the club. He now weighs 95kg and carries 35kg.', '35kg')?.verdict).not.toBe('supported');
  });
  it('"a margin of £350" between two amounts told side by side, its currency sign first', () => {
    const text = 'The council paid £1,200 a month for the flat while the landlord received £850, a margin of £350 a month.';
    expect(claimOf(text, '£350')?.verdict).toBe('supported');
    expect(claimOf(text.replace('£350', '£530'), '£530')?.verdict).not.toBe('supported');
  });
});

describe('changeOfOwnLevels: a count, and both levels in one "from … to"', () => {
  const source = [{ id: 's', text: 'The number of transgender characters rose from seven to 16 this year.' }];
  const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);
  it('"rising from seven to 16, an increase of nine" is the draft\'s own change', () => {
    const c = on('Transgender characters more than doubled, rising from seven to 16, an increase of nine.', 'nine');
    expect(c?.verdict).toBe('supported');
    expect(c?.basis).toBe('draft');
  });
  it('a wrong change is not derived', () => {
    expect(on('Transgender characters more than doubled, rising from seven to 16, an increase of eight.', 'eight')?.verdict).not.toBe('supported');
  });
});

describe('changeOfOwnLevels: a hedged change of hedged levels', () => {
  const source = [{ id: 's', text: 'The ice covered some 375 sq km in the late 1960s. By the late 2000s this had fallen to about 275 sq km.' }];
  const loss = (draft: string) => checkDraft(draft, source).find((c) => c.value === 100 || c.value === 150)?.verdict;
  it('"about 375 sq km … about 275 sq km - a loss of some 100 sq km" is the gap of the draft\'s own figures', () => {
    expect(loss('The ice covered about 375 sq km in the late 1960s. It fell to about 275 sq km by the late 2000s - a loss of some 100 sq km.')).toBe('supported');
    expect(loss('The ice covered about 375 sq km in the late 1960s. It fell to about 275 sq km by the late 2000s - a loss of some 150 sq km.')).not.toBe('supported');
  });
});
