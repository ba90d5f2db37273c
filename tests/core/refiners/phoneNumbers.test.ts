// A telephone number is no figure: "call 101", "on 0800 555 111", "contact police on 101".
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('phoneNumbers', () => {
  it('drops numbers dialled and the digit groups of a number opening on a nought', () => {
    expect(findMentions('Anyone with concerns should call 101, or Crimestoppers anonymously on 0800 555 111.')).toEqual([]);
    expect(findMentions('Anyone who saw the crash is asked to contact police on 101.')).toEqual([]);
    expect(findMentions('Anyone interested can call Pat Woodroffe on 01733 211005.')).toEqual([]);
  });
  it('keeps a count the verb takes, and a year before a count', () => {
    expect(findMentions('The council will call 300 residents.')[0]).toMatchObject({ kind: 'count', value: 300 });
    expect(findMentions('In 2010 555 people came.').map((m) => m.value)).toEqual([2010, 555]);
  });
  it('so a source\'s helpline digits do not contradict a draft\'s', () => {
    const source = [{ id: 's', text: 'Police asked anyone with concerns to call 101, or Crimestoppers anonymously on 0800 555 111.' }];
    expect(checkDraft('Police asked anyone with concerns about drugs in their area to call 101.', source).filter((c) => c.verdict === 'contradicted')).toEqual([]);
  });
});
