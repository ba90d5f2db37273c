// A word that says when a figure holds ("today", "now") is no noun it counts, and a "the number of"
// subject names it across a relative clause and a decade.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headOf } from './headOf.ts';

describe('frames: a time adverb and a "number of" subject', () => {
  it('"to over 100 today" counts the subject\'s countries, not "today" nor the relative clause\'s noun', () => {
    const text = 'The number of countries the volunteers come from has risen from a handful in the 1990s to over 100 today, the panel said.';
    expect(headOf(text, 'over 100')).toBe(headOf('100 countries', '100'));
  });
  it('a draft bounding the figure the source bounds is supported, though another sentence gives the round figure', () => {
    const source = [{ id: 's', text: 'Volunteers from 100 nations have joined the scheme. The number of countries the volunteers come from has risen from a handful in the 1990s to over 100 today, the panel said.' }];
    expect(checkDraft('Volunteers now come from more than 100 countries.', source)[0]?.verdict).toBe('supported');
  });
  it('"at the second attempt thanks to" counts attempts: "thanks to" is no noun', () => {
    expect(headOf('They reached the final at the second attempt thanks to a late goal.', 'second')).toBe(headOf('at the second attempt, they won', 'second'));
  });
});

describe('frames: a closing attribution is no context', () => {
  it('"within ten years, the agency\'s chief scientist has predicted" meets "within a decade", not the "20 to 30 years" the speaker is named beside', () => {
    const source = [{ id: 's', text: '"We will have strong signs of life beyond Earth within a decade, and definitive evidence within 20 to 30 years," the agency\'s chief scientist Maria Lund said on Tuesday during a panel.' }];
    expect(checkDraft('Signs of life beyond Earth could be found within ten years, the agency\'s chief scientist has predicted.', source)[0]?.verdict).toBe('supported');
  });
});

describe('frames: an "-ing" word after a plural noun', () => {
  it('"eight videos featuring children" counts videos, as "eight pornographic videos featuring children" does', () => {
    const source = [{ id: 's', text: 'Police seized several devices that yielded eight pornographic videos featuring children.' }];
    expect(checkDraft('Police say the devices held eight videos featuring children.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Police say the devices held nine videos featuring children.', source)[0]?.verdict).not.toBe('supported');
  });
});
