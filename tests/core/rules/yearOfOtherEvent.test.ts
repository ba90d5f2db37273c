import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Hughes was appointed an OBE in 1998 for services to music, and in 2011 she was elected to the Royal Academy after years of lobbying.' }];

describe('yearOfOtherEvent', () => {
  it('a year the source gives another event than the verb beside it is contradicted', () => {
    const c = checkDraft('She was elected in 1998 for services to music.', source).find((x) => x.text === '1998');
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toContain('2011');
  });
  it('the year the source gives that event stands', () => {
    expect(checkDraft('She was elected in 2011 to the Royal Academy.', source).find((x) => x.text === '2011')?.verdict).toBe('supported');
  });
  it('a year whose own passage tells the verb stands', () => {
    expect(checkDraft('She was appointed in 1998 for services to music.', source).find((x) => x.text === '1998')?.verdict).toBe('supported');
  });
  it('a place before "in" is no event', () => {
    expect(checkDraft('Born in Leeds in 1998, she won prizes for music.', source).find((x) => x.text === '1998')?.verdict).not.toBe('contradicted');
  });
});
