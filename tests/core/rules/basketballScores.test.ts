import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';
import { verdictOf } from '../verdictOf.ts';

// Basketball scores run past fifty: a pair that runs down ("58-42 up at the break") or that result
// words name a score ("a 119–99 blowout") is a score, as no range runs down.
describe('high scorelines', () => {
  it('are scores, with a hyphen or the typographer\'s dash', () => {
    expect(findMentions('going in 58-42 up at the break').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 58, 42]]);
    expect(findMentions('in Cleveland’s 119–99 blowout victory').map((m) => [m.kind, m.value, m.high])).toEqual([['score', 119, 99]]);
    expect(findMentions('between 60-80 people').map((m) => m.kind)).toEqual(['count']);
  });
  it('a scoreline matched side for side is not overruled by a later score of the match', () => {
    const source = 'The Rockets led 93-80 at the end of the third quarter. Westbrook hit two free throws to trim Houston\'s lead to 110-109.';
    expect(verdictOf('Houston were still ahead 93-80 heading into the final period.', source, '93-80')).toBe('supported');
  });
  it('a bound on a side of the draft\'s own score is derived from it', () => {
    const claims = checkDraft('Greece ran out 92-64 winners, a hammering in which GB conceded more than 90 points.', [{ id: 's', text: 'Greece ran out winners, 92-64.' }]);
    const bound = claims.find((c) => c.text.startsWith('more than 90'));
    expect(bound?.verdict).toBe('supported');
    expect(bound?.explanation).toContain("the draft's own '92-64'");
    expect(checkDraft('Greece ran out 92-64 winners, and GB conceded more than 95 points.', [{ id: 's', text: 'Greece ran out winners, 92-64.' }]).find((c) => c.text.startsWith('more than 95'))?.verdict).not.toBe('supported');
  });
});

describe('a side\'s record in brackets', () => {
  it('is no score of the game: "North Carolina (33-7)" is not contradicted by the final\'s 77-74, only left unstated', () => {
    const src = [{ id: 's', text: 'Villanova beat North Carolina 77-74 in the final. Paige scored 21 points for North Carolina in the final.' }];
    expect(checkDraft('Paige scored 21 points for North Carolina (33-7) in the final.', src).find((c) => c.text === '33-7')?.verdict).toBe('unsupported');
    expect(checkDraft('Paige scored 21 points for North Carolina in the 77-74 final.', src).find((c) => c.text.startsWith('77-74'))?.verdict).toBe('supported');
  });
});
