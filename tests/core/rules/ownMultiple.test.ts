// "some £500m …, almost 30 times the cost of the Palace side" after "cost just £17m".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Palace\'s starting XI cost just £17m. City have spent some £500m on transfer fees.' }];
const times = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === `almost ${figure}`)?.verdict;

describe('ownMultiple', () => {
  it('supports the amount before it over an amount the draft gave earlier', () => {
    expect(times('Palace\'s side cost just £17m. City have spent some £500m, almost 30 times the cost of the Palace side.', '30')).toBe('supported');
  });
  it('not a multiple the amounts do not make', () => {
    expect(times('Palace\'s side cost just £17m. City have spent some £500m, almost 50 times the cost of the Palace side.', '50')).not.toBe('supported');
  });
});

describe('ownMultiple: a multiple whose sentence names no amount', () => {
  it('"By that measure the deal is worth roughly 80 million times the price of the cheapest seat"', () => {
    const src = [{ id: 's', text: 'The Premier League agreed a £5.14bn TV deal. The cheapest seats cost £64.' }];
    const draft = (n: string) => `The Premier League's TV deal is worth £5.14bn, and the cheapest seat costs £64. By that measure the deal is worth roughly ${n} million times the price of the cheapest seat.`;
    expect(checkDraft(draft('80'), src).find((c) => c.text === 'roughly 80 million')?.verdict).toBe('supported');
    expect(checkDraft(draft('50'), src).find((c) => c.text === 'roughly 50 million')?.verdict).not.toBe('supported');
  });
});

describe('ownMultiple: a multiple under two, past a time that dates the change', () => {
  const source = [{ id: 's', text: 'Prices rose to an average of £171,709. London\'s typical price reached £309,432.' }];
  const verdict = (draft: string) => checkDraft(draft, source).find((c) => /1\.[0-9]/.test(c.text))?.verdict;
  it('"£309,432, up 10.6 per cent on a year earlier and about 1.8 times the average" is £309,432 over £171,709', () => {
    const draft = (m: string) => `The average price has climbed above £170,000. Prices rose to an average of £171,709. London's typical price reached £309,432, up 10.6 per cent on a year earlier and about ${m} times the average for England and Wales.`;
    expect(verdict(draft('1.8'))).toBe('supported');
    expect(verdict(draft('1.5'))).not.toBe('supported');
  });
  it('"1,255 votes, more than three times the 365": a multiple naming both its counts, the whole multiple it passes', () => {
    const on = (draft: string, figure: string) => checkDraft(draft, [{ id: 's', text: 'Gardener polled 1,255 votes and Henderson-Begg 365.' }]).find((c) => c.text === figure)?.verdict;
    expect(on('Gardener polled 1,255 votes, more than three times the 365 won by the runner-up.', 'more than three')).toBe('supported');
    expect(on('Gardener polled 1,255 votes, more than two times the 365 won by the runner-up.', 'more than two')).not.toBe('supported');
    expect(on('Gardener polled 1,255 votes, more than four times the 365 won by the runner-up.', 'more than four')).not.toBe('supported');
  });
  it('works a multiple of two shares the draft names, past a date between them: "9.9% in August, nearly five times its 2% goal"', () => {
    const source = [{ id: 's', text: 'UK inflation stood at 9.9% in August, against a 2% target.' }];
    const verdict = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
    expect(verdict('The Bank raised rates, with UK inflation at 9.9% in August, nearly five times its 2% goal.', 'nearly five')).toBe('supported');
    expect(verdict('The Bank raised rates, with UK inflation at 9.9% in August, nearly four times its 2% goal.', 'nearly four')).not.toBe('supported');
  });
  it('passes over a time ago that dates the first figure: "30.0% higher than a year earlier, more than three times the 9.5% growth"', () => {
    const source = [{ id: 's', text: 'Non-food sales outside shops were 30.0% higher than a year earlier, after 9.5% growth in October.' }];
    const verdict = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
    expect(verdict('Sales outside shops were 30.0% higher than a year earlier, more than three times the 9.5% growth seen in October.', 'more than three')).toBe('supported');
    expect(verdict('Sales outside shops were 30.0% higher than a year earlier, more than four times the 9.5% growth seen in October.', 'more than four')).not.toBe('supported');
  });
});

describe('a multiple of "this year\'s" amount', () => {
  const source = [{ id: 's', text: 'Fares rose by £40 this year. Five years ago they rose by £330.' }];
  const verdict = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
  it('"more than eight times this year\'s rise" is the draft\'s own earlier amount over this year\'s', () => {
    expect(verdict('Fares rose by £40 this year. Five years ago they climbed by £330, more than eight times this year\'s rise.', 'more than eight')).toBe('supported');
    expect(verdict('Fares rose by £40 this year. Five years ago they climbed by £330, more than nine times this year\'s rise.', 'more than nine')).not.toBe('supported');
  });
});
