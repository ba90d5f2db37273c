import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('possessive weekday', () => {
  it('"Monday\'s closing session" is a date: the session on Monday', () => {
    const m = findMentions("He needs one more frame in Monday's closing session.").find((x) => x.kind === 'date');
    expect(m?.text).toBe("Monday's");
    expect(m?.date?.category).toBe('weekday:monday');
    expect(findMentions('The vote follows Friday’s debate.').find((x) => x.kind === 'date')?.date?.category).toBe('weekday:friday');
  });
  it('supports the same day and contradicts another day of the same session', () => {
    const source = [{ id: 's', text: "O'Sullivan leads 12-4 and needs one more frame in Monday's closing session to reach the quarter-finals." }];
    expect(checkDraft("O'Sullivan needs one more frame on Monday to reach the quarter-finals.", source).find((c) => c.text.includes('Monday'))?.verdict).toBe('supported');
    expect(checkDraft("O'Sullivan needs one more frame on Tuesday to reach the quarter-finals.", source).find((c) => c.text.includes('Tuesday'))?.verdict).toBe('contradicted');
  });
});
