import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('ownTimePhrase', () => {
  // A caption run into the next sentence without a full stop puts its year a few words before
  // the figure; the figure's own "this season" says it is now.
  const glued = 'Moreno celebrates scoring for Ajax in March 2011 Moreno has scored 14 goals for Getafe this season and is wanted by Lyon.';
  it('a figure dated by its own "this season" is the present one, whatever year precedes it', () => {
    expect(verdict('Moreno has scored 14 goals for Getafe.', glued)).toBe('supported');
    expect(verdict('Moreno has scored 14 goals for Getafe so far.', 'In 2011 Moreno joined Getafe, where he has scored 14 goals so far.')).toBe('supported');
  });
  it('a year in the figure\'s own clause still anchors it', () => {
    expect(verdict('Moreno has scored 14 goals for Getafe.', 'Moreno scored 14 goals for Getafe in 2011, and has added nine this season.')).not.toBe('supported');
    // "In 2009 almost 300 people died" is that year's toll, not today's.
    expect(verdict('The floods have killed almost 300 people.', 'In 2009 almost 300 people died in floods. This year 12 have died.')).not.toBe('supported');
  });
});
