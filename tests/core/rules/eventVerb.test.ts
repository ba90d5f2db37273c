import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// judgeDate with eventVerb: a date dates the past verb it hangs on ("suspended on 3 March").
const source = [{ id: 's', text: 'The council gave the operator until Friday, 7 March to fix the barrier. '
  + 'Timeline: 3 March - ride suspended after the fall; 7 March - the operator misses the deadline.' }];

describe('a date the source gives another event', () => {
  it('is contradicted when the source puts the draft\'s verb by another date', () => {
    const c = checkDraft('The ride was suspended on 7 March.', source).find((x) => x.text.startsWith('7 March'));
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toContain('3 March');
  });
  it('stands when it is the date the source gives that event', () => {
    expect(checkDraft('The ride was suspended on 3 March.', source).find((x) => x.text.startsWith('3 March'))?.verdict).toBe('supported');
  });
  it('stands when no verb dates it', () => {
    expect(checkDraft('The deadline was 7 March.', source).find((x) => x.text.startsWith('7 March'))?.verdict).toBe('supported');
  });
});
