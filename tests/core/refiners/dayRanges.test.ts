// "on 20-21 November", "from 20 to 22 November", "November 20-21, 2014": two days of one month,
// the month written once. Each day is a date, and the pair a span a length of time can be.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const dates = (text: string) => findMentions(text).filter((m) => m.kind === 'date').map((m) => m.text);

describe('dayRanges', () => {
  it('reads each day of a range as a date of the month after it', () => {
    expect(dates('The talks were held in Vienna on 20-21 November.')).toEqual(['20', '21 November']);
    expect(dates('The festival runs from 12 to 14 August 2016.')).toEqual(['12', '14 August 2016']);
    expect(dates('The summit met on November 20-21, 2014, in Brussels.')).toEqual(['November 20', '21, 2014']);
  });
  it('leaves a score or a count before a month alone when it is no pair of days', () => {
    expect(dates('Leeds won 3-1 in November.')).toEqual(['November']);
    expect(dates('Prices rose 40-45 November to March.')).toEqual(['November']);
  });
  it('a draft\'s day inside the source\'s range is supported; a day outside it is not', () => {
    const source = [{ id: 's', text: 'The minister visited Lagos on 20-21 November, meeting the governor.' }];
    expect(checkDraft('The minister arrived in Lagos on 20 November.', source).find((c) => c.kind === 'date')?.verdict).toBe('supported');
    expect(checkDraft('The minister arrived in Lagos on 23 November.', source).find((c) => c.kind === 'date')?.verdict).not.toBe('supported');
  });
  it('the range is a span: "a two-day visit on 20-21 November" is the draft\'s own arithmetic', () => {
    const source = [{ id: 's', text: 'During the minister\'s visit to Lagos on 20-21 November, hackers took down two ministry websites.' }];
    expect(checkDraft('Hackers struck during the minister\'s two-day visit to Lagos on 20-21 November.', source).find((c) => c.kind === 'duration')?.verdict).toBe('supported');
    expect(checkDraft('Hackers struck during the minister\'s three-day visit to Lagos on 20-21 November.', source).find((c) => c.kind === 'duration')?.verdict).not.toBe('supported');
  });
  it('reads two days joined by "and" as dates of the month: "16 and 17 October", "October 16 and 17"', () => {
    expect(dates('Police stopped vehicles during 16 and 17 October.')).toEqual(['16', '17 October']);
    expect(dates('Police stopped vehicles on October 16 and 17.')).toEqual(['October 16', '17']);
    expect(dates('On May 3 and 4 people were hurt.')).toEqual(['May 3']);
    const claims = checkDraft('They stopped vehicles on the highway on October 16 and 17.', [{ id: 's', text: 'Police conducted traffic stops on the highway during 16 and 17 October.' }]);
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });
  it('joins two days with a spaced dash only where nothing follows the second: "(March 17 - 19, 2017)"', () => {
    expect(dates('Box office takings (March 17 - 19, 2017)')).toEqual(['March 17', '19, 2017']);
    expect(dates('On March 17 - 19 people died.')).toEqual(['March 17']);
    const claims = checkDraft('The film opened over the March 17-19 weekend.', [{ id: 's', text: 'Weekend Box Office (March 17 - 19, 2017). The film opened this weekend.' }]);
    expect(claims.every((c) => c.verdict === 'supported')).toBe(true);
  });
});
