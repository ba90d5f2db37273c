// A source's "top spot" is first place.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The win means Ghana play Mali on Wednesday with top spot of Group B still at stake.' }];

describe('topAsFirst', () => {
  it('supports the draft\'s "first place", and no other place', () => {
    const place = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal');
    expect(place('Ghana meet Mali on Wednesday with first place in Group B at stake.')?.verdict).toBe('supported');
    expect(place('Ghana meet Mali on Wednesday with second place in Group B at stake.')?.verdict).not.toBe('supported');
  });
  it('is no figure of the draft\'s own, and "top" alone is no rank', () => {
    expect(findMentions('Ghana are chasing top spot.')).toEqual([]);
    expect(checkDraft('Ghana are chasing top spot.', source)).toEqual([]);
  });
});

describe('topAsFirst: to top a table', () => {
  it('"Warriors top the table" states their first place', () => {
    const source = [{ id: 's', text: 'Glasgow Warriors top the table after a fifth straight win.' }];
    expect(checkDraft('Glasgow Warriors are first in the table after a fifth straight win.', source).find((c) => c.text === 'first')?.verdict).toBe('supported');
    expect(checkDraft('Glasgow Warriors are third in the table after a fifth straight win.', source).find((c) => c.text === 'third')?.verdict).not.toBe('supported');
  });
});
