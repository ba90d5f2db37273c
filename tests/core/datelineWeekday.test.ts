// A page's dateline with no weekday written ("8:15 PM - 23 May 2015", "Date: Tue, 19 Apr 2016
// 11:01:18 EDT") is the day the story was filed: the calendar gives its weekday, which may
// confirm a draft's "on Saturday", as a dateline that writes its weekday already did.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../core/index.ts';

const dayOf = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.kind === 'date');
const tweet = 'Ireland says yes\n8:15 PM - 23 May 2015\nIreland has become the first country in the world to approve same-sex marriage by popular vote.';
const alert = 'Date: Tue, 19 Apr 2016 11:01:18 EDT\nThe USGS issued an update on the flooding in Houston.';

describe('datelineWeekday', () => {
  it('a draft day the dateline\'s calendar day confirms is supported, and says so', () => {
    const c = dayOf('Ireland on Saturday became the first country to approve it.', tweet);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Source: dated '23 May 2015', a Saturday. Draft: 'on Saturday'.");
    expect(dayOf('The USGS said in an update on Tuesday.', alert)?.verdict).toBe('supported');
  });
  it('another day is not', () => {
    expect(dayOf('Ireland on Friday became the first country to approve it.', tweet)?.verdict).not.toBe('supported');
  });
  it('a date inside a sentence dates its event, not the filing', () => {
    const source = 'The referendum was called on 23 May 2015 after a long campaign.';
    expect(dayOf('Ireland on Saturday became the first country to approve it.', source)?.verdict).not.toBe('supported');
  });
});

describe('datelineWeekday: a headline closing on its date, and a British numeric date', () => {
  it('"Premier League round-up, September 28th 2013" dates the story a Saturday', () => {
    const source = 'EPL summary September 28th 2013\nTottenham moved top despite being held 1-1 at home by Chelsea.';
    expect(dayOf('Tottenham moved to the top of the Premier League on Saturday.', source)?.verdict).toBe('supported');
    expect(dayOf('Tottenham moved to the top of the Premier League on Sunday.', source)?.verdict).not.toBe('supported');
  });
  it('"Last Updated: 14/04/19 10:50pm" is 14 April 2019, a Sunday; "04/06/2013" stays unread', () => {
    const source = 'Tiger Woods wins the Masters\nLast Updated: 14/04/19 10:50pm\nTiger Woods won his fifth Masters title.';
    expect(dayOf('Woods won the Masters at Augusta on Sunday.', source)?.verdict).toBe('supported');
    expect(findMentions('On 04/06/2013 it rained.').some((m) => m.kind === 'date')).toBe(false);
  });
});
