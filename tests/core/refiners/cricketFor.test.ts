// "165 for five" is the innings "165-5".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('cricketFor', () => {
  it('reads runs for wickets as one score', () => {
    expect(findMentions('Wilson lifted the Irish to 165 for five.').map((m) => [m.text, m.kind, m.value, m.high])).toEqual([['165 for five', 'score', 165, 5]]);
  });
  it('not a price for a number of things', () => {
    expect(findMentions('He paid 30 for two tickets.').map((m) => m.kind)).toEqual(['count', 'count']);
  });
  it('compares with the scorecard\'s "165-5"', () => {
    const source = [{ id: 's', text: 'Gary Wilson hit an unbeaten 41 runs as Ireland made 165-5 in their 20 overs in Greater Noida.' }];
    expect(checkDraft('Ireland made 165 for five in Greater Noida.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Ireland made 165 for six in Greater Noida.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('runs for wickets in a cricket story', () => {
  it('"Ireland made 165-5" is one score when the story is a cricket report, whatever its sentence says', () => {
    const text = 'Ireland made 165-5 in Greater Noida. The Afghans reached their target with two overs to spare and six wickets in hand.';
    const ms = findMentions(text).filter((m) => m.text.startsWith('165'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([['score', '165-5']]);
  });
  it('but not in a story with no cricket words', () => {
    expect(findMentions('The model 165-5 went on sale in June.').some((m) => m.kind === 'score')).toBe(false);
  });
  it('Australian copy\'s wickets-first "5-193" is 193 for five in a cricket report, a range elsewhere', () => {
    const source = [{ id: 's', text: 'Maxwell and Pooran added 125 runs for the fifth wicket as the Stars made 5-193 in their innings.' }];
    expect(checkDraft('The Stars had made 193 for five in their innings.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The Stars had made 193 for six in their innings.', source)[0]?.verdict).not.toBe('supported');
    expect(findMentions('Children aged 5-15 can enter.').map((m) => [m.kind, m.value, m.high])).toEqual([['age', 5, 15]]);
  });
  it('a collapse below ten runs ("slumped to one for two") is a score in a cricket story, and "25 for three in 4.4 overs" no share', () => {
    const source = [{ id: 's', text: 'Chasing 310, Kent slumped to one for two after Patel took two wickets in his first over, and were 25 for three in 4.4 overs.' }];
    expect(checkDraft('Patel took two wickets to leave Kent one for two.', source).find((c) => c.text === 'one for two')?.verdict).toBe('supported');
    expect(checkDraft('Kent were 25 for three after 4.4 overs.', source).map((c) => [c.text, c.verdict])).toEqual([['25 for three', 'supported'], ['4.4', 'supported']]);
    expect(findMentions('It was two for one at the bar.').some((m) => m.kind === 'score')).toBe(false);
    expect(findMentions('One in five adults smoke.').map((m) => [m.kind, m.value])).toEqual([['fraction', 0.2]]);
  });
});

describe('cricketFor: an innings with its overs in digits', () => {
  it('"275 for 9 in 50 overs" is the innings 275-9, not nine in fifty', () => {
    expect(findMentions('Sri Lanka made 275 for 9 in 50 overs.').map((m) => [m.kind, m.value])).toEqual([['score', 275], ['count', 50]]);
    const source = [{ id: 's', text: 'Batting first after winning the toss, Sri Lanka made a competitive 275 for 9 in 50 overs.' }];
    expect(checkDraft('Sri Lanka posted a competitive 275 for 9 from their 50 overs.', source).map((c) => [c.text, c.verdict])).toEqual([['275 for 9', 'supported'], ['50', 'supported']]);
    expect(checkDraft('Sri Lanka posted a competitive 257 for 9 from their 50 overs.', source).find((c) => c.text === '257 for 9')?.verdict).not.toBe('supported');
    expect(findMentions('Three in 10 voters backed him.').map((m) => [m.kind, m.value])).toEqual([['fraction', 0.3]]);
  });
});
