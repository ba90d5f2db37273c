import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('ageAfterAt', () => {
  it('reads "at 94, I" as an age', () => {
    expect(findMentions('"So at 94, I think it is time to tell the story."').map((m) => m.kind)).toEqual(['age']);
    expect(findMentions('At 35, she became the youngest mayor.').map((m) => m.kind)).toEqual(['age']);
  });
  it('an age so given supports the draft\'s N-year-old', () => {
    const [c] = checkDraft('A 94-year-old veteran has told his story.', [{ id: 's', text: 'He was captured in 1943. "So at 94, I think it is time to tell the story."' }]);
    expect(c?.verdict).toBe('supported');
  });
  it('a price or a score after "at" stays a count', () => {
    expect(findMentions('Shares closed at 94, down two points.')[0]?.kind).toBe('count');
    expect(findMentions('"The index stood at 94," he said.')[0]?.kind).toBe('count');
    expect(findMentions('The index stood at 94, he said.')[0]?.kind).toBe('count');
  });
});

describe('ageAfterAt: a death at a bare number', () => {
  it('"has died at 88" is an age, and meets the source\'s "He was 88."', () => {
    expect(findMentions('The satirist has died at 88.').map((m) => m.kind)).toEqual(['age']);
    expect(findMentions('The index died at 88 points.').map((m) => m.kind)).toEqual(['count']);
    const source = [{ id: 's', text: 'Stan Okafor, who made mockery an advertising art form, died on Sunday in Los Angeles. He was 88.' }];
    expect(checkDraft('Stan Okafor, who made mockery an advertising art form, has died at 88.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Stan Okafor, who made mockery an advertising art form, has died at 86.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('ageAfterAt: "at N" told of a person', () => {
  it('"your son at only 19 went", "his son, who went to Afghanistan at 19," and "his son, sent … at only 19," are ages', () => {
    expect(findMentions('Your son at only 19 went to Afghanistan.')[0]).toMatchObject({ kind: 'age', value: 19 });
    expect(findMentions('After his son, who went to Afghanistan at 19, was injured, he gambled.')[0]).toMatchObject({ kind: 'age', value: 19 });
    expect(findMentions('After his son, sent to Afghanistan at only 19, was injured, he gambled.')[0]).toMatchObject({ kind: 'age', value: 19 });
  });
  it('not a price or a bare "he" clause: "The index closed at 94, down 2", "He wrote 600 works before dying at 35."', () => {
    expect(findMentions('The index closed at 94, down 2.')[0]).toMatchObject({ kind: 'count' });
    expect(findMentions('He wrote nearly 600 works before dying at 35.').find((m) => m.value === 35)).toMatchObject({ kind: 'count' });
  });
});

describe('ageAfterAt: "who at N" opening a relative clause', () => {
  it('"Sock, who at 26 is 16 years his junior" and "Smith, who, at 31, was the eldest" are ages', () => {
    expect(findMentions('It was his first title with Sock, who at 26 is 16 years his junior.').find((m) => m.value === 26)?.kind).toBe('age');
    expect(findMentions('Smith, who, at 31, was the eldest, led the side.').find((m) => m.value === 31)?.kind).toBe('age');
  });
  it('a figure with a noun after it is not', () => {
    expect(findMentions('The index, which closed at 94 points, fell.').find((m) => m.value === 94)?.kind).not.toBe('age');
  });
  it('so the source\'s "26-year-old" supports it', () => {
    const source = [{ id: 's', text: 'Bryan, 14 years older than his 26-year-old compatriot, won the title.' }];
    expect(checkDraft('Bryan won with Sock, who at 26 is 14 years his junior.', source).find((c) => c.text === '26')?.verdict).toBe('supported');
  });
});

describe('ageAfterAt: a sentence opening on "At N," before a named subject', () => {
  it('tells that person\'s age', () => {
    expect(findMentions("At 46, O'Sullivan also becomes the oldest winner.").map((m) => m.kind)).toEqual(['age']);
    const [c] = checkDraft("At 46, O'Sullivan also becomes the oldest winner.", [{ id: 's', text: "O'Sullivan, 46, becomes the oldest champion in the tournament's history." }]);
    expect(c?.verdict).toBe('supported');
  });
  it('not before a saying verb, nor a price', () => {
    expect(findMentions('At 94, Reuters said, the index had peaked.')[0]?.kind).toBe('count');
    expect(findMentions('Shares closed at 94, Barclays said.')[0]?.kind).toBe('count');
  });
});

describe('ageAfterAt: "At N he" and "Now N, he"', () => {
  it('an opening age with its comma left out, and "Now N," before a pronoun, are ages; not before "said", nor before a non-person', () => {
    expect(findMentions('At 37 he became the youngest player to reach 33,000 points.')[0]).toMatchObject({ kind: 'age', value: 37 });
    expect(findMentions('Now 29, he was named player of the year.')[0]).toMatchObject({ kind: 'age', value: 29 });
    expect(findMentions('At 94 he said it was over.')[0]?.kind).toBe('count');
    expect(findMentions('Now 29, the index rose.')[0]?.kind).toBe('count');
    const source = [{ id: 's', text: 'The 29-year-old striker was named player of the year on Thursday.' }];
    expect(checkDraft('Now 29, he was named player of the year on Thursday.', source).find((c) => c.text === '29')?.verdict).toBe('supported');
  });
});
