import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { canonicalTime } from '../../../core/mentions/refiners/clockTimes.ts';

describe('clockTimes', () => {
  it('puts times on the 24-hour clock', () => {
    expect(canonicalTime('9pm')).toBe('21:00');
    expect(canonicalTime('12 a.m.')).toBe('00:00');
    expect(findMentions('It happened at 9pm.')[0]?.date?.category).toBe('time:21:00');
  });
  it('reads "7:30 p.m." with its dotted suffix as an evening time', () => {
    expect(findMentions('He walked into the hospital at about 7:30 p.m. His father was waiting.')[0]?.date?.category).toBe('time:19:30');
    const verdict = (draft: string) => checkDraft(draft, [{ id: 's', text: 'The ferry docked at 7:30 p.m. Passengers were taken to hotels.' }])[0]?.verdict;
    expect(verdict('The ferry docked at 7.30pm.')).toBe('supported');
    expect(verdict('The ferry docked at 7.30am.')).toBe('contradicted');
  });
  it('"9pm" is supported by "21:00"', () => {
    expect(checkDraft('The blast happened at 9pm.', [{ id: 's', text: 'The blast happened at 21:00 local time.' }])[0]?.verdict).toBe('supported');
  });
  it('times of one event agree within five minutes, and differ an hour apart when both say am or pm', () => {
    const verdict = (draft: string) => checkDraft(draft, [{ id: 's', text: 'The collision happened at 21:25 on Saturday.' }])[0]?.verdict;
    expect(verdict('The crash happened at about 9.30pm on Saturday.')).toBe('supported');
    expect(verdict('The crash happened at about 7.30pm on Saturday.')).toBe('contradicted');
    // "9:25" with no am/pm may be evening: it matches, and an ambiguous time never contradicts.
    expect(verdict('The crash happened at 9:25 on Saturday.')).toBe('supported');
    expect(verdict('The crash happened at 7:30 on Saturday.')).not.toBe('contradicted');
  });
  it('a leading zero or a time zone puts a time on the 24-hour clock: "03:00 GMT" is three in the morning', () => {
    const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;
    expect(verdict('The crash happened at 3am on Tuesday.', 'The crash happened at 03:00 GMT on Tuesday.')).toBe('supported');
    expect(verdict('The crash happened at 3pm on Tuesday.', 'The crash happened at 03:00 GMT on Tuesday.')).toBe('contradicted');
    expect(verdict('The crash happened at 3pm on Tuesday.', 'The crash happened at 3:00 BST on Tuesday.')).toBe('contradicted');
    // Without either, "3:00" may be the afternoon.
    expect(verdict('The crash happened at 3pm on Tuesday.', 'The crash happened at 3:00 on Tuesday.')).not.toBe('contradicted');
  });
});
