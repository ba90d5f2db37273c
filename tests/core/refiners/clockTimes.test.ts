import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { canonicalTime } from '../../../core/mentions/refiners/clockTimes.ts';

describe('clockTimes', () => {
  it('puts times on the 24-hour clock', () => {
    expect(canonicalTime('9pm')).toBe('21:00');
    expect(canonicalTime('12 a.m.')).toBe('00:00');
    expect(findMentions('It happened at 9pm.')[0]?.date?.category).toBe('time:21:00');
  });
  it('"9pm" is supported by "21:00"', () => {
    expect(checkDraft('The blast happened at 9pm.', [{ id: 's', text: 'The blast happened at 21:00 local time.' }])[0]?.verdict).toBe('supported');
  });
});
