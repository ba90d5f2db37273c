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

describe('an update worded its own way', () => {
  const older: SourceDocument = { id: 'a', text: 'The flood killed 12 people, officials said on Monday.', published: '2026-11-23' };
  const update: SourceDocument = { id: 'b', text: 'The death toll from the flood rose to 14 on Tuesday.', published: '2026-11-24' };
  it('"the death toll rose to 14" after "killed 12" disputes either figure, the newer cited first', () => {
    for (const draft of ['The flood killed 12 people.', 'The flood killed 14 people.']) {
      const [c] = checkDraft(draft, [older, update]);
      expect(c?.verdict).toBe('disputed');
      expect(c?.evidence[0]?.sourceId).toBe('b');
    }
    expect(checkDraft('The flood killed 14 people.', [older, update])[0]?.explanation).toContain('follows the newer report');
  });
});
