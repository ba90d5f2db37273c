import { describe, expect, it } from 'vitest';
import { checkDraft, type SourceDocument } from '../../../core/index.ts';

const monday: SourceDocument = { id: 'reuters', text: 'The flood killed 12 people, officials said on Monday.', published: '2026-11-23' };
const tuesday: SourceDocument = { id: 'ap', text: 'The flood killed 14 people, officials said on Tuesday.', published: '2026-11-24' };

describe('disputed: sources disagree on the quantity', () => {
  it('cites the newer report first and says the draft follows the older one', () => {
    const [c] = checkDraft('The flood killed 12 people.', [monday, tuesday]);
    expect(c?.verdict).toBe('disputed');
    expect(c?.evidence.map((e) => e.sourceId)).toEqual(['ap', 'reuters']);
    expect(c?.superseded).toEqual([1]);
    expect(c?.explanation).toBe("Sources disagree: ap (2026-11-24, newer) says '14 people', reuters (2026-11-23) says '12 people'. Draft: '12 people' follows the older report; the newer says '14 people'.");
  });
  it('says when the draft follows the newer report', () => {
    const [c] = checkDraft('The flood killed 14 people.', [monday, tuesday]);
    expect(c?.verdict).toBe('disputed');
    expect(c?.explanation).toContain('follows the newer report');
  });
  it('undated sources are cited side by side, nothing superseded', () => {
    const [c] = checkDraft('The flood killed 12 people.', [{ id: 'a', text: monday.text }, { id: 'b', text: tuesday.text }]);
    expect(c?.verdict).toBe('disputed');
    expect(c?.superseded).toBeUndefined();
  });
  it('one source agreeing with itself is plain support', () => {
    expect(checkDraft('The flood killed 12 people.', [monday])[0]?.verdict).toBe('supported');
  });
});
